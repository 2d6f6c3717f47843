// The record of what we highlighted, saved in the workbook (a host setting: workbook.settings in Excel) so "clear highlights" restores
// every original fill even after the file was saved, closed and reopened.
import { parseA1, toA1 } from '../engine/grid/a1';

export const HIGHLIGHTS_SETTING = 'selfeval.highlights';

export interface HighlightedCell {
  readonly sheet: string;
  readonly cell: string; // single-cell A1
  /** The fill before we touched it; null for No Fill (restored with fill.clear(), never with white). */
  readonly originalFill: string | null;
  /** Whether we added a note to this cell (so clearing removes ours and never a clerk's). */
  readonly note: boolean;
  /** The colour we gave it: a cell that no longer shows it was recoloured or moved, and is left alone. */
  readonly shownFill?: string;
  /**
   * Only in a record written before the paint it describes (see planHighlight's `pending`): the colour of ours
   * the cell showed before this highlight changed its severity. Until the paint is known to be done the cell
   * may show either, and both are ours.
   */
  readonly formerFill?: string;
}

export interface HighlightRecord {
  readonly version: 1;
  readonly cells: readonly HighlightedCell[];
}

export const EMPTY_RECORD: HighlightRecord = { version: 1, cells: [] };

/** Settings hold whatever a previous version wrote; anything unreadable counts as "nothing highlighted". */
export function parseRecord(stored: unknown): HighlightRecord {
  try {
    const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
    if (!value || typeof value !== 'object') return EMPTY_RECORD;
    const cells = (value as { cells?: unknown }).cells;
    if (!Array.isArray(cells)) return EMPTY_RECORD;
    return {
      version: 1,
      cells: cells.filter(
        (c): c is HighlightedCell =>
          !!c &&
          typeof c === 'object' &&
          typeof (c as HighlightedCell).sheet === 'string' &&
          typeof (c as HighlightedCell).cell === 'string' &&
          ((c as HighlightedCell).originalFill === null ||
            typeof (c as HighlightedCell).originalFill === 'string') &&
          ((c as HighlightedCell).shownFill === undefined ||
            typeof (c as HighlightedCell).shownFill === 'string') &&
          ((c as HighlightedCell).formerFill === undefined ||
            typeof (c as HighlightedCell).formerFill === 'string'),
      ),
    };
  } catch {
    return EMPTY_RECORD;
  }
}

export function serializeRecord(record: HighlightRecord): string {
  return JSON.stringify(record);
}

/**
 * The record after rows moved on `sheet`: `delta` rows inserted before row `at` (0-based) when positive, or the
 * rows at..at-delta-1 deleted when negative (cells there leave the record: their fills went with the rows).
 * Highlighted cells move with the rows, so their record must too, or clearing would paint an original fill
 * onto whatever cell now stands at the old address. Null when no recorded cell moves.
 */
export function shiftRecordRows(
  record: HighlightRecord,
  sheet: string,
  at: number,
  delta: number,
): HighlightRecord | null {
  let moved = false;
  const cells: HighlightedCell[] = [];
  for (const cell of record.cells) {
    const position = cell.sheet === sheet ? parseA1(cell.cell) : undefined;
    if (!position || position.row < at) {
      cells.push(cell);
      continue;
    }
    moved = true;
    if (delta < 0 && position.row < at - delta) continue;
    cells.push({ ...cell, cell: toA1(position.row + delta, position.col) });
  }
  return moved ? { version: 1, cells } : null;
}

/** A highlight record's stored text after rows moved (unchanged when no recorded cell moves). */
export function shiftRecordText(text: string, sheet: string, at: number, delta: number): string {
  const shifted = shiftRecordRows(parseRecord(text), sheet, at, delta);
  return shifted ? serializeRecord(shifted) : text;
}
