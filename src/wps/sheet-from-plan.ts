// A new sheet laid out from an engine new-sheet plan (a blank template): add, name, font, style, write, merge, size,
// then the print setup (plan.sheetStyle, as the Excel add-in and the CLI apply it).
// All or nothing for the sheet: if a step fails the half-made sheet is deleted again (with DisplayAlerts off, or
// WPS would ask). The print setup alone is best effort: a host that refuses it (PageSetup needs a printer driver in
// Excel; WPS is unconfirmed) keeps its own, and the sheet is still right on screen — as in Excel below ExcelApi 1.9.
import type { SheetPlan } from '../engine/presets/plan';
import type { PageSetup } from '../engine/presets/sheet-style';
import { activeWorkbook, wpsApplication, type EtWorksheet } from './api';
import { applyMerges, applySizes, applyStyles, applyWrites } from './plan-steps';
import { userSheets } from './read';
import { BlockInsertError } from '../host/port';
import { withScreenOff } from './sheets';
import { applyPageSetup, applySheetFont } from './sheet-style';

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
      if (plan.sheetStyle) applySheetFont(sheet, plan.sheetStyle);
      applyStyles(sheet, plan);
      applyWrites(sheet, plan);
      applyMerges(sheet, plan.merges);
      applySizes(sheet, plan);
      if (plan.sheetStyle) applyPrintSetup(sheet, plan.sheetStyle.page);
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

function applyPrintSetup(sheet: EtWorksheet, page: PageSetup): void {
  try {
    applyPageSetup(sheet, page);
  } catch {
    // Best effort (see the top of this file): what was set stays, the rest is WPS's default.
  }
}
