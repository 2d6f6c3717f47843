// Puts a simulated WPS 表格 on globalThis (`Application` and its alias `wps`, as in an add-in page [notes §1.4]) so
// src/wps runs unchanged in jest and in the browser preview.
import { parseArea } from './address';
import { SimWpsCore, type SimWpsOptions } from './core';
import { makeRange } from './range';
import { ensureCell, tidy } from './sheet-ops';
import { parseBook, serializeBook, type WpsBookState, type WpsValue } from './state';
import { createRangeHost, makeApplication, makeWorksheet } from './workbook';

export interface SimWpsHandle {
  /** The live workbook, for tests to inspect and arrange. */
  readonly state: WpsBookState;
  /** Calls across the bridge so far (property reads and writes, method lookups). */
  readonly calls: number;
  /** Counts the calls made while `action` runs. */
  countCalls(action: () => unknown): Promise<number>;
  /** Names of the calls made while `action` runs (for reading a test failure). */
  traceCalls(action: () => unknown): Promise<string[]>;
  /** Save, close, reopen: the state goes through JSON; event listeners and object handles die with the window. */
  reopen(): void;
  serialize(): string;
  /** A clerk typing into a cell: raises SheetChange whatever EnableEvents says (it is the add-in's switch). */
  userEdit(sheet: string, address: string, value: WpsValue): void;
  settleEvents(): Promise<void>;
  /** The next call whose name ("Range.Insert", "Interior.Color=") matches fails, after `skip` matching ones;
   *  several can be armed at once (a write failing and then its rollback). */
  failNextCall(match: RegExp, skip?: number): void;
  /** What the add-in last wrote to Application.StatusBar (false: nothing). */
  readonly statusBar: string | boolean;
  /** Task panes the add-in created. */
  readonly taskPanes: SimWpsCore['taskPanes'];
  readonly application: unknown;
  uninstall(): void;
}

interface GlobalWithWps {
  Application?: unknown;
  wps?: unknown;
}

export function installSimWps(initial: WpsBookState, options: SimWpsOptions = {}): SimWpsHandle {
  const core = new SimWpsCore(parseBook(serializeBook(initial)), options);
  const host = createRangeHost(core);
  const application = makeApplication(host);
  const globals = globalThis as GlobalWithWps;
  const previous = { Application: globals.Application, wps: globals.wps };
  globals.Application = application;
  globals.wps = application;

  const trace = async (action: () => unknown): Promise<string[]> => {
    const from = core.callLog.length;
    const logging = core.logCalls;
    core.logCalls = true;
    try {
      await action();
    } finally {
      core.logCalls = logging;
    }
    return core.callLog.slice(from);
  };

  return {
    get state() {
      return core.state;
    },
    get calls() {
      return core.calls;
    },
    async countCalls(action) {
      const before = core.calls;
      await action();
      return core.calls - before;
    },
    traceCalls: trace,
    reopen() {
      core.state = parseBook(serializeBook(core.state));
      core.listeners.clear();
    },
    serialize: () => serializeBook(core.state),
    userEdit(sheetName, address, value) {
      const sheet = core.sheetNamed(sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      const area = parseArea(address);
      const cell = ensureCell(sheet, area.top, area.left);
      delete cell.formula;
      cell.value = value;
      tidy(sheet, area.top, area.left);
      const single = { ...area, bottom: area.top, right: area.left };
      core.raiseChange(
        { sheet, area: single },
        (event) => [makeWorksheet(host, event.sheet), makeRange(host, event.sheet, event.area)],
        false,
      );
    },
    settleEvents: () => core.settleEvents(),
    failNextCall(match, skip = 0) {
      core.failures.push({ match, skip });
    },
    get statusBar() {
      return core.statusBar;
    },
    get taskPanes() {
      return core.taskPanes;
    },
    application,
    uninstall() {
      globals.Application = previous.Application;
      globals.wps = previous.wps;
    },
  };
}
