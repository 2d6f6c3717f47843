// A checked file as the plain data outputs read (./outcome.ts): built in the worker that checked it, from the
// grids and the engine's result. Apart from outcome.ts so the main thread, which only formats, never loads the
// engine for it.
import { areaToA1 } from '../../engine/grid/a1';
import type { SheetGrid } from '../../engine/grid/types';
import type { CheckResult, TableSummary } from '../../engine/check';
import { workbookOverview } from '../../engine/summary/overview';
import type { CheckedFile, TableSnapshot } from './outcome';

export function checkedFile(
  file: string,
  grids: readonly SheetGrid[],
  result: CheckResult,
  options: { snapshots?: boolean } = {},
): CheckedFile {
  const base = {
    file,
    tables: result.summaries,
    findings: result.findings,
    overview: workbookOverview(result.tables),
  };
  if (!options.snapshots) return base;
  const bySheet = new Map(grids.map((grid) => [grid.name, grid]));
  const snapshots = result.tables.flatMap((table) => {
    const grid = bySheet.get(table.sheet);
    return grid ? [snapshotOf(grid, table.kind, table.area)] : [];
  });
  return { ...base, snapshots };
}

function snapshotOf(
  grid: SheetGrid,
  kind: TableSummary['kind'],
  area: { top: number; left: number; bottom: number; right: number },
): TableSnapshot {
  const cells: string[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: string[] = [];
    for (let col = area.left; col <= area.right; col++) {
      const cell = grid.cellAt(row, col);
      line.push(cell ? (cell.text || (cell.value === null ? '' : String(cell.value))).trim() : '');
    }
    cells.push(line);
  }
  const merges = grid.merges
    .filter(
      (m) => m.top >= area.top && m.left >= area.left && m.bottom <= area.bottom && m.right <= area.right,
    )
    .map((m) => ({
      top: m.top - area.top,
      left: m.left - area.left,
      rows: m.bottom - m.top + 1,
      cols: m.right - m.left + 1,
    }));
  return { sheet: grid.name, kind, range: areaToA1(area), top: area.top, left: area.left, cells, merges };
}
