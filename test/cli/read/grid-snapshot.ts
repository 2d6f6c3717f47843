// A grid as plain data, for comparing what two readers make of one file.
import type { Cell, CellArea, SheetGrid } from '../../../src/engine/grid/types';

export interface GridSnapshot {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly cells: Record<string, Cell>;
  readonly merges: CellArea[];
}

export function snapshot(grid: SheetGrid): GridSnapshot {
  const cells: Record<string, Cell> = {};
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cellAt(r, c);
      if (cell) cells[`${r},${c}`] = cell;
    }
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: grid.name, rowCount: grid.rowCount, colCount: grid.colCount, cells, merges };
}
