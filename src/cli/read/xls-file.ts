// Legacy .xls (Excel 97–2003, BIFF8) → grids through SheetJS, giving what the xlsx reader gives for the same
// content saved as .xlsx (test/cli/read/xls-grids.test.ts compares them on the samples saved both ways).
import { toA1 } from '../../engine/grid/a1';
import { Grid } from '../../engine/grid/grid';
import type { CellArea } from '../../engine/grid/types';
import { cellOf, formatCodeAsExcelJs } from './cell-of';
import type { ReadLimits } from './limits';
import { ReadRefusal, refuseHugeMerge } from './limits';
import { loadSheetJs } from './sheetjs';

interface SheetJsCell {
  readonly t: 'n' | 's' | 'b' | 'e' | 'd' | 'z';
  readonly v?: unknown;
  readonly w?: string;
  readonly f?: string;
  readonly z?: string | number;
}

export function readXlsGrids(bytes: Buffer, limits: ReadLimits): Grid[] {
  const XLSX = loadSheetJs();
  const workbook = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    cellFormula: true,
    cellNF: true,
    cellDates: false,
    cellHTML: false,
    cellStyles: false,
    sheetStubs: true,
  });
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const grids: Grid[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name] as unknown as {
      '!data'?: (SheetJsCell | undefined)[][];
      '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[];
      '!type'?: string;
    };
    if (sheet['!type'] === 'chart') continue;
    const grid = new Grid(name);
    const rows = sheet['!data'] ?? [];
    let cells = 0;
    let extentRows = 0;
    let extentCols = 0;
    rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((entry, c) => {
        if (!entry) return;
        if (++cells > limits.cellsPerSheet)
          throw new ReadRefusal({ kind: 'sheet-cells', sheet: name, limit: limits.cellsPerSheet });
        extentRows = Math.max(extentRows, r + 1);
        extentCols = Math.max(extentCols, c + 1);
        const cell = cellOf(rawCell(entry), { sharedStrings: [], date1904 });
        if (cell) grid.setCell(r, c, cell);
      });
    });
    let covered = 0;
    for (const merge of sheet['!merges'] ?? []) {
      const rows = merge.e.r - merge.s.r + 1;
      const cols = merge.e.c - merge.s.c + 1;
      refuseHugeMerge(
        name,
        `${toA1(merge.s.r, merge.s.c)}:${toA1(merge.e.r, merge.e.c)}`,
        rows,
        cols,
        limits,
      );
      if (merge.s.r >= extentRows || merge.s.c >= extentCols) continue;
      const area: CellArea = {
        top: merge.s.r,
        left: merge.s.c,
        bottom: Math.min(merge.e.r, extentRows - 1),
        right: Math.min(merge.e.c, extentCols - 1),
      };
      covered += (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (covered > limits.mergedCellsPerSheet)
        throw new ReadRefusal({
          kind: 'merged-cells',
          sheet: name,
          cells: covered,
          limit: limits.mergedCellsPerSheet,
        });
      grid.addMerge(area);
    }
    grids.push(grid);
  }
  return grids;
}

function rawCell(entry: SheetJsCell): Parameters<typeof cellOf>[0] {
  const numberFormat = typeof entry.z === 'string' ? formatCodeAsExcelJs(entry.z) : undefined;
  const formula = entry.f;
  switch (entry.t) {
    case 'n':
      return { type: 'n', value: entry.v === undefined ? undefined : String(entry.v), formula, numberFormat };
    case 's':
      return {
        type: 'str',
        value: entry.v === undefined || entry.v === '' ? undefined : String(entry.v),
        formula,
        numberFormat,
      };
    case 'b':
      return { type: 'b', value: entry.v ? '1' : '0', formula, numberFormat };
    case 'e':
      return { type: 'e', value: entry.w ?? '#N/A', formula, numberFormat };
    default:
      return { type: undefined, value: undefined, formula, numberFormat };
  }
}
