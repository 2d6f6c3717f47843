/**
 * The simulated Excel host: exactly the part of the Excel JavaScript API that `src/excel/` uses, backed by a
 * plain JSON workbook, so the adapter runs unchanged in jest and in the browser preview.
 *
 * Stable exports:
 * - `installSimHost(state, { excelApi })` → `SimHostHandle`: sets `globalThis.Excel` / `globalThis.Office`;
 *   the handle gives `syncCount` / `syncLog` / `countSyncs()`, the live `state`, `reopen()` (save, close,
 *   reopen through JSON), `userEdit()` (a clerk's edit, raising onChanged), `settleEvents()`, `uninstall()`.
 * - `SimWorkbookState` and friends: the JSON a preview page loads (`scripts/sim-state-from-xlsx.ts` makes one
 *   from a sample .xlsx); `emptyWorkbookState`, `serializeState`, `parseState`.
 * - `formatValue(value, numberFormat)`: Excel's displayed text for the formats the templates use.
 *
 * Behaves like Excel where the adapter could go wrong: properties throw PropertyNotLoaded before load + sync;
 * calls above the configured ExcelApi version fail at sync with ApiNotFound; a merged area's value sits in its
 * top-left cell; "No Fill" reads back as #FFFFFF; methods on a null object fail (the adapter must not rely on them).
 */
export { installSimHost } from './install';
export type { SimHostHandle, SimHostOptions } from './install';
export type { SimCell, SimCellStyle, SimSheet, SimValue, SimWorkbookState, SimSelection } from './state';
export { emptyWorkbookState, parseState, serializeState } from './state';
export { formatValue } from './number-format';
export { SimHostError } from './errors';
export type { SyncRecord, SyncFailure } from './core';
