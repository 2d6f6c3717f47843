// What a highlight needs to know before it writes — the saved record, each cell's current fill, and whether a
// cell already holds a note — learnt in the validating read's one sync, so the highlight that follows it needs
// only its write. A basis is used once, and only soon after the read: after that the user may have recoloured
// cells, and the highlight reads for itself (one more sync).
import type { DetailedCapabilities } from './capabilities';
import { NO_FILL_READBACK } from './fill-readback';
import type { HighlightRecord } from '../host/highlight-record';
import { queueRecordLoad, recordFromSetting } from './record-setting';

/** A read older than this is not trusted for fills: a read and its highlight belong to one validation. */
export const BASIS_MAX_AGE_MS = 10_000;

/** getCellProperties returns ~50 bytes a cell; above this a sheet's fills would crowd Excel on the web's 5 MB. */
export const BASIS_MAX_CELLS_PER_SHEET = 40_000;

export interface SheetBasis {
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** The fill of each used-range cell; null for No Fill. */
  readonly fills: readonly (readonly (string | null)[])[];
  /** Notes on the sheet, or null when notes are not in use. */
  readonly noteCount: number | null;
}

export interface HighlightBasis {
  readonly takenAt: number;
  readonly record: HighlightRecord;
  readonly sheets: ReadonlyMap<string, SheetBasis>;
  /** Every sheet in the workbook, so recorded cells on a deleted sheet are known to be gone. */
  readonly sheetNames: ReadonlySet<string>;
}

interface QueuedSheetBasis {
  readonly used: Excel.Range;
  readonly properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly noteCount?: OfficeExtension.ClientResult<number>;
}

/** Queued alongside the read's loads; resolved after its sync. */
export class BasisQuery {
  private readonly setting: Excel.Setting;
  private readonly sheets = new Map<string, QueuedSheetBasis>();

  constructor(
    context: Excel.RequestContext,
    private readonly withNotes: boolean,
  ) {
    this.setting = queueRecordLoad(context);
  }

  /** Queues one sheet's fills (and note count); `used` must already be its loaded-to-be used range. */
  addSheet(name: string, sheet: Excel.Worksheet, used: Excel.Range): void {
    this.sheets.set(name, {
      used,
      properties: used.getCellProperties({ format: { fill: { color: true, pattern: true } } }),
      ...(this.withNotes ? { noteCount: sheet.notes.getCount() } : {}),
    });
  }

  rename(from: string, to: string): void {
    const queued = this.sheets.get(from);
    if (!queued) return;
    this.sheets.delete(from);
    this.sheets.set(to, queued);
  }

  /** `worksheets`: the workbook's sheets, loaded in the same sync. */
  resolve(now: number, worksheets: readonly Excel.Worksheet[]): HighlightBasis {
    const sheets = new Map<string, SheetBasis>();
    for (const [name, queued] of this.sheets) {
      sheets.set(name, {
        rowIndex: queued.used.rowIndex,
        columnIndex: queued.used.columnIndex,
        fills: queued.properties.value.map((row) => row.map(fillOf)),
        noteCount: queued.noteCount ? queued.noteCount.value : null,
      });
    }
    return {
      takenAt: now,
      record: recordFromSetting(this.setting),
      sheets,
      sheetNames: new Set(worksheets.map((sheet) => sheet.name)),
    };
  }
}

/** Fills come with the read from ExcelApi 1.9 (getCellProperties tells No Fill from white). */
export function basisSupported(capabilities: DetailedCapabilities): boolean {
  return capabilities.cellProperties;
}

export function fillOf(properties: Excel.CellProperties | undefined): string | null {
  const fill = properties?.format?.fill;
  if (!fill || fill.pattern === 'None') return null;
  const color = fill.color ?? null;
  // Without a pattern (never seen from Excel, but cheap to guard) white is how No Fill reads back.
  return fill.pattern === undefined && color?.toUpperCase() === NO_FILL_READBACK ? null : color;
}

/** The fill a cell had when the sheet was read; cells outside the used range carry no format, so no fill. */
export function basisFill(sheet: SheetBasis, row: number, col: number): string | null {
  return sheet.fills[row - sheet.rowIndex]?.[col - sheet.columnIndex] ?? null;
}
