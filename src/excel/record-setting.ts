// The highlight record as Excel keeps it: one workbook.settings entry (see ../host/highlight-record.ts).
import type { HighlightRecord } from '../host/highlight-record';
import {
  EMPTY_RECORD,
  HIGHLIGHTS_SETTING,
  parseRecord,
  serializeRecord,
  shiftRecordRows,
} from '../host/highlight-record';

/** Queues the load of the saved record's setting (a null object when nothing is highlighted). */
export function queueRecordLoad(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_SETTING).load('value');
}

/** The record a loaded setting holds; an absent setting is an empty record. */
export function recordFromSetting(setting: Excel.Setting): HighlightRecord {
  return setting.isNullObject ? EMPTY_RECORD : parseRecord(setting.value);
}

/** The stored record text after rows moved, or null when no recorded cell moves (or nothing is recorded). */
export function shiftedRecordText(
  setting: Excel.Setting,
  sheet: string,
  at: number,
  delta: number,
): string | null {
  const shifted = shiftRecordRows(recordFromSetting(setting), sheet, at, delta);
  return shifted ? serializeRecord(shifted) : null;
}

export { shiftRecordText } from '../host/highlight-record';

/** The stored text of a loaded highlight setting, or null when there is none. */
export function recordText(setting: Excel.Setting): string | null {
  return setting.isNullObject ? null : String(setting.value);
}
