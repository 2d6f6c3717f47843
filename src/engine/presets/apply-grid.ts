import { Grid, cellOf } from '../grid/grid';
import type { Cell, CellArea, SheetGrid } from '../grid/types';
import { shiftFormulaRows } from './formula';
import type { SheetPlan } from './plan';

/**
 * Applies a plan to a copy of a grid, the way a host would: for previews, for checking a new template with
 * the recognizer before any file is written, and as the reference the Office.js and ExcelJS appliers match.
 * Formats are not part of a grid: format copies and styles are skipped; writes keep their number format.
 */
export function applyPlanToGrid(source: SheetGrid, plan: SheetPlan): Grid {
  const removed = (area: CellArea) => plan.unmerges.some((gone) => sameArea(gone, area));
  let cells = collectCells(source);
  let merges = source.merges.filter((merge) => !removed(merge));
  for (const insert of plan.rowInserts) {
    const move = (row: number) => (row >= insert.at ? row + insert.count : row);
    cells = cells.map((entry) => ({
      row: move(entry.row),
      col: entry.col,
      cell: entry.cell.formula
        ? { ...entry.cell, formula: shiftFormulaRows(entry.cell.formula, insert.at, insert.count) }
        : entry.cell,
    }));
    merges = merges.map((merge) =>
      merge.top >= insert.at
        ? { ...merge, top: merge.top + insert.count, bottom: merge.bottom + insert.count }
        : merge.bottom >= insert.at
          ? { ...merge, bottom: merge.bottom + insert.count }
          : merge,
    );
  }
  const grid = new Grid(plan.sheet);
  for (const entry of cells) grid.setCell(entry.row, entry.col, entry.cell);
  for (const write of plan.writes) {
    const format = write.numberFormat ?? 'General';
    grid.setCell(write.row, write.col, cellOf(write.value, format, undefined, write.formula));
  }
  for (const update of plan.formulaUpdates) {
    const cell = grid.cellAt(update.row, update.col);
    grid.setCell(update.row, update.col, { ...(cell ?? cellOf(null)), formula: update.formula });
  }
  for (const merge of [...merges, ...plan.merges]) grid.addMerge(merge);
  return grid;
}

function collectCells(grid: SheetGrid): { row: number; col: number; cell: Cell }[] {
  const out: { row: number; col: number; cell: Cell }[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const cell = grid.cellAt(row, col);
      if (cell) out.push({ row, col, cell });
    }
  }
  return out;
}

function sameArea(a: CellArea, b: CellArea): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
