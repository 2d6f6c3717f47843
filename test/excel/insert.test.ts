import { parseA1, toA1 } from '../../src/engine/grid/a1';
import { applyPlanToGrid, finalInsertedRows, type SheetPlan } from '../../src/engine/presets';
import { createExcelPort } from '../../src/excel';
import { refusal } from './helpers';
import { installSimHost, type SimCell, type SimHostHandle, type SimSheet } from '../../src/simhost';
import { SHEET, planFor, seedWorkbook } from './insert-fixture';

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(seedWorkbook());
});
afterEach(() => host.uninstall());

const sheet = (): SimSheet => host.state.sheets.find((s) => s.name === SHEET) as SimSheet;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const writeSyncs = (from: number) => host.syncLog.slice(from).filter((sync) => sync.writes > 0).length;
const readSyncs = (from: number) => host.syncLog.slice(from).filter((sync) => sync.writes === 0).length;

/** The workbook as a clerk would compare it: merge order aside, and formulas by their text (the sim host does
 *  not calculate, so a rewritten formula's cached value is blank until Excel recalculates). */
function workbook(): unknown {
  const state = copy(host.state);
  for (const s of state.sheets) {
    s.merges.sort();
    for (const cell of Object.values(s.cells)) if (cell.formula) delete (cell as Partial<SimCell>).value;
  }
  return state;
}

describe('inserting the 信访 block at the end of 产出指标 (seed 附件2, 产出 30 has no points left)', () => {
  it('moves every existing cell down by the block, unchanged, in one read sync and one write sync', async () => {
    const { grid, plan } = await planFor();
    const before = copy(sheet());
    const { at, count } = plan.rowInserts[0];
    expect({ at, count }).toEqual({ at: 15, count: 5 }); // rows 16–20, between 产出 and 效益

    const start = host.syncCount;
    const result = await createExcelPort().applyBlockPlan(plan, grid);
    expect(readSyncs(start)).toBe(1);
    expect(writeSyncs(start)).toBe(1);
    expect(result).toEqual({ inserted: { sheet: SHEET, firstRow: 15, count: 5 }, formatsCopied: true });

    const after = sheet();
    for (const [key, cell] of Object.entries(before.cells)) {
      const pos = parseA1(key) as { row: number; col: number };
      const moved = toA1(pos.row >= at ? pos.row + count : pos.row, pos.col);
      expect({ cell: moved, value: after.cells[moved]?.value, fill: after.cells[moved]?.fill }).toEqual({
        cell: moved,
        value: cell.value,
        fill: cell.fill,
      });
    }
  });

  it('adds exactly the planned cells and the merges the reference applier computes', async () => {
    const { grid, plan } = await planFor();
    await createExcelPort().applyBlockPlan(plan, grid);
    const inserted = finalInsertedRows(plan);
    const valued = Object.entries(sheet().cells)
      .filter(([key, cell]) => inserted.has(parseA1(key)?.row ?? -1) && cell.value !== null)
      .map(([key, cell]) => `${key}=${String(cell.value)}`)
      .sort();
    expect(valued).toEqual(plan.writes.map((w) => `${toA1(w.row, w.col)}=${String(w.value)}`).sort());
    expect(valued).toContain('D20=按期答复（办结）率');
    const expected = applyPlanToGrid(grid, plan).merges.map(
      (m) => `${m.top},${m.left},${m.bottom},${m.right}`,
    );
    const actual = sheet().merges.map((a1) => {
      const [from, to = from] = a1.split(':').map((part) => parseA1(part) as { row: number; col: number });
      return `${from.row},${from.col},${to.row},${to.col}`;
    });
    expect(actual.sort()).toEqual(expected.sort());
    expect(sheet().merges).toContain('A12:A28'); // 绩效指标 grows over the new rows
  });

  it('gives the new rows the format of the last 产出 row: number format, fill, style and row height', async () => {
    const source = sheet();
    const benefitFill = source.cells.E16?.fill;
    source.rowHeights = { '14': 28.5 };
    source.cells.E15 = { ...(source.cells.E15 ?? { value: null }), fill: '#DDEEFF', style: { wrap: true } };
    const { grid, plan } = await planFor();
    await createExcelPort().applyBlockPlan(plan, grid);
    const after = sheet();
    for (const row of [16, 20]) {
      expect(after.cells[`E${row}`]).toMatchObject({ fill: '#DDEEFF', style: { wrap: true } });
      expect(after.rowHeights?.[String(row - 1)]).toBe(28.5);
    }
    expect(after.rowHeights?.['19']).toBe(28.5);
    expect(after.cells.E21?.fill).toBe(benefitFill); // 效益's first row kept its own
  });

  it('writes without copying formats below ExcelApi 1.9, and says so', async () => {
    host.setExcelApi('1.8');
    const { grid, plan } = await planFor();
    const result = await createExcelPort().applyBlockPlan(plan, grid);
    expect(result.formatsCopied).toBe(false);
    expect(sheet().cells.D20?.value).toBe('按期答复（办结）率');
  });

  it('widens a 总分 SUM over the new rows, and undo narrows it back', async () => {
    sheet().cells.G24 = { value: 100, formula: '=SUM(G13:G23)' };
    const { grid, plan } = await planFor({ group: 'cost' });
    expect(plan.formulaUpdates).toHaveLength(1);
    const before = workbook();
    await createExcelPort().applyBlockPlan(plan, grid);
    const total = toA1(plan.formulaUpdates[0].row, 6);
    expect(sheet().cells[total]?.formula).toBe(plan.formulaUpdates[0].formula);
    await expect(createExcelPort().undoLastInsert()).resolves.toEqual({
      removed: { sheet: SHEET, firstRow: plan.rowInserts[0].at, count: plan.rowInserts[0].count },
    });
    expect(workbook()).toEqual(before);
  });
});

