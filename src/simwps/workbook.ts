// Worksheet, Worksheets, Workbook and Application: what an et add-in reaches from `window.Application` [notes
// §1.4, §3.1–3.2]. Collections are 1-based and reached through Item(index | name); Item throws for a missing
// sheet; Worksheets.Add activates the new sheet; Worksheet.Delete asks first unless DisplayAlerts is off.
import { MAX_COLS, MAX_ROWS, areaA1, parseArea } from './address';
import { SimWpsError, expose, type Listener, type SimWpsCore } from './core';
import { makePageSetup } from './page-setup';
import { makeRange, type RangeHost } from './range';
import { usedArea } from './sheet-ops';
import type { WpsSheet } from './state';

export function createRangeHost(core: SimWpsCore): RangeHost {
  const host: RangeHost = {
    core,
    worksheet: (sheet) => makeWorksheet(host, sheet),
    activate: (sheet) => {
      if ((sheet.visible ?? -1) !== -1) throw new SimWpsError('A hidden sheet cannot be activated');
      core.state.activeSheet = sheet.name;
      // The selection is kept for one sheet only: another sheet's is forgotten (reads as A1).
      if (core.state.selection && core.state.selection.sheet !== sheet.name) delete core.state.selection;
    },
    isActive: (sheet) => core.state.activeSheet === sheet.name,
    select: (sheet, area) => {
      core.state.selection = { sheet: sheet.name, address: areaA1(area) };
    },
  };
  return host;
}

class SimWorksheet {
  constructor(
    private readonly _host: RangeHost,
    private readonly _sheet: WpsSheet,
  ) {}
  private get _core(): SimWpsCore {
    return this._host.core;
  }
  private _live(): WpsSheet {
    return this._core.alive(this._sheet);
  }
  get Name(): string {
    return this._live().name;
  }
  set Name(name: string) {
    const sheet = this._live();
    const text = String(name);
    if (!text || this._core.state.sheets.some((other) => other !== sheet && other.name === text))
      throw new SimWpsError(`Cannot rename to "${text}"`);
    if (this._core.state.activeSheet === sheet.name) this._core.state.activeSheet = text;
    if (this._core.state.selection?.sheet === sheet.name) this._core.state.selection.sheet = text;
    sheet.name = text;
  }
  get Index(): number {
    return this._core.state.sheets.indexOf(this._live()) + 1;
  }
  get Visible(): number {
    return this._live().visible ?? -1;
  }
  set Visible(value: number) {
    const sheet = this._live();
    if (value !== -1 && value !== 0 && value !== 2) throw new SimWpsError('Visible: -1, 0 or 2');
    if (value !== -1) {
      const othersVisible = this._core.state.sheets.some(
        (other) => other !== sheet && (other.visible ?? -1) === -1,
      );
      if (!othersVisible) throw new SimWpsError('A workbook must keep at least one visible sheet');
    }
    if (value === -1) delete sheet.visible;
    else sheet.visible = value;
  }
  /** The bounding box of what the sheet holds; A1 on an empty sheet [notes §3.2: AWD probe]. */
  get UsedRange(): unknown {
    const area = usedArea(this._live()) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return makeRange(this._host, this._sheet, area);
  }
  /** Range("B3"), Range("B3:D5"), Range("3:5"). */
  Range(address: string): unknown {
    return makeRange(this._host, this._live(), parseArea(String(address)));
  }
  get Cells(): unknown {
    return makeRange(this._host, this._live(), {
      top: 0,
      left: 0,
      bottom: MAX_ROWS - 1,
      right: MAX_COLS - 1,
    });
  }
  get Rows(): unknown {
    const host = this._host;
    const sheet = this._live();
    return expose(
      this._core,
      {
        Item: (index: number) =>
          makeRange(host, sheet, { top: index - 1, bottom: index - 1, left: 0, right: MAX_COLS - 1 }),
        get Count() {
          return MAX_ROWS;
        },
      },
      'Rows',
    );
  }
  get Columns(): unknown {
    const host = this._host;
    const sheet = this._live();
    return expose(
      this._core,
      {
        Item: (index: number) =>
          makeRange(host, sheet, { top: 0, bottom: MAX_ROWS - 1, left: index - 1, right: index - 1 }),
        get Count() {
          return MAX_COLS;
        },
      },
      'Columns',
    );
  }
  get PageSetup(): unknown {
    return makePageSetup(this._core, this._live());
  }
  get Comments(): unknown {
    const sheet = this._live();
    return expose(
      this._core,
      {
        get Count() {
          return Object.values(sheet.cells).filter((cell) => cell.comment).length;
        },
      },
      'Comments',
    );
  }
  Activate(): void {
    this._host.activate(this._live());
  }
  Delete(): boolean {
    const sheet = this._live();
    const state = this._core.state;
    if (this._core.displayAlerts)
      throw new SimWpsError('Delete would show a confirmation dialog (DisplayAlerts is on)');
    if (state.sheets.filter((other) => (other.visible ?? -1) === -1 && other !== sheet).length === 0)
      throw new SimWpsError('A workbook must keep at least one visible sheet');
    const index = state.sheets.indexOf(sheet);
    state.sheets.splice(index, 1);
    if (state.activeSheet === sheet.name) {
      const next =
        state.sheets.slice(Math.max(0, index - 1)).find((other) => (other.visible ?? -1) === -1) ??
        state.sheets.find((other) => (other.visible ?? -1) === -1);
      if (next) this._host.activate(next);
    }
    return true;
  }
}

