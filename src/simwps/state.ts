// The simulated WPS 表格 workbook as plain JSON: what a saved file holds that an add-in can see. Serialising and
// parsing it again is "save, close, reopen". Colours are "#RRGGBB" here; the object model hands out BGR integers.

export type WpsValue = number | string | boolean | null;

export interface WpsComment {
  text: string;
  author: string;
}

export interface WpsStyle {
  bold?: boolean;
  fontSize?: number;
  /** Font.Name; absent reads as WPS 表格's default, 宋体. */
  fontName?: string;
  wrap?: boolean;
  /** XlHAlign: -4131 left, -4108 center, -4152 right. */
  horizontal?: number;
  /** XlVAlign: -4160 top, -4108 center, -4107 bottom. */
  vertical?: number;
  /** Thin continuous borders on every edge. */
  border?: boolean;
}

export interface WpsCell {
  /** What Value2 reports: a number, text, a boolean, or a CVErr code for an error; null when empty. */
  value: WpsValue;
  /** With the leading "="; the simulation does not calculate, `value` is the cached result. */
  formula?: string;
  /** "General" when absent. */
  numberFormat?: string;
  /** Solid fill "#RRGGBB"; absent means no fill (Pattern xlNone). */
  fill?: string;
  comment?: WpsComment;
  style?: WpsStyle;
}

export interface WpsSheet {
  name: string;
  /** Cells keyed by A1 ("B3"). */
  cells: Record<string, WpsCell>;
  /** Merged areas, A1 ("A1:H1"). */
  merges: string[];
  /** XlSheetVisibility: -1 visible (default), 0 hidden, 2 very hidden. */
  visible?: -1 | 0 | 2;
  /** Points, keyed by 0-based row. */
  rowHeights?: Record<string, number>;
  /** Characters, keyed by 0-based column. */
  columnWidths?: Record<string, number>;
  /** Worksheet.PageSetup: only what was set; the rest reads as page-setup.ts's defaults. */
  pageSetup?: WpsPageSetup;
}

/**
 * A sheet's print setup as the PageSetup object holds it (VBA semantics [TYPES lib.et.d.ts PageSetup]): margins in
 * points, `false` for "not used" in Zoom / FitToPagesWide / FitToPagesTall.
 */
export interface WpsPageSetup {
  /** XlPaperSize: 9 A4. */
  paperSize?: number;
  /** XlPageOrientation: 1 portrait, 2 landscape. */
  orientation?: number;
  /** A percentage, or false when FitToPages* decide the scale. */
  zoom?: number | false;
  fitToPagesWide?: number | false;
  fitToPagesTall?: number | false;
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  /** "$1:$3" style; "" for none. */
  printTitleRows?: string;
  centerFooter?: string;
}

export interface WpsBookState {
  sheets: WpsSheet[];
  activeSheet: string;
  /** The selection's sheet and A1 address. */
  selection?: { sheet: string; address: string };
}

export function emptyBookState(sheetNames: readonly string[] = ['Sheet1']): WpsBookState {
  return { sheets: sheetNames.map((name) => ({ name, cells: {}, merges: [] })), activeSheet: sheetNames[0] };
}

export function serializeBook(state: WpsBookState): string {
  return JSON.stringify(state);
}

export function parseBook(json: string): WpsBookState {
  const state = JSON.parse(json) as WpsBookState;
  if (!Array.isArray(state.sheets) || typeof state.activeSheet !== 'string')
    throw new Error('Not a simulated WPS workbook: expected { sheets, activeSheet }');
  for (const sheet of state.sheets) {
    sheet.cells ??= {};
    sheet.merges ??= [];
  }
  return state;
}

/** The simulated Excel host's JSON (src/simhost/state.ts), structurally: samples are converted once, so the WPS
 *  tests and preview start from the same workbooks as the Excel ones. Notes become comments; settings are not
 *  carried over (WPS has no workbook.settings). */
export interface ExcelSimLike {
  sheets: {
    name: string;
    cells: Record<
      string,
      { value: WpsValue; numberFormat?: string; formula?: string; fill?: string; note?: string }
    >;
    merges: string[];
  }[];
  activeSheet: string;
  selection?: { sheet: string; address: string };
}

export function bookFromExcelSim(excel: ExcelSimLike): WpsBookState {
  return {
    activeSheet: excel.activeSheet,
    ...(excel.selection ? { selection: { ...excel.selection } } : {}),
    sheets: excel.sheets.map((sheet) => ({
      name: sheet.name,
      merges: [...sheet.merges],
      cells: Object.fromEntries(
        Object.entries(sheet.cells).map(([address, cell]) => {
          const converted: WpsCell = { value: excelErrorToCode(cell.value, cell.formula) };
          if (cell.numberFormat && cell.numberFormat !== 'General')
            converted.numberFormat = cell.numberFormat;
          if (cell.formula) converted.formula = cell.formula;
          if (cell.fill) converted.fill = cell.fill.toUpperCase();
          if (cell.note) converted.comment = { text: cell.note, author: 'clerk' };
          return [address, converted];
        }),
      ),
    })),
  };
}

/** XlCVError numbers; Value2 reports an error as 0x800A0000 + n (a negative int32) [notes §3.3]. */
export const CV_ERRORS: Readonly<Record<string, number>> = {
  '#NULL!': 2000,
  '#DIV/0!': 2007,
  '#VALUE!': 2015,
  '#REF!': 2023,
  '#NAME?': 2029,
  '#NUM!': 2036,
  '#N/A': 2042,
};

export const CV_ERROR_BASE = -2146828288; // 0x800A0000 as int32

function excelErrorToCode(value: WpsValue, formula?: string): WpsValue {
  if (typeof value === 'string' && formula && value in CV_ERRORS) return CV_ERROR_BASE + CV_ERRORS[value];
  return value;
}
