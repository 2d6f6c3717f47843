// "Undo last insert": whether WPS's own undo covers an add-in's writes is unknown [notes §6.4], so the add-in
// removes the rows it inserted itself — exactly those rows, and only while they still hold what it wrote. The
// steps are the host's (planUndo, as in Excel): the record is marked `undoing` before the rows go and removed
// last, so an undo stopped part-way is finished by the next one; an insert left pending is undone from its record.
import { areaToA1 } from '../engine/grid/a1';
import { HIGHLIGHTS_SETTING, shiftRecordText } from '../host/highlight-record';
import {
  LAST_INSERT_SETTING,
  insertedArea,
  parseRecord,
  planUndo,
  publicRecord,
  type StoredInsert,
} from '../host/insert-record';
import { BlockInsertError, type InsertRecord, type UndoInsertResult } from '../host/port';
import { XL, wpsApplication } from './api';
import { undoPartialInsert } from './insert';
import { readUsed } from './read';
import { rowsOf } from './shape';
import { SheetLookup, withScreenOff } from './sheets';
import type { WorkbookStore } from './store';

function storedInsert(store: WorkbookStore): StoredInsert | null {
  const text = store.get(LAST_INSERT_SETTING);
  return text === null ? null : parseRecord(text);
}

export function lastInsertRecord(store: WorkbookStore): InsertRecord | null {
  const record = storedInsert(store);
  return record ? publicRecord(record) : null;
}

/** Undoes the last insert; if WPS refuses a call part-way, finishes from the record at once, and says
 *  rollback-incomplete when even that fails (the record stays for the next undo). */
export function undoLastInsert(store: () => WorkbookStore): UndoInsertResult {
  try {
    return undoOnce(store());
  } catch (error) {
    if (error instanceof BlockInsertError) throw error;
    try {
      return undoOnce(store());
    } catch (again) {
      throw new BlockInsertError(
        'rollback-incomplete',
        `${messageOf(error)} (finishing the undo: ${messageOf(again)})`,
      );
    }
  }
}

function undoOnce(store: WorkbookStore): UndoInsertResult {
  const record = storedInsert(store);
  if (!record) return { refused: 'nothing' };
  if (record.pending) {
    const outcome = undoPartialInsert(record.sheet, record.pending, store, { record });
    if (outcome === 'undone') return { removed: publicRecord(record) };
    if (outcome === 'differs') return { refused: 'edited' };
    return { refused: 'edited', cell: outcome.edited };
  }
  const sheet = new SheetLookup().get(record.sheet);
  if (!sheet) return { refused: 'no-sheet' };
  const area = insertedArea(record);
  const rows = rowsOf(
    sheet.Range(areaToA1(area)).Formula,
    area.bottom - area.top + 1,
    area.right - area.left + 1,
  );
  const steps = planUndo(
    record,
    { rows, usedBottom: readUsed(sheet).area.bottom, highlights: store.get(HIGHLIGHTS_SETTING) },
    (text, at, delta) => shiftRecordText(text, record.sheet, at, delta),
  );
  if ('refused' in steps) return steps;
  const application = wpsApplication();
  const alerts = application.DisplayAlerts;
  try {
    application.DisplayAlerts = false;
    withScreenOff(() => {
      if (steps.markUndoing) store.set(LAST_INSERT_SETTING, steps.markUndoing);
      // WPS shrinks merges and SUM ranges that grew over the rows; merges the insert made over existing rows
      // are left one row-range smaller and are undone here.
      if (steps.deleteRows) {
        const { firstRow, count } = steps.deleteRows;
        sheet.Range(`${firstRow + 1}:${firstRow + count}`).EntireRow.Delete(XL.shiftUp);
      }
      for (const merged of steps.unmerge) sheet.Range(merged).UnMerge();
      if (steps.highlights !== undefined) store.set(HIGHLIGHTS_SETTING, steps.highlights);
      store.set(LAST_INSERT_SETTING, null);
    });
  } finally {
    application.DisplayAlerts = alerts;
  }
  return { removed: publicRecord(record) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