export function makeWorksheet(host: RangeHost, sheet: WpsSheet): unknown {
  return expose(host.core, new SimWorksheet(host, sheet), 'Worksheet');
}

/** The model's own handle on a Worksheet proxy (for Before/After arguments). */
function sheetOf(core: SimWpsCore, worksheet: unknown): WpsSheet {
  if (!worksheet || typeof worksheet !== 'object') throw new SimWpsError('Not a worksheet');
  const name = (worksheet as { Name: string }).Name;
  const sheet = core.sheetNamed(name);
  if (!sheet) throw new SimWpsError('Not a worksheet');
  return sheet;
}

function makeWorksheets(host: RangeHost): unknown {
  const core = host.core;
  return expose(
    core,
    {
      get Count() {
        return core.state.sheets.length;
      },
      /** 1-based index or name; throws when there is no such sheet [notes §3.1: AWD resolveSheet]. */
      Item(key: number | string): unknown {
        const sheet =
          typeof key === 'number'
            ? core.state.sheets[key - 1]
            : core.state.sheets.find((s) => s.name === String(key));
        if (!sheet) throw new SimWpsError(`Worksheets.Item(${JSON.stringify(key)}): no such sheet`);
        return makeWorksheet(host, sheet);
      },
      /** Add(Before?, After?): a new sheet, before the active one by default, and it becomes the active sheet. */
      Add(before?: unknown, after?: unknown): unknown {
        const names = new Set(core.state.sheets.map((s) => s.name));
        let n = core.state.sheets.length + 1;
        while (names.has(`Sheet${n}`)) n++;
        const sheet: WpsSheet = { name: `Sheet${n}`, cells: {}, merges: [] };
        const anchor = after
          ? sheetOf(core, after)
          : before
            ? sheetOf(core, before)
            : core.sheetNamed(core.state.activeSheet);
        const at = anchor ? core.state.sheets.indexOf(anchor) + (after ? 1 : 0) : core.state.sheets.length;
        core.state.sheets.splice(at, 0, sheet);
        host.activate(sheet);
        return makeWorksheet(host, sheet);
      },
    },
    'Worksheets',
  );
}

export function makeWorkbook(host: RangeHost): unknown {
  const core = host.core;
  return expose(
    core,
    {
      get Name() {
        return 'workbook.xlsx';
      },
      get Worksheets() {
        return makeWorksheets(host);
      },
      get Sheets() {
        return makeWorksheets(host);
      },
      get ActiveSheet() {
        const sheet = core.sheetNamed(core.state.activeSheet);
        return sheet ? makeWorksheet(host, sheet) : null;
      },
    },
    'Workbook',
  );
}

