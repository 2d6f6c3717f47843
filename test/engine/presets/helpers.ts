import type { CellArea, SheetGrid } from '../../../src/engine/grid/types';
import type { IndicatorSection } from '../../../src/engine/model/tables';
import { finalInsertedRows, shiftFormulaRows, type SheetPlan } from '../../../src/engine/presets';
import { recognizeTables } from '../../../src/engine/recognize';

export function indicatorSection(grid: SheetGrid): IndicatorSection {
  for (const table of recognizeTables(grid)) {
    if (table.kind !== 'basic-data' && table.indicators) return table.indicators;
  }
  throw new Error(`no indicator section in ${grid.name}`);
}

/** Where an old row lands once the plan's rows are inserted. */
export function movedRow(plan: SheetPlan, row: number): number {
  return plan.rowInserts.reduce(
    (current, insert) => (current >= insert.at ? current + insert.count : current),
    row,
  );
}

export function nonEmptyCells(
  grid: SheetGrid,
): { row: number; col: number; value: unknown; formula?: string }[] {
  const out: { row: number; col: number; value: unknown; formula?: string }[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const cell = grid.cellAt(row, col);
      if (cell && cell.value !== null && cell.value !== '')
        out.push({ row, col, value: cell.value, formula: cell.formula });
      else if (cell?.formula) out.push({ row, col, value: cell.value, formula: cell.formula });
    }
  }
  return out;
}

/**
 * Every value that was in the sheet is still there, moved down with its row; formulas moved like Excel moves
 * them, except the planned formula updates; and the only new cells are the planned writes in new rows.
 */
export function expectOnlyPlannedChanges(before: SheetGrid, after: SheetGrid, plan: SheetPlan): void {
  const updated = new Map(
    plan.formulaUpdates.map((update) => [`${update.row},${update.col}`, update.formula]),
  );
  const old = nonEmptyCells(before);
  for (const cell of old) {
    const row = movedRow(plan, cell.row);
    const now = after.cellAt(row, cell.col);
    expect({ at: [row, cell.col], value: now?.value }).toEqual({ at: [row, cell.col], value: cell.value });
    if (cell.formula) {
      const expected =
        updated.get(`${row},${cell.col}`) ??
        shiftFormulaRows(cell.formula, plan.rowInserts[0].at, plan.rowInserts[0].count);
      expect(now?.formula).toBe(expected);
    }
  }
  const inserted = finalInsertedRows(plan);
  const fresh = nonEmptyCells(after).filter((cell) => inserted.has(cell.row));
  expect(fresh.map((cell) => [cell.row, cell.col, cell.value])).toEqual(
    plan.writes
      .filter((write) => write.value !== null && write.value !== '')
      .map((write) => [write.row, write.col, write.value]),
  );
  expect(nonEmptyCells(after).length).toBe(old.length + fresh.length);
}

/** Each old merge survives: moved down whole, or grown over the new rows. */
export function expectMergesKept(before: SheetGrid, after: SheetGrid, plan: SheetPlan): void {
  for (const merge of before.merges) {
    const top = movedRow(plan, merge.top);
    const found = after.mergeAt(top, merge.left);
    expect(found).toBeDefined();
    const area = found as CellArea;
    expect(area.top).toBe(top);
    expect(area.bottom).toBeGreaterThanOrEqual(movedRow(plan, merge.bottom));
  }
}
