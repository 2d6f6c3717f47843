// "Undo last insert": whether WPS's own undo covers an add-in's writes is unknown [notes §6.4], so the add-in
// removes the rows it inserted itself — exactly those rows, and only while they still hold what it wrote.
import { areaToA1 } from '../engine/grid/a1';
import { XL } from './api';
import { rowsOf } from './shape';
import {
  HIGHLIGHTS_SETTING,
  parseRecord as parseHighlights,
  serializeRecord,
  shiftRecordRows,
} from '../host/highlight-record';
import {
  LAST_INSERT_SETTING,
  firstEditedCell,
  insertedArea,
  parseRecord,
  publicRecord,
  type StoredInsert,
} from '../host/insert-record';
import type { InsertRecord, UndoInsertResult } from '../host/port';
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

export function undoLastInsert(store: WorkbookStore): UndoInsertResult {
  const record = storedInsert(store);
  if (!record) return { refused: 'nothing' };
  const sheet = new SheetLookup().get(record.sheet);
  if (!sheet) return { refused: 'no-sheet' };
  const area = insertedArea(record);
  const formulas = rowsOf(
    sheet.Range(areaToA1(area)).Formula,
    area.bottom - area.top + 1,
    area.right - area.left + 1,
  );
  const edited = firstEditedCell(record, formulas);
  if (edited) return { refused: 'edited', cell: edited };

  const { firstRow, count } = record;
  withScreenOff(() => {
    // WPS shrinks merges and SUM ranges that grew over the rows; merges the insert made over existing rows are
    // left one row-range smaller and are undone here.
    sheet.Range(`${firstRow + 1}:${firstRow + count}`).EntireRow.Delete(XL.shiftUp);
    for (const merged of record.unmergeAfterDelete) sheet.Range(merged).UnMerge();
    const shifted = shiftRecordRows(
      parseHighlights(store.get(HIGHLIGHTS_SETTING)),
      record.sheet,
      firstRow,
      -count,
    );
    if (shifted) store.set(HIGHLIGHTS_SETTING, serializeRecord(shifted));
    store.set(LAST_INSERT_SETTING, null);
  });
  return { removed: publicRecord(record) };
}