/** Application: the et object model plus the add-in extras [notes §1.4–1.6, §3.5]. */
export function makeApplication(host: RangeHost): unknown {
  const core = host.core;
  let nextPaneId = 1;
  const pane = (id: number) => {
    const record = core.taskPanes.get(id);
    if (!record || record.deleted) throw new SimWpsError(`No task pane ${id}`);
    return expose(
      core,
      {
        get ID() {
          return id;
        },
        get Visible() {
          return record.visible;
        },
        set Visible(value: boolean) {
          record.visible = !!value;
        },
        get DockPosition() {
          return record.dock;
        },
        set DockPosition(value: number) {
          record.dock = value;
        },
        get Width() {
          return record.width;
        },
        set Width(value: number) {
          record.width = value;
        },
        Navigate(url: string) {
          record.url = url;
        },
        Delete() {
          record.deleted = true;
        },
      },
      'TaskPane',
    );
  };
  const application = {
    get ActiveWorkbook() {
      return makeWorkbook(host);
    },
    get Workbooks() {
      return expose(core, { Count: 1 }, 'Workbooks');
    },
    get ActiveSheet() {
      const sheet = core.sheetNamed(core.state.activeSheet);
      return sheet ? makeWorksheet(host, sheet) : null;
    },
    /** The selected range on the active sheet. */
    get Selection() {
      const sheet = core.sheetNamed(core.state.activeSheet);
      if (!sheet) return null;
      const selection = core.state.selection;
      const address = selection && selection.sheet === sheet.name ? selection.address : 'A1';
      return makeRange(host, sheet, parseArea(address));
    },
    get ActiveCell() {
      const sheet = core.sheetNamed(core.state.activeSheet);
      if (!sheet) return null;
      const selection = core.state.selection;
      const area = parseArea(selection && selection.sheet === sheet.name ? selection.address : 'A1');
      return makeRange(host, sheet, { top: area.top, left: area.left, bottom: area.top, right: area.left });
    },
    get EnableEvents() {
      return core.enableEvents;
    },
    set EnableEvents(value: boolean) {
      core.enableEvents = !!value;
    },
    get ScreenUpdating() {
      return core.screenUpdating;
    },
    set ScreenUpdating(value: boolean) {
      core.screenUpdating = !!value;
    },
    get StatusBar() {
      return core.statusBar;
    },
    set StatusBar(value: string | boolean) {
      core.statusBar = value;
    },
    get DisplayAlerts() {
      return core.displayAlerts;
    },
    set DisplayAlerts(value: boolean) {
      core.displayAlerts = !!value;
    },
    get ApiEvent() {
      return expose(
        core,
        {
          AddApiEventListener(name: string, listener: Listener | string) {
            const list = core.listeners.get(name) ?? [];
            list.push(typeof listener === 'string' ? byName(listener) : listener);
            core.listeners.set(name, list);
          },
          RemoveApiEventListener(name: string, listener?: Listener) {
            const list = core.listeners.get(name) ?? [];
            core.listeners.set(name, listener ? list.filter((entry) => entry !== listener) : []);
          },
        },
        'ApiEvent',
      );
    },
    get PluginStorage() {
      return expose(
        core,
        {
          getItem: (key: string) => core.pluginStorage.get(key) ?? null,
          setItem: (key: string, value: string | number | boolean) => {
            core.pluginStorage.set(key, value);
          },
          removeItem: (key: string) => {
            core.pluginStorage.delete(key);
          },
        },
        'PluginStorage',
      );
    },
    CreateTaskPane(url: string, title = '') {
      const id = nextPaneId++;
      core.taskPanes.set(id, { url, title, visible: false, dock: 2, width: 300, deleted: false });
      return pane(id);
    },
    GetTaskPane(id: number) {
      return pane(Number(id));
    },
  };
  return expose(core, application, 'Application');
}

/** A listener given by name ("ribbon.OnSheetChange") is looked up on the page's globals when it fires. */
function byName(path: string): Listener {
  return (...args: unknown[]) => {
    let target: unknown = globalThis;
    for (const part of path.split('.')) target = (target as Record<string, unknown> | undefined)?.[part];
    if (typeof target === 'function') return (target as Listener)(...args);
    return undefined;
  };
}
