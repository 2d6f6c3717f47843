import type { SheetGrid } from '../grid/types';

/**
 * The report year a sheet's title states (2024年度部门整体支出绩效自评表), when it states one: the year an
 * inserted indicator's target speaks of ("2024年12月31日前"). The pane and `selfeval insert` both read it here.
 */
export function reportYearOf(grid: SheetGrid): number | undefined {
  for (let row = 0; row < Math.min(grid.rowCount, 5); row++)
    for (let col = 0; col < grid.colCount; col++) {
      const value = grid.cellAt(row, col)?.value;
      const match = typeof value === 'string' ? /(20\d{2})\s*年度?/.exec(value) : null;
      if (match) return Number(match[1]);
    }
  return undefined;
}
