// Shared by the localisation tests: correct tables from the corrected seeds, and cells to plant mistakes in.
import { CORRECTED_SEEDS, seedGrids } from '../../../samples/specs';
import { checkWorkbook } from '../../../src/engine/check';
import { toA1 } from '../../../src/engine/grid/a1';
import { cellOf, type Grid } from '../../../src/engine/grid/grid';
import type { Cell, SheetGrid } from '../../../src/engine/grid/types';
import { applyPlanToGrids } from '../../../src/engine/localize';
import type { Finding } from '../../../src/engine/rules/types';

export function correctedGrids(index: number): Grid[] {
  return seedGrids(CORRECTED_SEEDS[index]);
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}

/** Replaces a cell's value, keeping its format; text is what Excel would show for a General number. */
export function setNumber(grid: Grid, row: number, col: number, value: number): void {
  const previous = grid.cellAt(row, col);
  grid.setCell(row, col, cellOf(value, previous?.numberFormat ?? 'General', undefined, previous?.formula));
}

export function setCell(grid: Grid, row: number, col: number, cell: Cell): void {
  grid.setCell(row, col, cell);
}

/** Checks, applies the plan, checks again. */
export function fixAndRecheck(grids: readonly SheetGrid[]) {
  const before = checkWorkbook(grids);
  const plan = before.fixPlan ?? { changes: [], recalculated: [], unresolved: [] };
  const fixed = applyPlanToGrids(grids, plan);
  const after = checkWorkbook(fixed, { localize: false });
  return { before, plan, fixed, after };
}

export { toA1 };
