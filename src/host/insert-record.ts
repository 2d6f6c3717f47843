// The record of the last block insert, kept in workbook.settings so "undo last insert" works after save and
// reopen, and refuses when the clerk has edited the rows since: it holds what the rows should contain.
import { areaToA1 } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';
import { finalInsertedRows } from '../engine/presets/insert';
import type { SheetPlan } from '../engine/presets/plan';
import type { InsertRecord } from './port';

export const LAST_INSERT_SETTING = 'selfeval.lastInsert';

export interface StoredInsert extends InsertRecord {
  /** The columns checked for edits: every column the plan wrote or formatted. */
  readonly left: number;
  readonly right: number;
  /** Each inserted cell's content as `Range.formulas` reports it, normalised (see cellContent). */
  readonly contents: readonly (readonly string[])[];
  /** Merges the plan made over existing rows (not grown ones): after the rows go they are unmerged (A1). */
  readonly unmergeAfterDelete: readonly string[];
  /** Written before the insert's first write and dropped by its last: while present, the insert may have
   *  stopped part-way (and its rollback failed), and undo removes whatever part of it took effect. */
  readonly pending?: PendingInsert;
  /** Written before undo's first write and removed by its last: undo may have stopped part-way; the next undo
   *  finishes it. */
  readonly undoing?: UndoingInsert;
}

/** What undoing a part-applied insert needs: the plan's row insert, merges and unmerges, the sheet's last
 *  used row before it, the record it replaced and the highlight record before the rows moved. */
export interface PendingInsert {
  readonly at: number;
  readonly count: number;
  readonly usedBottom: number;
  readonly merges: readonly CellArea[];
  readonly unmerges: readonly CellArea[];
  /** The last-insert setting before this insert (restored when it is undone), or null. */
  readonly previous: unknown;
  /** The highlight record's text before the insert, or null when there was none. */
  readonly highlights: string | null;
}

export interface UndoingInsert {
  /** The sheet's last used row (0-based) before the undo deleted anything. */
  readonly usedBottom: number;
  /** The highlight record's text before the undo, or null. */
  readonly highlights: string | null;
}

/**
 * Which highlight record text to write once a part-applied insert is undone, or null to leave it: the record
 * as it was when the shift had happened; a later highlight (made on the inserted rows) shifted back.
 */
export function highlightsAfterPendingUndo(
  pending: PendingInsert,
  current: string | null,
  rowsWereInserted: boolean,
  shift: (text: string, at: number, delta: number) => string | null,
): string | null {
  if (current === null) return null;
  if (pending.highlights !== null) {
    if (current === pending.highlights) return null;
    if (current === shift(pending.highlights, pending.at, pending.count)) return pending.highlights;
  }
  const back = rowsWereInserted ? shift(current, pending.at, -pending.count) : current;
  return back === current ? null : back;
}

