// The two cases of issue 9, and formulas whose range misses a term: roots carry the fix, consequences name
// their root and carry none, a formula is never overwritten with a constant.
import { SEEDS, seedGrids } from '../../../samples/specs';
import { checkWorkbook } from '../../../src/engine/check';
import { cellOf } from '../../../src/engine/grid/grid';
import { recognizeTables } from '../../../src/engine/recognize';
import type { BasicDataTable, OverallSelfEvalTable } from '../../../src/engine/model/tables';
import { correctedGrids, errorsOf, fixAndRecheck, setNumber, toA1 } from './helpers';

const SEED_004 = 3;
const SEED_002 = 1;

function overall(grids: ReturnType<typeof correctedGrids>): OverallSelfEvalTable {
  for (const grid of grids)
    for (const table of recognizeTables(grid)) if (table.kind === 'overall-self-eval') return table;
  throw new Error('no overall table');
}

function basic(grids: ReturnType<typeof correctedGrids>): BasicDataTable {
  for (const grid of grids)
    for (const table of recognizeTables(grid)) if (table.kind === 'basic-data') return table;
  throw new Error('no basic-data table');
}

describe('a 得分 of 25 over its 分值 of 20 (issue case 1)', () => {
  const grids = correctedGrids(SEED_004);
  const table = overall(grids);
  const row = table.indicators?.groups
    .flatMap((group) => group.rows)
    .find((r) => r.weight.figure.kind === 'number' && r.weight.figure.value === 20);
  const sheet = grids.find((grid) => grid.name === table.sheet);
  if (!row || !sheet || !table.indicators?.total) throw new Error('seed 004 layout changed');
  const scoreCell = toA1(row.score.at.row, row.score.at.col);
  const totalCell = toA1(table.indicators.total.score.at.row, table.indicators.total.score.at.col);
  const original = row.score.figure.kind === 'number' ? row.score.figure.value : NaN;
  setNumber(sheet, row.score.at.row, row.score.at.col, 25);
  const { before, plan, after } = fixAndRecheck(grids);

  it('makes the 得分 the root, with its fix, and 总分 a consequence without one', () => {
    const root = before.findings.find((f) => f.cell === scoreCell && f.rule === 'score-range');
    expect(root).toEqual(expect.objectContaining({ role: 'root', fix: original, severity: 'error' }));
    const total = before.findings.find((f) => f.cell === totalCell && f.rule === 'total-score');
    expect(total).toEqual(expect.objectContaining({ role: 'consequence', causedBy: scoreCell }));
    expect(total?.fix).toBeUndefined();
    expect(total?.message).toContain(`改正 ${scoreCell} 后即相符`);
  });

  it('plans one change, to the 得分, and the table then checks clean', () => {
    expect(plan.changes.map((c) => [c.cell, c.value, c.rule])).toEqual([
      [scoreCell, original, 'score-range'],
    ]);
    expect(errorsOf(after.findings)).toEqual([]);
  });

  it('says the consequence in English too', () => {
    const en = checkWorkbook(grids, { lang: 'en' });
    const total = en.findings.find((f) => f.cell === totalCell && f.rule === 'total-score');
    expect(total?.message).toContain(`Consistent once ${scoreCell} is corrected.`);
  });
});

describe('seed 002: 公务用车 5.41 over parts 0 + 0, 三公经费 a consequence (issue case 2)', () => {
  const grids = seedGrids(SEEDS[1]);
  const { before, plan, after } = fixAndRecheck(grids);
  const subTotals = before.findings.filter((f) => f.rule === 'sub-total');

  it('finds B7 the root (fix 0) and B6 its consequence (no fix)', () => {
    expect(subTotals.map((f) => [f.cell, f.role, f.fix, f.causedBy])).toEqual([
      ['B6', 'consequence', undefined, 'B7'],
      ['B7', 'root', 0, undefined],
    ]);
  });

  it('changes only B7, and no sub-total error is left', () => {
    expect(
      plan.changes.filter((c) => c.sheet.includes('基础数据')).map((c) => [c.cell, c.old, c.new]),
    ).toEqual([['B7', '5.41', '0.00']]);
    expect(after.findings.filter((f) => f.rule === 'sub-total')).toEqual([]);
  });
});

