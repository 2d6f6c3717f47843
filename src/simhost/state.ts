// The simulated host's workbook, as plain JSON: what a saved .xlsx would hold that the add-in can see.
// Serialising and parsing it again is "save, close, reopen".

export type SimValue = number | string | boolean | null;

export interface SimCell {
  value: SimValue;
  /** Excel number format; "General" when absent. */
  numberFormat?: string;
  /** Formula with the leading "=", kept as text (the sim host does not calculate). */
  formula?: string;
  /** Fill colour "#RRGGBB"; absent means No Fill. */
  fill?: string;
  /** A note (ExcelApi 1.18) on this cell. */
  note?: string;
  /** Font, alignment and borders, as far as the add-in sets or copies them. */
  style?: SimCellStyle;
}

export interface SimCellStyle {
  bold?: boolean;
  fontName?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  /** Thin borders on every edge. */
  border?: boolean;
}

export interface SimSheet {
  name: string;
  /** Stable id, like Excel's worksheet id; defaulted from the name when absent. */
  id?: string;
  /** Cells keyed by A1 address ("B3"). */
  cells: Record<string, SimCell>;
  /** Merged areas as A1 ranges ("A1:H1"). */
  merges: string[];
  /** Row heights in points, keyed by 0-based row; absent means the default height. */
  rowHeights?: Record<string, number>;
  /** Column widths in points, keyed by 0-based column. */
  columnWidths?: Record<string, number>;
  /** Worksheet.pageLayout (ExcelApi 1.9), as far as the add-in sets it. */
  pageLayout?: SimPageLayout;
}

export interface SimPageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  /** Points. */
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  /** "$1:$1". */
  printTitleRows?: string;
  centerFooter?: string;
}

export interface SimSelection {
  sheet: string;
  address: string;
}

export interface SimWorkbookState {
  sheets: SimSheet[];
  activeSheet: string;
  selection?: SimSelection;
  /** workbook.settings: saved with the workbook. */
  settings: Record<string, unknown>;
}

export function emptyWorkbookState(sheetNames: readonly string[] = ['Sheet1']): SimWorkbookState {
  return {
    sheets: sheetNames.map((name) => ({ name, cells: {}, merges: [] })),
    activeSheet: sheetNames[0],
    settings: {},
  };
}

export function serializeState(state: SimWorkbookState): string {
  return JSON.stringify(state);
}

export function parseState(json: string): SimWorkbookState {
  const state = JSON.parse(json) as SimWorkbookState;
  if (!Array.isArray(state.sheets) || typeof state.activeSheet !== 'string') {
    throw new Error('Not a simulated workbook: expected { sheets, activeSheet, settings }');
  }
  state.settings ??= {};
  for (const sheet of state.sheets) {
    sheet.cells ??= {};
    sheet.merges ??= [];
  }
  return state;
}

export function sheetId(sheet: SimSheet): string {
  return sheet.id ?? `{sim-${sheet.name}}`;
}
