// The simulated WPS process: the workbook, the calls crossing the bridge, events, and the add-in host extras
// (PluginStorage, task panes). Every object handed to the add-in is a Proxy that counts each property read,
// property write and method lookup as one call: WPS calls are synchronous inter-process calls of ~0.2 ms each
// [notes §4, DOC "WPS 加载项性能"], so the number of calls is what the adapter must keep small.
import type { Area } from './address';
import type { WpsBookState, WpsSheet } from './state';

export class SimWpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimWpsError';
  }
}

/** The simulation refuses what it does not imitate, so an adapter cannot come to rely on invented behaviour. */
export class NotImitated extends SimWpsError {
  constructor(what: string) {
    super(`not imitated by the simulated WPS host: ${what}`);
    this.name = 'NotImitated';
  }
}

export interface SimWpsOptions {
  /** Return a single row's or column's Value2/Formula as a 1-D array (the JS bridge's shape is unconfirmed,
   *  notes §3.3 and §6.1); default false: 2-D like COM. */
  readonly flattenVectors?: boolean;
  /** Whether Application.EnableEvents = false also silences add-in event listeners (unconfirmed); default true. */
  readonly enableEventsSilencesListeners?: boolean;
}

export type Listener = (...args: unknown[]) => unknown;

export interface ChangeEvent {
  readonly sheet: WpsSheet;
  readonly area: Area;
}

export class SimWpsCore {
  calls = 0;
  readonly callLog: string[] = [];
  logCalls = false;
  enableEvents = true;
  screenUpdating = true;
  displayAlerts = true;
  /** Application.StatusBar: text, or false when WPS shows its own [TYPES lib.et.d.ts Application]. */
  statusBar: string | boolean = false;
  readonly listeners = new Map<string, Listener[]>();
  readonly pluginStorage = new Map<string, string | number | boolean>();
  readonly taskPanes = new Map<
    number,
    { url: string; title: string; visible: boolean; dock: number; width: number; deleted: boolean }
  >();
  private pendingEvents: Promise<void> = Promise.resolve();

  constructor(
    public state: WpsBookState,
    readonly options: SimWpsOptions = {},
  ) {}

  /** A test's injected failures: the next call whose name matches one throws (after `skip` matches), once. */
  readonly failures: { match: RegExp; skip: number }[] = [];

  count(what: string): void {
    this.calls++;
    if (this.logCalls) this.callLog.push(what);
    const index = this.failures.findIndex((failure) => failure.match.test(what));
    if (index < 0) return;
    const failure = this.failures[index];
    if (failure.skip > 0) {
      failure.skip--;
      return;
    }
    this.failures.splice(index, 1);
    throw new SimWpsError(`WPS refused ${what} (injected failure)`);
  }

  sheetNamed(name: string): WpsSheet | undefined {
    return this.state.sheets.find((sheet) => sheet.name === name);
  }

  /** A handle to a sheet that was deleted (or belongs to a workbook since closed) fails, as a stale COM object does. */
  alive(sheet: WpsSheet): WpsSheet {
    if (!this.state.sheets.includes(sheet))
      throw new SimWpsError('The object is no longer valid (sheet deleted or workbook reopened).');
    return sheet;
  }

  /** SheetChange(Sh, Target): raised after the call returns, as a separate message from the WPS process. */
  raiseChange(event: ChangeEvent, makeArgs: (event: ChangeEvent) => unknown[], fromAddin: boolean): void {
    if (fromAddin && !this.enableEvents && this.options.enableEventsSilencesListeners !== false) return;
    const listeners = [...(this.listeners.get('SheetChange') ?? [])];
    if (listeners.length === 0) return;
    this.pendingEvents = this.pendingEvents.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            for (const listener of listeners) {
              try {
                listener(...makeArgs(event));
              } catch {
                // An add-in's handler failing does not stop WPS.
              }
            }
            resolve();
          }, 0),
        ),
    );
  }

  settleEvents(): Promise<void> {
    return this.pendingEvents.then(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
}

const UNCOUNTED = new Set<PropertyKey>([
  'then',
  'toJSON',
  'constructor',
  '$$typeof',
  'asymmetricMatch',
  'nodeType',
]);

/** Wraps an object of the model so each access is counted as a bridge call and its internals stay hidden. */
export function expose<T extends object>(core: SimWpsCore, target: T, kind: string): T {
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'symbol' || UNCOUNTED.has(key)) return Reflect.get(object, key, object);
      if (key.startsWith('_')) return undefined; // the model's own fields are not part of the API
      core.count(`${kind}.${key}`);
      const value = Reflect.get(object, key, object) as unknown;
      return typeof value === 'function' ? (value as Listener).bind(object) : value;
    },
    set(object, key, value) {
      if (typeof key === 'string') {
        core.count(`${kind}.${key}=`);
        // A property the model does not have would be stored on the proxy and do nothing: refuse it instead,
        // so an adapter writing a member the simulation lacks (Font.Italic, PageSetup.Foo) fails its test.
        if (!(key in object)) throw new NotImitated(`setting ${kind}.${key}`);
      }
      return Reflect.set(object, key, value, object);
    },
  });
}
