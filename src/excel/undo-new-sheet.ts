// "Undo last insert" after 新建工作表: the add-in deletes the sheet it made — only while it holds exactly what
// the plan wrote (../host/insert-record.ts decides), so a clerk who has started filling it in loses nothing.
import { areaToA1 } from '../engine/grid/a1';
import {
  LAST_INSERT_SETTING,
  firstChangedOnNewSheet,
  insertedArea,
  publicRecord,
  type StoredInsert,
} from '../host/insert-record';
import type { UndoInsertResult } from '../host/port';

/** One read sync (the written area's formulas and the sheet's used range) and one write sync (delete + forget). */
export async function undoNewSheet(record: StoredInsert): Promise<UndoInsertResult> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheet);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) return { refused: 'no-sheet' as const };
    const written = sheet.getRange(areaToA1(insertedArea(record))).load('formulas');
    const used = sheet.getUsedRange(true).load(['rowIndex', 'columnIndex', 'values']);
    await context.sync();
    const edited = firstChangedOnNewSheet(record, written.formulas, used);
    if (edited) return { refused: 'edited' as const, cell: edited };
    // Both in one batch: if Excel refuses the delete, the record stays and the clerk can try again.
    sheet.delete();
    context.workbook.settings.getItem(LAST_INSERT_SETTING).delete();
    await context.sync();
    return { removed: publicRecord(record) };
  });
}