describe('formulas', () => {
  it('a 三公经费 formula that forgets 公务接待 is corrected as a formula, never a constant', () => {
    const grids = correctedGrids(SEED_002);
    const table = basic(grids);
    const money = table.money;
    if (!money) throw new Error('no money section');
    const three = money.rows.findIndex((r) => r.role === 'three-public');
    const col = money.columns.findIndex((_, k) => {
      const reception = money.rows.find((r) => r.role === 'reception')?.values[k];
      return reception?.figure.kind === 'number' && reception.figure.value > 0;
    });
    const total = money.rows[three].values[col];
    const parts = money.rows.filter((r) => r.parent === three).map((r) => r.values[col]);
    const [vehicle, overseas, reception] = parts;
    const sheet = grids.find((grid) => grid.name === table.sheet);
    if (!sheet) throw new Error('no sheet');
    const value = (f: typeof vehicle): number => (f.figure.kind === 'number' ? f.figure.value : 0);
    const a1 = (f: typeof vehicle): string => toA1(f.at.row, f.at.col);
    const short = `=${a1(vehicle)}+${a1(overseas)}`;
    const cached = Math.round((value(vehicle) + value(overseas)) * 100) / 100;
    sheet.setCell(
      total.at.row,
      total.at.col,
      cellOf(cached, total.cell?.numberFormat ?? 'General', undefined, short),
    );

    const { before, plan, fixed, after } = fixAndRecheck(grids);
    const finding = before.findings.find((f) => f.cell === a1(total) && f.rule === 'sub-total');
    const corrected = `=${a1(vehicle)}+${a1(overseas)}+${a1(reception)}`;
    expect(finding).toEqual(expect.objectContaining({ role: 'root', fixFormula: corrected }));
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain(`漏了 ${a1(reception)}`);
    expect(plan.changes).toEqual([expect.objectContaining({ cell: a1(total), formula: corrected })]);
    expect(fixed.find((g) => g.name === sheet.name)?.cellAt(total.at.row, total.at.col)?.formula).toBe(
      corrected,
    );
    expect(errorsOf(after.findings)).toEqual([]);
  });

  it('a sub-total SUM one row short becomes the full SUM', () => {
    // The first exact breakdown, in any corrected seed, whose parts stand in consecutive rows and whose last
    // part is not 0 in some column: its SUM(first:last-but-one) misses that part.
    for (let seed = 0; seed < 4; seed++) {
      const grids = correctedGrids(seed);
      const table = basic(grids);
      const money = table.money;
      if (!money) continue;
      for (const [parentIndex, breakdown] of money.breakdown) {
        const children = money.rows.filter((r) => r.parent === parentIndex);
        if (breakdown !== 'exact' || children.length < 2) continue;
        if (children.some((r, k) => k > 0 && r.row !== children[k - 1].row + 1)) continue;
        const col = money.columns.findIndex((_, k) => {
          const last = children[children.length - 1].values[k];
          return last.figure.kind === 'number' && last.figure.value > 0;
        });
        if (col < 0) continue;
        const total = money.rows[parentIndex].values[col];
        const cells = children.map((r) => r.values[col]);
        const a1 = (k: number): string => toA1(cells[k].at.row, cells[k].at.col);
        const cached = cells
          .slice(0, -1)
          .reduce((sum, f) => sum + (f.figure.kind === 'number' ? f.figure.value : 0), 0);
        const sheet = grids.find((grid) => grid.name === table.sheet);
        const short = `=SUM(${a1(0)}:${a1(cells.length - 2)})`;
        sheet?.setCell(
          total.at.row,
          total.at.col,
          cellOf(Math.round(cached * 100) / 100, 'General', undefined, short),
        );
        const { plan, after } = fixAndRecheck(grids);
        expect(plan.changes).toEqual([
          expect.objectContaining({
            cell: toA1(total.at.row, total.at.col),
            formula: `=SUM(${a1(0)}:${a1(cells.length - 1)})`,
          }),
        ]);
        expect(errorsOf(after.findings)).toEqual([]);
        return;
      }
    }
    throw new Error('no breakdown with consecutive parts in the corrected seeds');
  });

  it('a 总分 formula that forgets the 执行率得分 gains it', () => {
    const grids = correctedGrids(SEED_004);
    const table = overall(grids);
    const totalRow = table.indicators?.total;
    const rows = table.indicators?.groups.flatMap((g) => g.rows) ?? [];
    const fundingScore = table.funding?.total.score;
    if (!totalRow || !fundingScore || rows.length === 0) throw new Error('seed 004 layout changed');
    const top = toA1(rows[0].score.at.row, rows[0].score.at.col);
    const bottom = toA1(rows[rows.length - 1].score.at.row, rows[rows.length - 1].score.at.col);
    const scores = rows.reduce(
      (sum, r) => sum + (r.score.figure.kind === 'number' ? r.score.figure.value : 0),
      0,
    );
    const sheet = grids.find((grid) => grid.name === table.sheet);
    const at = totalRow.score.at;
    sheet?.setCell(
      at.row,
      at.col,
      cellOf(Math.round(scores * 100) / 100, 'General', undefined, `=SUM(${top}:${bottom})`),
    );
    const { before, plan, after } = fixAndRecheck(grids);
    const funding = toA1(fundingScore.at.row, fundingScore.at.col);
    const expected = `=SUM(${top}:${bottom})+${funding}`;
    expect(plan.changes).toEqual([
      expect.objectContaining({ cell: toA1(at.row, at.col), formula: expected }),
    ]);
    expect(before.findings.find((f) => f.rule === 'total-score')?.fixFormula).toBe(expected);
    expect(errorsOf(after.findings)).toEqual([]);
  });

  it('a sound total formula is recalculated, not written, when its part is the root', () => {
    const grids = seedGrids(SEEDS[1]);
    const table = basic(grids);
    const money = table.money;
    if (!money) throw new Error('no money section');
    const three = money.rows.findIndex((r) => r.role === 'three-public');
    const total = money.rows[three].values[0];
    const parts = money.rows.filter((r) => r.parent === three).map((r) => r.values[0]);
    const formula = `=${parts.map((p) => toA1(p.at.row, p.at.col)).join('+')}`;
    const cached = parts.reduce((sum, f) => sum + (f.figure.kind === 'number' ? f.figure.value : 0), 0);
    const sheet = grids.find((grid) => grid.name === table.sheet);
    sheet?.setCell(
      total.at.row,
      total.at.col,
      cellOf(Math.round(cached * 100) / 100, '0.00', undefined, formula),
    );
    const { plan, after } = fixAndRecheck(grids);
    const totalCell = toA1(total.at.row, total.at.col);
    expect(plan.changes.filter((c) => c.sheet === table.sheet).map((c) => c.cell)).toEqual(['B7']);
    expect(plan.changes.some((c) => c.cell === totalCell)).toBe(false);
    expect(plan.recalculated).toEqual([expect.objectContaining({ cell: totalCell })]);
    expect(after.findings.filter((f) => f.rule === 'sub-total')).toEqual([]);
  });
});

describe('ties', () => {
  it('seed 000: 按收入性质分 off with four label figures equally likely: said, no fix', () => {
    const { before, plan } = fixAndRecheck(seedGrids(SEEDS[0]));
    const split = before.findings.find((f) => f.rule === 'funding-breakdown' && f.severity === 'error');
    expect(split?.fix).toBeUndefined();
    expect(split?.alternatives?.length).toBeGreaterThan(1);
    expect(split?.message).toContain('有多种同样少的改法');
    expect(plan.unresolved).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'tie' })]));
  });
});
