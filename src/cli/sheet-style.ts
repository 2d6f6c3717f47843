// Applies a plan's SheetStyle (sheet-style.ts) to an ExcelJS worksheet: the font over the form and its columns,
// and the print setup. ExcelJS measures margins in inches where the plan uses points.
import type ExcelJS from 'exceljs';
import { rowsToA1 } from '../engine/grid/a1';
import type { PageSetup, SheetStyle } from '../engine/presets/sheet-style';

const A4 = 9;
const POINTS_PER_INCH = 72;

/** Before the plan's styles, so their bold and sizes land on top of the sheet's font. */
export function applySheetFont(worksheet: ExcelJS.Worksheet, sheetStyle: SheetStyle): void {
  const { font, area } = sheetStyle;
  const base: Partial<ExcelJS.Font> = { name: font.name, size: font.size, charset: font.charset };
  // Column styles too, so what a clerk types below or beside the form comes out in the same font.
  for (let col = area.left; col <= area.right; col++) worksheet.getColumn(col + 1).font = { ...base };
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const cell = worksheet.getCell(row + 1, col + 1);
      cell.font = { ...cell.font, ...base };
    }
  }
}

export function applyPageSetup(worksheet: ExcelJS.Worksheet, page: PageSetup): void {
  const inches = (points: number) => Math.round((points / POINTS_PER_INCH) * 100) / 100;
  const { margins } = page;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToPagesWide,
    fitToHeight: 0,
    horizontalCentered: page.centerHorizontally,
    margins: {
      top: inches(margins.top),
      bottom: inches(margins.bottom),
      left: inches(margins.left),
      right: inches(margins.right),
      header: inches(margins.header),
      footer: inches(margins.footer),
    },
    ...(page.printTitleRows
      ? { printTitlesRow: rowsToA1(page.printTitleRows.top, page.printTitleRows.bottom) }
      : {}),
  };
  if (page.footer) worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&C${page.footer}` };
}
