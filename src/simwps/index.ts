/**
 * The simulated WPS 表格 host: the part of WPS's JS object model that `src/wps/` uses, with its semantics as the
 * research notes record them (see ./README.md for each behaviour and its source), backed by a plain JSON workbook.
 * It imports nothing from src/engine, src/host or src/wps: it must not borrow the code it tests.
 *
 * - `installSimWps(state, options)` → `SimWpsHandle` (sets `globalThis.Application` and `globalThis.wps`).
 * - `WpsBookState` and friends; `bookFromExcelSim` turns the simulated Excel host's JSON (samples) into one.
 * - `hexToBgr` / `bgrToHex`: WPS colours are BGR longs.
 */
export { installSimWps } from './install';
export type { SimWpsHandle } from './install';
export type { SimWpsOptions } from './core';
export { SimWpsError, NotImitated } from './core';
export {
  bookFromExcelSim,
  emptyBookState,
  parseBook,
  serializeBook,
  CV_ERRORS,
  CV_ERROR_BASE,
} from './state';
export type { WpsBookState, WpsCell, WpsComment, WpsSheet, WpsStyle, WpsValue, ExcelSimLike } from './state';
export { bgrToHex, hexToBgr } from './colors';