/** What a cell holds, the same whether it comes from a plan or from Excel's `formulas`. */
export function cellContent(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function recordOf(plan: SheetPlan): StoredInsert {
  const rows = [...finalInsertedRows(plan)].sort((a, b) => a - b);
  const firstRow = rows[0];
  const count = rows.length;
  const cols = [
    ...plan.writes.map((write) => write.col),
    ...plan.formatCopies.flatMap((copy) => [copy.left, copy.right]),
  ];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const contents = rows.map((row) =>
    Array.from({ length: right - left + 1 }, (_, i) => {
      const write = plan.writes.find((entry) => entry.row === row && entry.col === left + i);
      return cellContent(write ? (write.formula ?? write.value) : null);
    }),
  );
  const grown = (merge: CellArea) =>
    plan.unmerges.some((u) => u.top === merge.top && u.left === merge.left && u.right === merge.right);
  const unmergeAfterDelete = plan.merges
    .filter((merge) => merge.top < firstRow && merge.bottom >= firstRow && !grown(merge))
    .map((merge) =>
      areaToA1({ ...merge, bottom: merge.bottom >= firstRow + count ? merge.bottom - count : firstRow - 1 }),
    );
  return { sheet: plan.sheet, firstRow, count, left, right, contents, unmergeAfterDelete };
}

/** The record of a sheet made from a new-sheet plan: every cell the plan wrote, from A1 to its last row and
 *  column, so undo can tell an untouched sheet (delete it) from one the clerk has used (keep it). */
export function recordOfNewSheet(plan: SheetPlan): StoredInsert {
  const count = Math.max(0, ...plan.writes.map((write) => write.row + 1));
  const right = Math.max(0, ...plan.writes.map((write) => write.col));
  const contents = Array.from({ length: count }, (_, row) =>
    Array.from({ length: right + 1 }, (_, col) => {
      const write = plan.writes.find((entry) => entry.row === row && entry.col === col);
      return cellContent(write ? (write.formula ?? write.value) : null);
    }),
  );
  return {
    sheet: plan.sheet,
    firstRow: 0,
    count,
    left: 0,
    right,
    contents,
    unmergeAfterDelete: [],
    newSheet: true,
  };
}

export function parseRecord(stored: unknown): StoredInsert | null {
  try {
    const value = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Partial<StoredInsert> | null;
    if (
      !value ||
      typeof value.sheet !== 'string' ||
      !Number.isInteger(value.firstRow) ||
      !Number.isInteger(value.count) ||
      !Number.isInteger(value.left) ||
      !Number.isInteger(value.right) ||
      !Array.isArray(value.contents) ||
      !Array.isArray(value.unmergeAfterDelete) ||
      (value.pending !== undefined && (typeof value.pending !== 'object' || value.pending === null)) ||
      (value.undoing !== undefined && (typeof value.undoing !== 'object' || value.undoing === null))
    )
      return null;
    return value as StoredInsert;
  } catch {
    return null;
  }
}

export function insertedArea(record: StoredInsert): CellArea {
  return {
    top: record.firstRow,
    left: record.left,
    bottom: record.firstRow + record.count - 1,
    right: record.right,
  };
}

/** The first cell (A1) whose content differs from the record, or undefined when the rows are as inserted.
 *  `partial`: a part-applied insert, where a cell may also still be blank. */
export function firstEditedCell(
  record: StoredInsert,
  formulas: readonly (readonly unknown[])[],
  partial = false,
): string | undefined {
  for (let r = 0; r < record.count; r++) {
    for (let c = 0; c <= record.right - record.left; c++) {
      const now = cellContent(formulas[r]?.[c]);
      if (partial && now === '') continue;
      if (now !== (record.contents[r]?.[c] ?? ''))
        return areaToA1({
          top: record.firstRow + r,
          left: record.left + c,
          bottom: record.firstRow + r,
          right: record.left + c,
        });
    }
  }
  return undefined;
}

/** For a sheet made from a new-sheet plan: the first cell (A1) the clerk changed in the written area, or filled
 *  outside it (`used`: the sheet's used range of values), or undefined while the sheet is as made. */
export function firstChangedOnNewSheet(
  record: StoredInsert,
  written: readonly (readonly unknown[])[],
  used: {
    readonly rowIndex: number;
    readonly columnIndex: number;
    readonly values: readonly (readonly unknown[])[];
  },
): string | undefined {
  const inside = firstEditedCell(record, written);
  if (inside) return inside;
  const lastRow = record.firstRow + record.count - 1;
  for (let r = 0; r < used.values.length; r++)
    for (let c = 0; c < (used.values[r]?.length ?? 0); c++) {
      const row = used.rowIndex + r;
      const col = used.columnIndex + c;
      const within = row >= record.firstRow && row <= lastRow && col >= record.left && col <= record.right;
      const value = used.values[r][c];
      if (!within && value !== '' && value !== null && value !== undefined)
        return areaToA1({ top: row, left: col, bottom: row, right: col });
    }
  return undefined;
}

export function publicRecord(record: StoredInsert): InsertRecord {
  const shown = { sheet: record.sheet, firstRow: record.firstRow, count: record.count };
  return record.newSheet === true ? { ...shown, newSheet: true } : shown;
}

/** What an undo of a completed insert (or of a part-done undo) writes, in this order, as one batch. */
export interface UndoSteps {
  /** The record marked `undoing`, written first; absent when a part-done undo already deleted the rows. */
  readonly markUndoing?: string;
  /** The rows to delete (0-based first row, count); absent when they are already gone. */
  readonly deleteRows?: { readonly firstRow: number; readonly count: number };
  /** Merges to undo once the rows are gone (A1). */
  readonly unmerge: readonly string[];
  /** The highlight record's new text, or absent to leave it. */
  readonly highlights?: string;
  /** Always last: the record goes. */
  readonly forgetRecord: true;
}

/**
 * Plans "undo last insert" from what the sheet holds now (the recorded rows' formulas, its last used row, the
 * highlight record's text): refuses when a clerk edited the rows; finishes a part-done undo (`undoing`) whose
 * rows are already gone. Pure, for every host; `shift` moves a highlight record's rows (null when unchanged).
 */
export function planUndo(
  record: StoredInsert,
  now: {
    readonly rows: readonly (readonly unknown[])[];
    readonly usedBottom: number;
    readonly highlights: string | null;
  },
  shift: (text: string, at: number, delta: number) => string,
): { readonly refused: 'edited'; readonly cell: string } | UndoSteps {
  const { firstRow, count } = record;
  const edited = firstEditedCell(record, now.rows);
  // A part-done undo whose rows are gone (the sheet is `count` rows shorter): only the rest is left to do.
  const rowsGone = edited !== undefined && record.undoing?.usedBottom === now.usedBottom + count;
  if (edited && !rowsGone) return { refused: 'edited', cell: edited };
  const before = record.undoing ? record.undoing.highlights : now.highlights;
  // Highlighted cells below moved up with the rows (and any on the deleted rows are gone): the record follows
  // them — unless a part-done undo already moved it.
  const shifted = before !== null && now.highlights === before ? shift(before, firstRow, -count) : undefined;
  return {
    ...(rowsGone
      ? {}
      : {
          markUndoing: JSON.stringify({
            ...record,
            undoing: { usedBottom: now.usedBottom, highlights: now.highlights },
          }),
          deleteRows: { firstRow, count },
        }),
    unmerge: record.unmergeAfterDelete,
    ...(shifted !== undefined && shifted !== before ? { highlights: shifted } : {}),
    forgetRecord: true,
  };
}
