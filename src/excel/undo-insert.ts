// "Undo last insert": add-in writes clear Excel's own undo history (before ExcelApi 1.20), so the add-in
// removes the rows it inserted itself — exactly those rows, and only while they still hold what it wrote.
import { areaToA1 } from '../engine/grid/a1';
import {
  LAST_INSERT_SETTING,
  firstEditedCell,
  insertedArea,
  parseRecord,
  publicRecord,
  type StoredInsert,
} from '../host/insert-record';
import { HIGHLIGHTS_SETTING } from '../host/highlight-record';
import { queueRecordLoad, shiftedRecordText } from './record-setting';
import type { InsertRecord, UndoInsertResult } from '../host/port';

export async function lastInsertRecord(): Promise<InsertRecord | null> {
  return Excel.run(async (context) => {
    const stored = await loadRecord(context);
    return stored ? publicRecord(stored) : null;
  });
}

async function loadRecord(context: Excel.RequestContext): Promise<StoredInsert | null> {
  const setting = context.workbook.settings.getItemOrNullObject(LAST_INSERT_SETTING).load('value');
  await context.sync();
  return setting.isNullObject ? null : parseRecord(setting.value);
}

/** Two read syncs (the record, then the rows it names) and one write sync (delete + forget the record). */
export async function undoLastInsert(): Promise<UndoInsertResult> {
  return Excel.run(async (context) => {
    const record = await loadRecord(context);
    if (!record) return { refused: 'nothing' };
    const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheet);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) return { refused: 'no-sheet' };
    const rows = sheet.getRange(areaToA1(insertedArea(record))).load('formulas');
    const highlights = queueRecordLoad(context);
    await context.sync();
    const edited = firstEditedCell(record, rows.formulas);
    if (edited) return { refused: 'edited', cell: edited };

    const { firstRow, count } = record;
    // Excel shrinks merges and SUM ranges that grew over the rows; merges the insert made over existing
    // rows (a 一级指标 label merged down over the new rows) are left one row-range smaller and are undone here.
    sheet.getRange(`${firstRow + 1}:${firstRow + count}`).delete(Excel.DeleteShiftDirection.up);
    for (const area of record.unmergeAfterDelete) sheet.getRange(area).unmerge();
    // Highlighted cells below moved up with the rows (and any on the deleted rows are gone): keep the record true.
    const shiftedHighlights = shiftedRecordText(highlights, record.sheet, firstRow, -count);
    if (shiftedHighlights !== null) context.workbook.settings.add(HIGHLIGHTS_SETTING, shiftedHighlights);
    context.workbook.settings.getItem(LAST_INSERT_SETTING).delete();
    await context.sync();
    return { removed: publicRecord(record) };
  });
}
