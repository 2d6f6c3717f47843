// A plan applied to grids: what any host's workbook will read once the plan is written (tests, previews).
import { parseA1 } from '../grid/a1';
import type { SheetGrid } from '../grid/types';
import { patchGrid, type CellPatch } from './patch';
import type { FixPlan } from './plan';

export function applyPlanToGrids(sheets: readonly SheetGrid[], plan: FixPlan): SheetGrid[] {
  const patches: CellPatch[] = [];
  const add = (sheet: string, cell: string, value: number | string, formula?: string): void => {
    const at = parseA1(cell);
    if (at)
      patches.push({ sheet, row: at.row, col: at.col, value, role: 'any', ...(formula ? { formula } : {}) });
  };
  for (const change of plan.changes) add(change.sheet, change.cell, change.value, change.formula);
  for (const entry of plan.recalculated) add(entry.sheet, entry.cell, entry.value);
  return sheets.map((sheet) => patchGrid(sheet, patches));
}
