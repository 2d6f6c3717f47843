// A new sheet laid out from an engine new-sheet plan (a blank template): add, font, style, write, merge, size,
// print setup — one sync, with the record that lets undo delete it again. All or nothing: if Excel refuses part of the batch, the half-made sheet is deleted again.
import type { SheetPlan } from '../engine/presets/plan';
import { errorMessage } from './errors';
import { BlockInsertError } from '../host/port';
import { LAST_INSERT_SETTING, recordOfNewSheet } from '../host/insert-record';
import { queueMerges, queueSizes, queueStyles, queueWrites } from './plan-steps';
import type { DetailedCapabilities } from './capabilities';
import { compareApiVersions } from './capabilities';
import { queuePageSetup, queueSheetFont } from './sheet-style';

/** The plan's look (sheetStyle): the font always; the print setup from ExcelApi 1.9 (worksheet.pageLayout). */
export async function createSheetFromPlan(
  plan: SheetPlan,
  capabilities?: DetailedCapabilities,
): Promise<void> {
  if (plan.purpose !== 'new-sheet' || plan.rowInserts.length > 0 || plan.unmerges.length > 0)
    throw new BlockInsertError('unsupported-plan', 'a new-sheet plan');
  await Excel.run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(plan.sheet);
    existing.load('name');
    await context.sync();
    if (!existing.isNullObject) throw new BlockInsertError('sheet-exists', plan.sheet);
    const sheet = context.workbook.worksheets.add(plan.sheet);
    if (plan.sheetStyle) queueSheetFont(sheet, plan.sheetStyle);
    queueStyles(sheet, plan);
    queueWrites(sheet, plan);
    queueMerges(sheet, plan.merges);
    queueSizes(sheet, plan);
    const pageLayout = capabilities ? compareApiVersions(capabilities.excelApi, '1.9') >= 0 : false;
    if (plan.sheetStyle && pageLayout) queuePageSetup(sheet, plan.sheetStyle.page);
    sheet.activate();
    // Remembered in the same sync, so "undo last insert" can take the new sheet away again.
    context.workbook.settings.add(LAST_INSERT_SETTING, JSON.stringify(recordOfNewSheet(plan)));
    try {
      await context.sync();
    } catch (error) {
      const removed = await removeSheet(plan.sheet);
      throw new BlockInsertError(removed ? 'host-refused' : 'rollback-incomplete', errorMessage(error));
    }
  });
}

/** True when no sheet of that name is left (deleted now, or never added). */
async function removeSheet(name: string): Promise<boolean> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load('name');
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
