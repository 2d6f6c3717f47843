// A single amount typed in 元 inside a 万元 table (公务接待 10000× its figure) makes 三公经费 the cheapest "fix" —
// rewriting a total to 54,100 万元 is wrong. The plan must write nothing there and the finding must offer no fix.
import { parseA1 } from '../../../src/engine/grid/a1';
import { cellOf } from '../../../src/engine/grid/grid';
import { correctedGrids, fixAndRecheck } from './helpers';

const BASIC = '附件1 基础数据表';
const SEED_002 = 1;

describe.each([
  { column: 'B', total: 'B6' },
  { column: 'F', total: 'F6' },
])('公务接待 in 元 in column $column of seed 002', ({ column, total }) => {
  const grids = correctedGrids(SEED_002);
  const basic = grids.find((grid) => grid.name === BASIC)!;
  const at = parseA1(`${column}11`)!;
  const reception = basic.cellAt(at.row, at.col)!;
  expect(typeof reception.value).toBe('number');
  basic.setCell(at.row, at.col, cellOf((reception.value as number) * 10000, reception.numberFormat));
  const { before, plan } = fixAndRecheck(grids);

  it('still reports the mismatch at 三公经费', () => {
    expect(before.findings).toContainEqual(
      expect.objectContaining({ sheet: BASIC, cell: total, rule: 'sub-total', severity: 'error' }),
    );
  });

  it('writes nothing and leaves the table to a person', () => {
    expect(plan.changes).toEqual([]);
    expect(plan.unresolved).toContainEqual(expect.objectContaining({ sheet: BASIC, reason: 'no-solution' }));
  });

  it('offers no one-cell fix on any finding of the table', () => {
    expect(before.findings.filter((finding) => finding.sheet === BASIC && finding.fix !== undefined)).toEqual(
      [],
    );
  });
});
