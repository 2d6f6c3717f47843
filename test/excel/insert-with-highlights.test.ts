// Rows inserted (or removed again) above highlighted cells move those cells; the highlight record must move with
// them, or "clear highlights" paints a saved fill onto whatever now stands at the old address. The seed sheet's
// 总分 row is shaded grey and its 得分 is flagged, so a stale record shows as a stray grey cell or a lost grey.
import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/rules/types';
import { createExcelPort } from '../../src/excel';
import { HIGHLIGHTS_SETTING, parseRecord, shiftRecordRows } from '../../src/host/highlight-record';
import { installSimHost, type SimHostHandle, type SimWorkbookState } from '../../src/simhost';
import { fillsOf } from './helpers';
import { SHEET, planFor, seedWorkbook } from './insert-fixture';

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(seedWorkbook());
});
afterEach(() => host.uninstall());

const port = () => createExcelPort();

/** Every cell's fill by address, for the sheet under test. */
const fills = (state: SimWorkbookState) => fillsOf(state, SHEET);

async function validateAndHighlight(on = port()): Promise<readonly Finding[]> {
  const { grids } = await on.read('active-sheet');
  const { findings } = checkWorkbook(grids);
  await on.highlight(findings);
  return findings;
}

describe('highlights and block inserts', () => {
  it('the seed sheet shades its 总分 row and flags a cell in it (what makes this test bite)', async () => {
    const findings = await validateAndHighlight();
    const flaggedShaded = findings.filter((finding) => fills(seedWorkbook())[finding.cell] === '#F2F2F2');
    expect(flaggedShaded.length).toBeGreaterThan(0);
  });

  it('highlight → insert above → re-validate → clear leaves the inserted sheet with its own fills only', async () => {
    const original = fills(host.state);
    await validateAndHighlight();
    const { plan, grid } = await planFor();
    const { inserted } = await port().applyBlockPlan(plan, grid);
    // What the sheet's fills are after the insert alone: every original fill moved down with its row.
    const moved = (address: string): string => {
      const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      const row = Number(match[2]) - 1;
      return `${match[1]}${(row >= inserted.firstRow ? row + inserted.count : row) + 1}`;
    };
    await validateAndHighlight();
    await port().clearHighlights();
    const after = fills(host.state);
    for (const [address, fill] of Object.entries(original))
      expect([address, after[moved(address)]]).toEqual([address, fill]);
    // No stray fill outside the original (moved) ones and the new rows' copied formats.
    const newRows = (address: string) => {
      const row = Number(/\d+/.exec(address)?.[0]) - 1;
      return row >= inserted.firstRow && row < inserted.firstRow + inserted.count;
    };
    const expectedAddresses = new Set(Object.keys(original).map(moved));
    expect(
      Object.keys(after).filter((address) => !expectedAddresses.has(address) && !newRows(address)),
    ).toEqual([]);
  });

  it('highlight → insert → highlight → undo → highlight → clear gives back exactly the original fills', async () => {
    const original = fills(host.state);
    await validateAndHighlight();
    const { plan, grid } = await planFor();
    await port().applyBlockPlan(plan, grid);
    await validateAndHighlight();
    expect(await port().undoLastInsert()).toMatchObject({ removed: { sheet: SHEET } });
    await validateAndHighlight();
    await port().clearHighlights();
    expect(fills(host.state)).toEqual(original);
  });

  it('the insert moves the recorded cells by the inserted rows, in the same write sync', async () => {
    await validateAndHighlight();
    const before = parseRecord(host.state.settings[HIGHLIGHTS_SETTING]);
    const { plan, grid } = await planFor();
    const writes = host.syncLog.filter((sync) => sync.writes > 0).length;
    const { inserted } = await port().applyBlockPlan(plan, grid);
    expect(host.syncLog.filter((sync) => sync.writes > 0).length - writes).toBe(1);
    const after = parseRecord(host.state.settings[HIGHLIGHTS_SETTING]);
    expect(after).toEqual(shiftRecordRows(before, SHEET, inserted.firstRow, inserted.count) ?? before);
  });

  it('a refused insert leaves the record as it was', async () => {
    await validateAndHighlight();
    const before = host.state.settings[HIGHLIGHTS_SETTING];
    const { plan, grid } = await planFor();
    host.failNextWriteSync({ atOperation: 'last' });
    await expect(port().applyBlockPlan(plan, grid)).rejects.toMatchObject({ code: 'host-refused' });
    expect(host.state.settings[HIGHLIGHTS_SETTING]).toBe(before);
  });
});

describe('shiftRecordRows', () => {
  const record = {
    version: 1 as const,
    cells: [
      { sheet: SHEET, cell: 'H5', originalFill: null, note: true },
      { sheet: SHEET, cell: 'H16', originalFill: '#F2F2F2', note: false },
      { sheet: SHEET, cell: 'H24', originalFill: '#F2F2F2', note: true },
      { sheet: '附件1 基础数据表', cell: 'B24', originalFill: null, note: false },
    ],
  };

  it('moves cells at and below the insertion point on that sheet only', () => {
    expect(shiftRecordRows(record, SHEET, 15, 5)?.cells.map((cell) => cell.cell)).toEqual([
      'H5',
      'H21',
      'H29',
      'B24',
    ]);
  });

  it('drops cells on deleted rows and moves the ones below up', () => {
    expect(shiftRecordRows(record, SHEET, 15, -5)?.cells.map((cell) => cell.cell)).toEqual([
      'H5',
      'H19',
      'B24',
    ]);
  });

  it('says nothing moved when every recorded cell is above', () => {
    expect(shiftRecordRows(record, SHEET, 30, 5)).toBeNull();
  });
});
