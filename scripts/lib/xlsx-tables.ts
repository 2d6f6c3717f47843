// Writes table specs into ExcelJS worksheets the way the finance bureau's templates look: merges, thin
// borders, wrapped text, number formats, bold headers on a light grey fill, the 总分/合计 row shaded the same way,
// and column widths. The fills matter to the add-in's tests: clearing highlights must give a shaded cell its
// grey back, not leave it blank.
import type { Worksheet } from 'exceljs';
import type { CellPosition } from '../../src/engine/grid/types';
import { specCell, specMerges, specSize } from '../../samples/specs/layout';
import type { TableSpec } from '../../samples/specs/types';

export interface WriteOptions {
  readonly origin?: CellPosition;
  readonly textFigures?: boolean;
  /** Skip borders and styles: the benchmark writes thousands of rows and only needs values. */
  readonly plain?: boolean;
}

const THIN = { style: 'thin' as const };
const SHADE = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };

/** The row a template shades as its total: its first label reads 总分 or 合计. */
function isTotalRow(row: readonly unknown[]): boolean {
  const label = row.find((entry) => typeof entry === 'string' && entry.trim() !== '');
  return typeof label === 'string' && /^\s*(总\s*分|合\s*计)/.test(label);
}

export function writeTable(sheet: Worksheet, spec: TableSpec, options: WriteOptions = {}): void {
  const origin = options.origin ?? { row: 0, col: 0 };
  const size = specSize(spec);
  const headerRows = new Set(spec.headerRows ?? []);
  for (let r = 0; r < size.rows; r++) {
    const row = spec.rows[r] ?? [];
    const shaded = headerRows.has(r) || isTotalRow(row);
    for (let c = 0; c < size.cols; c++) {
      const entry = row[c];
      const cell = specCell(entry, options.textFigures);
      const target = sheet.getCell(origin.row + r + 1, origin.col + c + 1);
      if (cell) {
        target.value = cell.value;
        if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      }
      if (options.plain) continue;
      target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      target.alignment = {
        wrapText: true,
        vertical: 'middle',
        horizontal: typeof cell?.value === 'number' ? 'right' : 'center',
      };
      if (headerRows.has(r)) target.font = { bold: true };
      if (shaded) target.fill = SHADE;
    }
  }
  for (const area of specMerges(spec, origin))
    sheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  if (!options.plain) {
    spec.columnWidths.forEach((width, c) => {
      const column = sheet.getColumn(origin.col + c + 1);
      column.width = Math.max(column.width ?? 0, width);
    });
  }
}
