// Preset blocks through the WPS adapter on the simulated WPS host: the preview's seed workbook (附件2), the 信访
// preset inserted at the end of 产出指标, exactly as the Excel adapter's tests do it.
import { parseA1, toA1 } from '../../src/engine/grid/a1';
import {
  applyPlanToGrid,
  finalInsertedRows,
  findPreset,
  planBlockInsertion,
  type InsertPosition,
  type SheetPlan,
} from '../../src/engine/presets';
import type { SheetGrid } from '../../src/engine/grid/types';
import sample from '../../src/preview/sample-state.json';
import {
  bookFromExcelSim,
  installSimWps,
  type ExcelSimLike,
  type SimWpsHandle,
  type WpsSheet,
} from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import { BlockInsertError } from '../../src/host/port';
import { sectionOf } from '../excel/insert-fixture';

const SHEET = '附件2 整体支出自评表';

let host: SimWpsHandle;
beforeEach(() => {
  const book = bookFromExcelSim(sample as unknown as ExcelSimLike);
  book.activeSheet = SHEET;
  host = installSimWps(book);
});
afterEach(() => host.uninstall());

const sheet = (): WpsSheet => host.state.sheets.find((s) => s.name === SHEET) as WpsSheet;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The clerk's sheets as a clerk would compare them: merge order aside, formulas by their text (the simulation
 *  does not calculate). */
function workbook(): unknown {
  const sheets = copy(host.state.sheets.filter((s) => s.name !== 'selfeval_state'));
  for (const s of sheets) {
    s.merges.sort();
    for (const cell of Object.values(s.cells)) if (cell.formula) cell.value = null;
  }
  return sheets;
}

async function planFor(
  position: InsertPosition = { group: 'output' },
  presetId = 'petition',
): Promise<{ grid: SheetGrid; plan: SheetPlan }> {
  const grid = (await createWpsPort().read('active-sheet')).grids[0];
  const preset = findPreset(presetId);
  if (!preset) throw new Error(presetId);
  return { grid, plan: planBlockInsertion({ grid, section: sectionOf(grid), preset, position, year: 2023 }) };
}

async function refusal(promise: Promise<unknown>): Promise<BlockInsertError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BlockInsertError) return error;
    throw error;
  }
  throw new Error('expected a BlockInsertError');
}

describe('inserting the 信访 block at the end of 产出指标 through WPS', () => {
  it('moves every existing cell down by the block, unchanged', async () => {
    const { grid, plan } = await planFor();
    const before = copy(sheet());
    const { at, count } = plan.rowInserts[0];
    expect({ at, count }).toEqual({ at: 15, count: 5 });
    const result = await createWpsPort().applyBlockPlan(plan, grid);
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
    await createWpsPort().applyBlockPlan(plan, grid);
    const inserted = finalInsertedRows(plan);
    const valued = Object.entries(sheet().cells)
      .filter(([key, cell]) => inserted.has(parseA1(key)?.row ?? -1) && cell.value !== null)
      .map(([key, cell]) => `${key}=${String(cell.value)}`)
      .sort();
    expect(valued).toEqual(plan.writes.map((w) => `${toA1(w.row, w.col)}=${String(w.value)}`).sort());
    const expected = applyPlanToGrid(grid, plan).merges.map(
      (m) => `${m.top},${m.left},${m.bottom},${m.right}`,
    );
    const actual = sheet().merges.map((a1) => {
      const [from, to = from] = a1.split(':').map((part) => parseA1(part) as { row: number; col: number });
      return `${from.row},${from.col},${to.row},${to.col}`;
    });
    expect(actual.sort()).toEqual(expected.sort());
    expect(sheet().merges).toContain('A12:A28');
  });

  it("reads back, after the insert, the grid the engine's reference applier predicts", async () => {
    const { grid, plan } = await planFor();
    await createWpsPort().applyBlockPlan(plan, grid);
    const expected = applyPlanToGrid(grid, plan);
    const actual = (await createWpsPort().read('active-sheet')).grids[0];
    for (let r = 0; r < expected.rowCount; r++)
      for (let c = 0; c < expected.colCount; c++) {
        const want = expected.cellAt(r, c);
        const got = actual.cellAt(r, c);
        expect({ at: toA1(r, c), value: got?.formula ?? got?.value ?? null }).toEqual({
          at: toA1(r, c),
          value: want?.formula ?? want?.value ?? null,
        });
      }
  });

  it('gives the new rows the formats of the last 产出 row: number format, fill, style and row height', async () => {
    const source = sheet();
    source.rowHeights = { '14': 28.5 };
    source.cells.E15 = { ...(source.cells.E15 ?? { value: null }), fill: '#DDEEFF', style: { wrap: true } };
    const benefitFill = source.cells.E16?.fill;
    const { grid, plan } = await planFor();
    await createWpsPort().applyBlockPlan(plan, grid);
    const after = sheet();
    for (const row of [16, 20]) {
      expect(after.cells[`E${row}`]).toMatchObject({ fill: '#DDEEFF', style: { wrap: true } });
      expect(after.rowHeights?.[String(row - 1)]).toBe(28.5);
    }
    expect(after.cells.E21?.fill).toBe(benefitFill);
  });

  it('widens a 总分 SUM over the new rows, and undo narrows it back', async () => {
    sheet().cells.G24 = { value: 100, formula: '=SUM(G13:G23)' };
    const { grid, plan } = await planFor({ group: 'cost' });
    expect(plan.formulaUpdates).toHaveLength(1);
    const before = workbook();
    await createWpsPort().applyBlockPlan(plan, grid);
    expect(sheet().cells[toA1(plan.formulaUpdates[0].row, 6)]?.formula).toBe(plan.formulaUpdates[0].formula);
    await expect(createWpsPort().undoLastInsert()).resolves.toEqual({
      removed: { sheet: SHEET, firstRow: plan.rowInserts[0].at, count: plan.rowInserts[0].count },
    });
    expect(workbook()).toEqual(before);
  });
});

