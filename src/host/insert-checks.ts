// Checks around a block insert that depend on no host API (used by the Excel and WPS adapters): whether the sheet is still the one the plan was made
// from, where rows stand before the insert, and how a merge looks once the inserted rows are deleted again.
import { toA1 } from '../engine/grid/a1';
import type { CellArea, SheetGrid } from '../engine/grid/types';
import { cellContent } from './insert-record';

export interface SheetContents {
  readonly top: number;
  readonly left: number;
  readonly formulas: readonly (readonly unknown[])[];
}

/** The first cell (A1) where the host's sheet differs from the grid the plan was made from. */
export function firstDifference(basis: SheetGrid, state: SheetContents): string | undefined {
  const seen = new Set<string>();
  for (let r = 0; r < state.formulas.length; r++) {
    for (let c = 0; c < state.formulas[r].length; c++) {
      const row = state.top + r;
      const col = state.left + c;
      seen.add(`${row},${col}`);
      const cell = basis.cellAt(row, col);
      if (cellContent(state.formulas[r][c]) !== cellContent(cell?.formula ?? cell?.value))
        return toA1(row, col);
    }
  }
  for (let row = 0; row < basis.rowCount; row++)
    for (let col = 0; col < basis.colCount; col++) {
      const cell = basis.cellAt(row, col);
      if (!seen.has(`${row},${col}`) && cellContent(cell?.formula ?? cell?.value) !== '')
        return toA1(row, col);
    }
  return undefined;
}

export function sameContents(
  a: readonly (readonly unknown[])[],
  b: readonly (readonly unknown[])[],
): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (row, r) =>
      row.length === b[r].length && row.every((value, c) => cellContent(value) === cellContent(b[r][c])),
  );
}

/** A merge of the plan once the inserted rows are gone, or null when it lay wholly inside them. */
export function afterDelete(merge: CellArea, at: number, count: number): CellArea | null {
  const last = at + count - 1;
  if (merge.top >= at && merge.bottom <= last) return null;
  const top = merge.top < at ? merge.top : merge.top > last ? merge.top - count : at;
  const bottom = merge.bottom < at ? merge.bottom : merge.bottom > last ? merge.bottom - count : at - 1;
  return { ...merge, top, bottom };
}

/** A final-coordinates row where it stood before `count` rows went in at `at`. */
export function beforeInsert(row: number, at: number, count: number): number {
  return row >= at + count ? row - count : row;
}