describe('all or nothing', () => {
  it.each([
    ['the last operation (after every write)', 'last' as const],
    ['the operation right after the row insert', 3],
    ['the first unmerge', 0],
  ])('leaves the sheet exactly as it was when Excel refuses %s', async (_what, atOperation) => {
    const { grid, plan } = await planFor();
    const before = workbook();
    host.failNextWriteSync({ atOperation });
    const error = await refusal(createExcelPort().applyBlockPlan(plan, grid));
    expect(error.code).toBe('host-refused');
    expect(workbook()).toEqual(before);
    await expect(createExcelPort().lastInsert()).resolves.toBeNull();
  });

  it('refuses without writing when the sheet changed since the plan was made', async () => {
    const { grid, plan } = await planFor();
    host.userEdit(SHEET, 'F14', '95%');
    const before = workbook();
    const start = host.syncCount;
    const error = await refusal(createExcelPort().applyBlockPlan(plan, grid));
    expect(error).toMatchObject({ code: 'sheet-changed', detail: 'F14' });
    expect(writeSyncs(start)).toBe(0);
    expect(workbook()).toEqual(before);
  });

  it('refuses a plan for a sheet that is gone', async () => {
    const { plan } = await planFor();
    const renamed: SheetPlan = { ...plan, sheet: '已删除的表' };
    await expect(refusal(createExcelPort().applyBlockPlan(renamed))).resolves.toMatchObject({
      code: 'no-sheet',
    });
  });
});

describe('undo last insert', () => {
  it('removes exactly the inserted rows, after save and reopen, and forgets the record', async () => {
    const { grid, plan } = await planFor();
    const before = workbook();
    await createExcelPort().applyBlockPlan(plan, grid);
    host.reopen();
    await expect(createExcelPort().lastInsert()).resolves.toEqual({ sheet: SHEET, firstRow: 15, count: 5 });
    const start = host.syncCount;
    await expect(createExcelPort().undoLastInsert()).resolves.toMatchObject({ removed: { count: 5 } });
    expect(writeSyncs(start)).toBe(1);
    expect(workbook()).toEqual(before);
    await expect(createExcelPort().undoLastInsert()).resolves.toEqual({ refused: 'nothing' });
  });

  it('refuses when the clerk has typed into the new rows since, and names the cell', async () => {
    const { grid, plan } = await planFor();
    await createExcelPort().applyBlockPlan(plan, grid);
    host.userEdit(SHEET, 'F17', '96%');
    const edited = workbook();
    await expect(createExcelPort().undoLastInsert()).resolves.toEqual({ refused: 'edited', cell: 'F17' });
    expect(workbook()).toEqual(edited);
  });

  it('refuses when rows were inserted above the block since (the record no longer matches)', async () => {
    const { grid, plan } = await planFor();
    await createExcelPort().applyBlockPlan(plan, grid);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('3:3').insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    await expect(createExcelPort().undoLastInsert()).resolves.toMatchObject({ refused: 'edited' });
  });
});

describe('the selected cell', () => {
  it('reports the top-left cell of the selection, 0-based', async () => {
    host.state.selection = { sheet: SHEET, address: 'C17:D18' };
    await expect(createExcelPort().activeCell()).resolves.toEqual({ sheet: SHEET, row: 16, col: 2 });
  });
});
