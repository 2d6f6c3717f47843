// A new sheet laid out from an engine new-sheet plan (a blank template): add, name, style, write, merge, size.
// All or nothing: if a step fails the half-made sheet is deleted again (with DisplayAlerts off, or WPS would ask).
import type { SheetPlan } from '../engine/presets/plan';
import { activeWorkbook, wpsApplication, type EtWorksheet } from './api';
import { applyMerges, applySizes, applyStyles, applyWrites } from './plan-steps';
import { userSheets } from './read';
import { BlockInsertError } from '../host/port';
import { withScreenOff } from './sheets';

export function createSheetFromPlan(plan: SheetPlan): void {
  if (plan.purpose !== 'new-sheet' || plan.rowInserts.length > 0 || plan.unmerges.length > 0)
    throw new BlockInsertError('unsupported-plan', 'a new-sheet plan');
  const sheets = userSheets();
  if (sheets.some((sheet) => String(sheet.Name) === plan.sheet))
    throw new BlockInsertError('sheet-exists', plan.sheet);
  const application = wpsApplication();
  const alerts = application.DisplayAlerts;
  let sheet: EtWorksheet | undefined;
  try {
    application.DisplayAlerts = false;
    withScreenOff(() => {
      // After the clerk's last sheet; Add makes it the active sheet.
      sheet = activeWorkbook().Worksheets.Add(undefined, sheets[sheets.length - 1]);
      sheet.Name = plan.sheet;
      applyStyles(sheet, plan);
      applyWrites(sheet, plan);
      applyMerges(sheet, plan.merges);
      applySizes(sheet, plan);
      sheet.Activate();
    });
  } catch (error) {
    let removed = true;
    try {
      sheet?.Delete();
    } catch {
      removed = false;
    }
    throw new BlockInsertError(
      removed ? 'host-refused' : 'rollback-incomplete',
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    application.DisplayAlerts = alerts;
  }
}
