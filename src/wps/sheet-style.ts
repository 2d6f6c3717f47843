// A new sheet's look (plan.sheetStyle, src/engine/presets/sheet-style.ts) through WPS 表格's object model, as the
// Excel add-in (src/excel/sheet-style.ts) and the CLI (src/cli/sheet-style.ts) apply it: the form's font before
// the plan's styles, then the print setup on Worksheet.PageSetup. Members and constants from the WPS typings
// [TYPES lib.et.d.ts Font, PageSetup, XlPaperSize, XlPageOrientation] with VBA semantics (margins in points, Zoom
// false so FitToPages* scale); verified against the simulated WPS host only (src/simwps).
import { areaToA1, rowsToA1 } from '../engine/grid/a1';
import type { PageSetup, SheetStyle } from '../engine/presets/sheet-style';
import { XL, type EtWorksheet } from './api';

/** Before the plan's styles, so their bold and sizes land on top of the form's font. Two calls for the form. */
export function applySheetFont(sheet: EtWorksheet, style: SheetStyle): void {
  const font = sheet.Range(areaToA1(style.area)).Font;
  font.Name = style.font.name;
  font.Size = style.font.size;
}

/** A4, orientation, one page wide with rows running on (FitToPagesTall false), centred, margins, print titles,
 *  centre footer. One PageSetup handle: each property is one bridge call. */
export function applyPageSetup(sheet: EtWorksheet, page: PageSetup): void {
  const setup = sheet.PageSetup;
  setup.PaperSize = XL.paperA4;
  setup.Orientation = XL.orientation[page.orientation];
  // Zoom must be off, or WPS (like Excel) prints at the zoom and ignores FitToPages*.
  setup.Zoom = false;
  setup.FitToPagesWide = page.fitToPagesWide;
  setup.FitToPagesTall = false;
  setup.CenterHorizontally = page.centerHorizontally;
  setup.TopMargin = page.margins.top;
  setup.BottomMargin = page.margins.bottom;
  setup.LeftMargin = page.margins.left;
  setup.RightMargin = page.margins.right;
  setup.HeaderMargin = page.margins.header;
  setup.FooterMargin = page.margins.footer;
  if (page.printTitleRows)
    setup.PrintTitleRows = rowsToA1(page.printTitleRows.top, page.printTitleRows.bottom, true);
  if (page.footer) setup.CenterFooter = page.footer;
}
