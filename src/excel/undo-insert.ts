// "Undo last insert": add-in writes clear Excel's own undo history (before ExcelApi 1.20), so the add-in
// removes the rows it inserted itself — exactly those rows, and only while they still hold what it wrote.
//
// The undo is one write batch, and a batch can stop part-way (Office.js applies what ran before the failure).
// So its first operation marks the record `undoing` (with the sheet's last used row and the highlight record
// before the undo) and its last removes the record: a batch that stopped in between leaves a record from which
// the next undo — run at once, and again whenever the clerk asks — finishes the job.
import { areaToA1 } from '../engine/grid/a1';
import {
  LAST_INSERT_SETTING,
  insertedArea,
  parseRecord,
  planUndo,
  publicRecord,
  type StoredInsert,
} from '../host/insert-record';
import { HIGHLIGHTS_SETTING } from '../host/highlight-record';
import type { DetailedCapabilities } from './capabilities';
import { errorMessage } from './errors';
import { undoPartialInsert } from './insert';
import { queueRecordLoad, recordText, shiftRecordText } from './record-setting';
import { BlockInsertError, type InsertRecord, type UndoInsertResult } from '../host/port';
import { undoNewSheet } from './undo-new-sheet';

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

/** Two read syncs (the record, then the sheet, the rows it names and the used range) and one write sync. If
 *  Excel refuses the write, the undo is finished from its record at once; BlockInsertError('rollback-incomplete')
 *  when even that fails (the record stays for the next undo). */
export async function undoLastInsert(capabilities: DetailedCapabilities): Promise<UndoInsertResult> {
  try {
    return await undoOnce(capabilities);
  } catch (error) {
    if (error instanceof BlockInsertError) throw error;
    try {
      return await undoOnce(capabilities);
    } catch (again) {
      throw new BlockInsertError(
        'rollback-incomplete',
        `${errorMessage(error)} (finishing the undo: ${errorMessage(again)})`,
      );
    }
  }
}

async function undoOnce(capabilities: DetailedCapabilities): Promise<UndoInsertResult> {
  const record = await Excel.run((context) => loadRecord(context));
  if (!record) return { refused: 'nothing' };
  if (record.pending) {
    const outcome = await undoPartialInsert(record.sheet, record.pending, capabilities, { record });
    if (outcome === 'undone') return { removed: publicRecord(record) };
    if (outcome === 'differs') return { refused: 'edited' };
    return { refused: 'edited', cell: outcome.edited };
  }
  if (record.newSheet === true) return undoNewSheet(record);
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheet);
    sheet.load('name');
    const rows = sheet.getRange(areaToA1(insertedArea(record))).load('formulas');
    const used = sheet.getUsedRange().load('rowIndex,rowCount');
    const highlights = queueRecordLoad(context);
    try {
      await context.sync();
    } catch (error) {
      // A null sheet's ranges fail the whole sync: ask again for the sheet alone.
      const again = context.workbook.worksheets.getItemOrNullObject(record.sheet).load('name');
      await context.sync();
      if (again.isNullObject) return { refused: 'no-sheet' as const };
      throw error;
    }
    if (sheet.isNullObject) return { refused: 'no-sheet' as const };
    const steps = planUndo(
      record,
      {
        rows: rows.formulas,
        usedBottom: used.rowIndex + used.rowCount - 1,
        highlights: recordText(highlights),
      },
      (text, at, delta) => shiftRecordText(text, record.sheet, at, delta),
    );
    if ('refused' in steps) return steps;
    if (steps.markUndoing) context.workbook.settings.add(LAST_INSERT_SETTING, steps.markUndoing);
    // Excel shrinks merges and SUM ranges that grew over the rows; merges the insert made over existing
    // rows (a 一级指标 label merged down over the new rows) are left one row-range smaller and are undone here.
    if (steps.deleteRows) {
      const { firstRow, count } = steps.deleteRows;
      sheet.getRange(`${firstRow + 1}:${firstRow + count}`).delete(Excel.DeleteShiftDirection.up);
    }
    for (const area of steps.unmerge) sheet.getRange(area).unmerge();
    if (steps.highlights !== undefined) context.workbook.settings.add(HIGHLIGHTS_SETTING, steps.highlights);
    context.workbook.settings.getItem(LAST_INSERT_SETTING).delete();
    await context.sync();
    return { removed: publicRecord(record) };
  });
}
