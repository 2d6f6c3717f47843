// A new sheet's look (plan.sheetStyle, src/engine/presets/sheet-style.ts) in Office.js: the form's font before the
// plan's styles, then the print setup through worksheet.pageLayout (ExcelApi 1.9; older hosts keep Excel's
// defaults, and the sheet is still right on screen). Queued only; the caller syncs.
import { areaToA1, rowsToA1 } from '../engine/grid/a1';
import type { PageSetup, SheetStyle } from '../engine/presets/sheet-style';

/** Before the plan's styles, so their bold and sizes land on top of the form's font. */
export function queueSheetFont(sheet: Excel.Worksheet, style: SheetStyle): void {
  const font = sheet.getRange(areaToA1(style.area)).format.font;
  font.name = style.font.name;
  font.size = style.font.size;
}

/** A4, orientation, fit to N pages wide (rows run on: 0 pages tall), centred, margins in points (Office.js's unit,
 *  as the plan's), print title rows, and the centre footer. */
export function queuePageSetup(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation =
    page.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 };
  layout.centerHorizontally = page.centerHorizontally;
  layout.topMargin = page.margins.top;
  layout.bottomMargin = page.margins.bottom;
  layout.leftMargin = page.margins.left;
  layout.rightMargin = page.margins.right;
  layout.headerMargin = page.margins.header;
  layout.footerMargin = page.margins.footer;
  if (page.printTitleRows)
    layout.setPrintTitleRows(rowsToA1(page.printTitleRows.top, page.printTitleRows.bottom, true));
  if (page.footer) layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
}
