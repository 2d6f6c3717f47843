// The part of WPS 表格's JavaScript object model that src/wps calls, typed by hand from the sources in ./README.md
// (DOC, TYPES, AWD, ZOT). Every member is a synchronous call into the WPS process. Types only.

/** XlCVError-style and other constants, as numbers: Application.Enum is missing on older builds [notes §1.4]. */
export const XL = {
  none: -4142, // xlColorIndexNone, xlPatternNone, xlLineStyleNone
  patternSolid: 1,
  continuous: 1, // xlContinuous
  shiftDown: -4121,
  shiftUp: -4162,
  formatFromLeftOrAbove: 0,
  sheetVeryHidden: 2,
  sheetVisible: -1,
  hAlign: { left: -4131, center: -4108, right: -4152 },
  vAlign: { top: -4160, center: -4108 },
  paperA4: 9, // XlPaperSize.xlPaperA4
  orientation: { portrait: 1, landscape: 2 }, // XlPageOrientation
} as const;

/** Worksheet.PageSetup [TYPES lib.et.d.ts PageSetup]; margins in points, `false` for "not used" (VBA semantics). */
export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  CenterHorizontally: boolean;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  PrintTitleRows: string;
  CenterFooter: string;
}

export interface EtComment {
  Text(text?: string): string;
  Delete(): void;
}

export interface EtInterior {
  Color: number | null;
  ColorIndex: number | null;
  Pattern: number | null;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number; Item(index: number): EtRange };
  readonly Columns: { readonly Count: number; Item(index: number): EtRange };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Item(row: number, col?: number): EtRange;
  Resize(rows?: number, cols?: number): EtRange;
  readonly EntireRow: EtRange;
  readonly Worksheet: EtWorksheet;
  /** One cell: a scalar; several: rows of cells (a single row or column may come flat: see ./shape.ts). */
  Value2: unknown;
  Formula: unknown;
  /** What the cell shows (read-only) [DOC Range.Text]; used by the probe only. */
  readonly Text: unknown;
  NumberFormat: string | null;
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(across?: boolean): void;
  UnMerge(): void;
  readonly Interior: EtInterior;
  readonly Font: { Bold: boolean | null; Size: number | null; Name: string | null };
  readonly Borders: { LineStyle: number | null };
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  WrapText: boolean | null;
  RowHeight: number | null;
  ColumnWidth: number | null;
  /** Null (falsy) when the cell has no comment. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  Insert(shift?: number, copyOrigin?: number): unknown;
  Delete(shift?: number): unknown;
  Select(): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  Visible: number;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Cells: EtRange;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): unknown;
}

export interface EtWorksheets {
  readonly Count: number;
  /** Throws when there is no such sheet. */
  Item(key: number | string): EtWorksheet;
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtWorksheets;
}

export type EtListener = (...args: unknown[]) => void;

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  Navigate(url: string): void;
  Delete(): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveCell: EtRange | null;
  ScreenUpdating: boolean;
  /** Text in the status bar; false gives the bar back to WPS. */
  StatusBar: string | boolean;
  DisplayAlerts: boolean;
  readonly ApiEvent: {
    AddApiEventListener(name: string, listener: EtListener | string): void;
    RemoveApiEventListener(name: string, listener?: EtListener): void;
  };
  readonly PluginStorage: {
    getItem(key: string): string | number | boolean | null;
    setItem(key: string, value: string | number | boolean): void;
    removeItem(key: string): void;
  };
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
}

/** `window.Application` in an add-in page (`wps` is the same object) [notes §1.4]. */
export function wpsApplication(): EtApplication {
  const globals = globalThis as { Application?: EtApplication; wps?: EtApplication };
  const application = globals.Application ?? globals.wps;
  if (!application)
    throw new Error('WPS 表格 is not available (no window.Application): open this page from WPS.');
  return application;
}

export function activeWorkbook(): EtWorkbook {
  const workbook = wpsApplication().ActiveWorkbook;
  if (!workbook) throw new Error('No workbook is open.');
  return workbook;
}
