// Puts a simulated Excel on globalThis (`Excel`, `Office`) so the real adapter code runs unchanged in jest
// and in the browser preview.
import { cellAt, sheetByName, parseAddress, writeValue } from './book';
import { SimRequestContext } from './context';
import { SimHostCore, compareVersions } from './core';
import type { SyncFailure, SyncRecord } from './core';
import { areaToA1 } from '../engine/grid/a1';
import type { SimValue, SimWorkbookState } from './state';
import { parseState, serializeState, sheetId } from './state';

export interface SimHostOptions {
  /** Highest ExcelApi version the host claims, e.g. "1.8" for Office 2019; default "1.18". */
  readonly excelApi?: string;
  /** Refuse reads returning more cell entries than this in one sync (Excel on the web's 5 MB cap). */
  readonly responseCellLimit?: number;
}

export interface SimHostHandle {
  /** The live workbook; tests may read it (and arrange it) between runs. */
  readonly state: SimWorkbookState;
  /** Every context.sync() so far, with how many queued operations and writes each carried. */
  readonly syncLog: readonly SyncRecord[];
  readonly syncCount: number;
  /** Counts syncs made while `action` runs. */
  countSyncs(action: () => Promise<unknown>): Promise<number>;
  /** Save, close, reopen: the state goes through JSON and every event registration is dropped. */
  reopen(): void;
  serialize(): string;
  /** A clerk typing into a cell: changes the value and raises onChanged with triggerSource "Unknown". */
  userEdit(sheet: string, address: string, value: SimValue): void;
  /** Resolves once every change event raised so far has reached its handlers. */
  settleEvents(): Promise<void>;
  setExcelApi(version: string): void;
  /** The next sync that writes fails at the given operation; the ones before it take effect (as in Excel). */
  failNextWriteSync(failure: SyncFailure): void;
  /**
   * Refuses the write operations with these ordinals, counted from now across every later sync (0 = the next
   * write operation Excel attempts). The sync that carries one is rejected; the writes before it in that batch
   * stay applied and the rest are dropped, as in Excel (see README, "Failing a batch part-way"). Several
   * ordinals fail a write and, say, the rollback that follows it.
   */
  failAtWrites(ordinals: readonly number[], message?: string): void;
  /** Write operations attempted so far: run an action between two readings to learn its write points. */
  readonly writesAttempted: number;
  uninstall(): void;
}

interface GlobalWithHost {
  Excel?: unknown;
  Office?: unknown;
}

export function installSimHost(initial: SimWorkbookState, options: SimHostOptions = {}): SimHostHandle {
  const core = new SimHostCore(parseState(serializeState(initial)), options.excelApi ?? '1.18');
  core.responseCellLimit = options.responseCellLimit ?? null;
  const globals = globalThis as GlobalWithHost;
  const previous = { Excel: globals.Excel, Office: globals.Office };

  globals.Excel = {
    run: async <T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> =>
      batch(new SimRequestContext(core)),
    InsertShiftDirection: { down: 'Down', right: 'Right' },
    DeleteShiftDirection: { up: 'Up', left: 'Left' },
    RangeCopyType: { all: 'All', formulas: 'Formulas', values: 'Values', formats: 'Formats' },
    HorizontalAlignment: { left: 'Left', center: 'Center', right: 'Right', general: 'General' },
    VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
    BorderLineStyle: { continuous: 'Continuous', none: 'None' },
    PaperType: { a4: 'A4', a3: 'A3', letter: 'Letter' },
    PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
    EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
    ErrorCodes: {
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      apiNotFound: 'ApiNotFound',
    },
  };
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string): boolean =>
          name === 'ExcelApi' && compareVersions(core.apiVersion, version ?? '1.1') >= 0,
      },
      displayLanguage: 'zh-CN',
    },
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  return {
    get state() {
      return core.state;
    },
    get syncLog() {
      return core.syncLog;
    },
    get syncCount() {
      return core.syncCount;
    },
    async countSyncs(action) {
      const before = core.syncCount;
      await action();
      return core.syncCount - before;
    },
    reopen() {
      core.state = parseState(serializeState(core.state));
      core.registrations.clear();
    },
    serialize: () => serializeState(core.state),
    userEdit(sheetName, address, value) {
      const sheet = sheetByName(core.state, sheetName);
      const area = parseAddress(address);
      const key = areaToA1({ top: area.top, left: area.left, bottom: area.top, right: area.left });
      const cell = cellAt(sheet, area.top, area.left) ?? { value: null };
      writeValue(cell, value);
      sheet.cells[key] = cell;
      core.dispatch([{ sheetId: sheetId(sheet), area, address: key, triggerSource: 'Unknown' }]);
    },
    settleEvents: () => core.settleEvents(),
    setExcelApi(version) {
      core.apiVersion = version;
    },
    failNextWriteSync(failure) {
      core.pendingFailure = failure;
    },
    failAtWrites(ordinals, message) {
      core.writeFailure = { ordinals: new Set(ordinals), base: core.writesAttempted, message };
    },
    get writesAttempted() {
      return core.writesAttempted;
    },
    uninstall() {
      globals.Excel = previous.Excel;
      globals.Office = previous.Office;
    },
  };
}
