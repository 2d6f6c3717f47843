// Telling the pane when a clerk edits a sheet: Application.ApiEvent's SheetChange(Sh, Target) [DOC 表格事件;
// TYPES addon.et.d.ts]. Whether our own writes raise it too is unknown, so the cells we write are remembered
// (OwnWrites) and a change on exactly those cells is taken as ours, as in Excel below ExcelApi 1.14.
import { wpsApplication, type EtRange, type EtWorksheet } from './api';
import type { OwnWrites } from '../host/own-writes';
import { STATE_SHEET } from './store';

export function subscribeUserEdits(
  callback: (sheet: string) => void,
  ownWrites: OwnWrites,
): () => Promise<void> {
  const events = wpsApplication().ApiEvent;
  const handler = (...args: unknown[]): void => {
    const [sheet, target] = args as [EtWorksheet, EtRange];
    const name = String(sheet.Name);
    if (name === STATE_SHEET) return;
    if (ownWrites.claim(name, String(target.Address(false, false)))) return;
    callback(name);
  };
  events.AddApiEventListener('SheetChange', handler);
  return async () => {
    wpsApplication().ApiEvent.RemoveApiEventListener('SheetChange', handler);
  };
}