describe('all or nothing', () => {
  it.each([
    ['the row insert itself', /^Range\.Insert$/, 0],
    ['its first write (the record, marked pending)', /^Range\.Value2=$/, 0],
    ['the first value written into the new rows', /^Range\.Value2=$/, 1],
    ['the last merge', /^Range\.Merge$/, 1],
    ['the insert record (written last, to the state sheet)', /^Range\.Value2=$/, 'after-writes' as const],
  ])('leaves the sheet exactly as it was when WPS refuses %s', async (_what, match, skip) => {
    const { grid, plan } = await planFor();
    const before = workbook();
    // The final record's Value2 comes after the pending record's and one per plain value the plan writes.
    host.failNextCall(
      match,
      skip === 'after-writes' ? 1 + plan.writes.filter((w) => !w.formula).length : skip,
    );
    const error = await refusal(createWpsPort().applyBlockPlan(plan, grid));
    expect(error.code).toBe('host-refused');
    expect(workbook()).toEqual(before);
    await expect(createWpsPort().lastInsert()).resolves.toBeNull();
  });

  it('when the rollback fails too, says so, keeps the record pending, and undo then removes the part-done insert', async () => {
    const { grid, plan } = await planFor();
    const before = workbook();
    host.failNextCall(/^Range\.Merge$/, 1); // the write stops at the plan's second merge
    host.failNextCall(/^Range\.Delete$/); // and the rollback's row delete fails
    const error = await refusal(createWpsPort().applyBlockPlan(plan, grid));
    expect(error.code).toBe('rollback-incomplete');
    expect(error.detail).toContain('rollback');
    expect(workbook()).not.toEqual(before);
    await expect(createWpsPort().lastInsert()).resolves.toEqual({ sheet: SHEET, firstRow: 15, count: 5 });
    await expect(createWpsPort().undoLastInsert()).resolves.toMatchObject({ removed: { count: 5 } });
    expect(workbook()).toEqual(before);
    await expect(createWpsPort().lastInsert()).resolves.toBeNull();
  });

  it('refuses without writing when the sheet changed since the plan was made', async () => {
    const { grid, plan } = await planFor();
    host.userEdit(SHEET, 'F14', '95%');
    const before = host.serialize();
    const error = await refusal(createWpsPort().applyBlockPlan(plan, grid));
    expect(error).toMatchObject({ code: 'sheet-changed', detail: 'F14' });
    expect(host.serialize()).toBe(before);
  });

  it('refuses a plan for a sheet that is gone', async () => {
    const { plan } = await planFor();
    await expect(
      refusal(createWpsPort().applyBlockPlan({ ...plan, sheet: '已删除的表' })),
    ).resolves.toMatchObject({
      code: 'no-sheet',
    });
  });
});

describe('undo last insert', () => {
  it('removes exactly the inserted rows, after save and reopen, and forgets the record', async () => {
    const { grid, plan } = await planFor();
    const before = workbook();
    await createWpsPort().applyBlockPlan(plan, grid);
    host.reopen();
    await expect(createWpsPort().lastInsert()).resolves.toEqual({ sheet: SHEET, firstRow: 15, count: 5 });
    await expect(createWpsPort().undoLastInsert()).resolves.toMatchObject({ removed: { count: 5 } });
    expect(workbook()).toEqual(before);
    await expect(createWpsPort().undoLastInsert()).resolves.toEqual({ refused: 'nothing' });
  });

  it('finishes an undo that WPS stopped part-way (rows deleted, record not yet removed)', async () => {
    const { grid, plan } = await planFor();
    const before = workbook();
    await createWpsPort().applyBlockPlan(plan, grid);
    host.failNextCall(/^Range\.Value2=$/, 1); // the undo's last write (forgetting the record) fails once
    await expect(createWpsPort().undoLastInsert()).resolves.toMatchObject({ removed: { count: 5 } });
    expect(workbook()).toEqual(before);
    await expect(createWpsPort().lastInsert()).resolves.toBeNull();
  });

  it('refuses when the clerk has typed into the new rows since, and names the cell', async () => {
    const { grid, plan } = await planFor();
    await createWpsPort().applyBlockPlan(plan, grid);
    host.userEdit(SHEET, 'F17', '96%');
    const edited = workbook();
    await expect(createWpsPort().undoLastInsert()).resolves.toEqual({ refused: 'edited', cell: 'F17' });
    expect(workbook()).toEqual(edited);
  });
});

describe('a new sheet from a template plan, and the selected cell', () => {
  it('reports the top-left cell of the selection, 0-based', async () => {
    host.state.selection = { sheet: SHEET, address: 'C17:D18' };
    await expect(createWpsPort().activeCell()).resolves.toEqual({ sheet: SHEET, row: 16, col: 2 });
  });
});
