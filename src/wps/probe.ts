// What this WPS actually does, for the points the sources leave open (notes §6): run `ribbon.Probe()` in the ribbon
// page's debugger (ALT+F12; oem.ini [Support] JsApiShowWebDebugger=true) and send the JSON it returns. It works on
// a scratch sheet it adds and deletes again, and gives the clerk's active sheet back; no other cell is touched.
import { a4Landscape } from '../engine/presets/sheet-style';
import { XL, activeWorkbook, wpsApplication, type EtPageSetup, type EtRange, type EtWorksheet } from './api';
import { applyPageSetup } from './sheet-style';

/** The PageSetup members a new template sheet sets (sheet-style.ts), read back one by one. */
const PAGE_SETUP_MEMBERS: readonly (keyof EtPageSetup)[] = [
  'PaperSize',
  'Orientation',
  'Zoom',
  'FitToPagesWide',
  'FitToPagesTall',
  'CenterHorizontally',
  'TopMargin',
  'LeftMargin',
  'HeaderMargin',
  'PrintTitleRows',
  'CenterFooter',
];

export type ProbeValue = unknown;
export type ProbeReport = Record<string, ProbeValue>;

const SCRATCH = 'selfeval_probe';

/** JSON-safe: what the bridge handed back, with its JS type and array shape. */
function describe(value: unknown): ProbeValue {
  if (Array.isArray(value)) return { array: value.map(describe) };
  if (value === undefined) return { undefined: true };
  if (value === null) return null;
  if (typeof value === 'object') return { object: String(value) };
  return value;
}

function attempt(report: ProbeReport, name: string, read: () => unknown): void {
  try {
    report[name] = describe(read());
  } catch (error) {
    report[name] = { threw: error instanceof Error ? error.message : String(error) };
  }
}

