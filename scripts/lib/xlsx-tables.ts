// Writes table specs into ExcelJS worksheets the way the finance bureau's templates look: merges, thin
// borders, wrapped text, number formats, bold headers and column widths.
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

export function writeTable(sheet: Worksheet, spec: TableSpec, options: WriteOptions = {}): void {
  const origin = options.origin ?? { row: 0, col: 0 };
  const size = specSize(spec);
  const headerRows = new Set(spec.headerRows ?? []);
  for (let r = 0; r < size.rows; r++) {
    const row = spec.rows[r] ?? [];
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