export function probeWps(): ProbeReport {
  const application = wpsApplication();
  const report: ProbeReport = {};
  attempt(report, 'application.Name', () => (application as unknown as { Name?: unknown }).Name);
  attempt(report, 'application.Version', () => (application as unknown as { Version?: unknown }).Version);
  const active = application.ActiveSheet;
  const worksheets = activeWorkbook().Worksheets;
  const alerts = application.DisplayAlerts;
  let sheet: EtWorksheet | null = null;
  try {
    application.DisplayAlerts = false;
    sheet = worksheets.Add(undefined, worksheets.Item(worksheets.Count));
    sheet.Name = SCRATCH;
    const at = (address: string): EtRange => (sheet as EtWorksheet).Range(address);
    at('A1').Value2 = 1;
    at('B1').Value2 = 'text';
    at('A2').Formula = '=1/0';
    at('B2').Value2 = 0.5;
    at('B2').NumberFormat = '0.00%';
    at('C3').Interior.Color = 0xcec7ff;
    at('D3').Interior.Color = 0xffffff;
    at('A5:B5').Merge(false);

    // §6.1 Value2 shapes, empties, errors.
    attempt(report, 'value2.singleCell', () => at('A1').Value2);
    attempt(report, 'value2.singleRow A1:C1', () => at('A1:C1').Value2);
    attempt(report, 'value2.singleColumn A1:A3', () => at('A1:A3').Value2);
    attempt(report, 'value2.block A1:C2', () => at('A1:C2').Value2);
    attempt(report, 'value2.emptyCell C1', () => at('C1').Value2);
    attempt(report, 'value2.errorCell A2', () => at('A2').Value2);
    attempt(report, 'formula.block A1:B2', () => at('A1:B2').Formula);
    attempt(report, 'value2.mergedArea A5:B5', () => at('A5:B5').Value2);
    attempt(report, 'text.errorCell A2', () => at('A2').Text);
    attempt(report, 'usedRange.address', () => sheet?.UsedRange.Address(false, false));
    // §6.2 fills and mixed formats.
    attempt(report, 'interior.unfilled C1 Pattern', () => at('C1').Interior.Pattern);
    attempt(report, 'interior.unfilled C1 Color', () => at('C1').Interior.Color);
    attempt(report, 'interior.unfilled C1 ColorIndex', () => at('C1').Interior.ColorIndex);
    attempt(report, 'interior.filled C3 Pattern', () => at('C3').Interior.Pattern);
    attempt(report, 'interior.filled C3 Color', () => at('C3').Interior.Color);
    attempt(report, 'interior.white D3 Pattern', () => at('D3').Interior.Pattern);
    attempt(report, 'interior.mixed C1:C3 Color', () => at('C1:C3').Interior.Color);
    attempt(report, 'interior.mixed C1:C3 Pattern', () => at('C1:C3').Interior.Pattern);
    attempt(report, 'numberFormat.mixed A1:B2', () => at('A1:B2').NumberFormat);
    attempt(report, 'interior.restore C3 ColorIndex=-4142 then Pattern', () => {
      at('C3').Interior.ColorIndex = XL.none;
      return at('C3').Interior.Pattern;
    });
    // Merges.
    attempt(report, 'mergeCells.partial A5:C5', () => at('A5:C5').MergeCells);
    attempt(report, 'mergeCells.full A5:B5', () => at('A5:B5').MergeCells);
    attempt(report, 'mergeCells.none A1:C1', () => at('A1:C1').MergeCells);
    attempt(report, 'mergeArea.B5', () => at('B5').MergeArea.Address(false, false));
    // §6.5 comments.
    attempt(report, 'comment.none', () => at('A1').Comment);
    attempt(report, 'comment.add+Text()', () => at('A1').AddComment('[selfeval] probe').Text());
    attempt(report, 'comment.second AddComment', () => at('A1').AddComment('again'));
    attempt(report, 'comment.delete', () => {
      at('A1').Comment?.Delete();
      return at('A1').Comment;
    });
    // Rows: the inserted row's format, a merge across it.
    attempt(report, 'insert.formatFromAbove (C4 under filled C3)', () => {
      at('C3').Interior.Color = 0xcec7ff;
      at('4:4').EntireRow.Insert(XL.shiftDown, XL.formatFromLeftOrAbove);
      return at('C4').Interior.Pattern;
    });
    // A new template sheet's look: the font name, and the print setup before and after sheet-style.ts sets it
    // (margins in points? Zoom false and FitToPagesTall false accepted? print titles as "$2:$3"?).
    attempt(report, 'font.default A1 Name', () => at('A1').Font.Name);
    attempt(report, 'font.set A1 Name 宋体', () => {
      at('A1').Font.Name = '宋体';
      return at('A1').Font.Name;
    });
    for (const member of PAGE_SETUP_MEMBERS)
      attempt(report, `pageSetup.default ${member}`, () => (sheet as EtWorksheet).PageSetup[member]);
    attempt(report, 'pageSetup.apply (sheet-style.ts)', () => {
      applyPageSetup(sheet as EtWorksheet, a4Landscape({ top: 1, bottom: 2 }));
      return 'done';
    });
    for (const member of PAGE_SETUP_MEMBERS)
      attempt(report, `pageSetup.applied ${member}`, () => (sheet as EtWorksheet).PageSetup[member]);
    // §6.3 a very hidden sheet (survival of a save must be checked by saving by hand).
    attempt(report, 'visible.veryHidden', () => {
      (sheet as EtWorksheet).Visible = XL.sheetVeryHidden;
      return (sheet as EtWorksheet).Visible;
    });
  } catch (error) {
    report.aborted = error instanceof Error ? error.message : String(error);
  } finally {
    try {
      if (sheet) {
        sheet.Visible = XL.sheetVisible;
        sheet.Delete();
      }
    } catch (error) {
      report.cleanup = `delete the sheet ${SCRATCH} by hand: ${error instanceof Error ? error.message : String(error)}`;
    }
    application.DisplayAlerts = alerts;
    try {
      active?.Activate();
    } catch {
      // the clerk's sheet is gone? nothing to give back
    }
  }
  return report;
}
