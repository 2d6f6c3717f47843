/**
 * The WPS 表格 implementation of WorkbookPort — the only code in selfeval that calls WPS's JS object model
 * (`window.Application`, see ./api.ts and ./README.md for what each call rests on).
 *
 * - `createWpsPort(options?)` → `WorkbookPort & BlockInsertPort` with saveLastRun/loadLastRun.
 *
 * WPS calls are synchronous, so there are no round trips to count; the calls themselves are (each ~0.2 ms
 * [DOC WPS 加载项性能]). read: per sheet 7 calls for the used range's position, values and formulas, then number
 * formats by uniform areas (./split.ts) and merges by bands of rows (./read.ts). Workbook state lives on a very
 * hidden sheet (./store.ts). Calls block the page while they run, so each long operation first lets the pane paint
 * (its "checking…" state) before it starts.
 */
import type { Lang } from '../engine/rules/types';
import { wpsApplication } from './api';
import { subscribeUserEdits } from './events';
import { clearHighlights, highlightFindings, type HighlightOptions } from './highlight';
import { applyBlockPlan } from './insert';
import { readSheets } from './read';
import { createSheetFromPlan } from './sheet-from-plan';
import { SheetLookup } from './sheets';
import { IGNORED_SETTING, parseIgnoredKeys } from '../host/ignored';
import { LAST_RUN_SETTING, parseLastRun } from '../host/last-run';
import { OwnWrites } from '../host/own-writes';
import type {
  ActiveCell,
  BlockInsertPort,
  HostCapabilities,
  LastRibbonRun,
  WorkbookPort,
} from '../host/port';
import { WorkbookStore } from './store';
import { lastInsertRecord, undoLastInsert } from './undo-insert';

export type WpsPortOptions = HighlightOptions;

export const WPS_CAPABILITIES: HostCapabilities = {
  notes: true, // cell comments
  comments: true,
  mergedAreas: true,
  changeEvents: true,
};

export function createWpsPort(
  options: WpsPortOptions = {},
): WorkbookPort & BlockInsertPort & Required<Pick<WorkbookPort, 'saveLastRun' | 'loadLastRun'>> {
  const ownWrites = new OwnWrites();
  // A fresh store per operation: the clerk (or another page of the add-in) may have changed the workbook since.
  const store = () => new WorkbookStore();
  return {
    capabilities: () => WPS_CAPABILITIES,
    read: async (scope) => {
      await painted();
      return readSheets(scope);
    },
    highlight: async (findings, lang?: Lang) => {
      await painted();
      highlightFindings(findings, store(), options, lang);
    },
    clearHighlights: async () => {
      await painted();
      return clearHighlights(store());
    },
    selectCell: async (sheet, cell) => {
      const worksheet = new SheetLookup().get(sheet);
      if (!worksheet) throw new Error(`No sheet named ${sheet}`);
      worksheet.Activate();
      worksheet.Range(cell).Select();
    },
    applyFixes: async (fixes) => {
      const sheets = new SheetLookup();
      for (const fix of fixes) {
        ownWrites.expect(fix.sheet, [fix.cell]);
        sheets.range(fix.sheet, fix.cell).Value2 = fix.value;
      }
    },
    loadIgnored: async () => parseIgnoredKeys(store().get(IGNORED_SETTING)),
    saveIgnored: async (keys) => store().set(IGNORED_SETTING, JSON.stringify([...new Set(keys)])),
    onUserEdit: async (callback) => subscribeUserEdits(callback, ownWrites),
    saveLastRun: async (run: LastRibbonRun) => store().set(LAST_RUN_SETTING, JSON.stringify(run)),
    loadLastRun: async () => {
      const text = store().get(LAST_RUN_SETTING);
      return text === null ? null : parseLastRun(text);
    },
    applyBlockPlan: async (plan, basis) => applyBlockPlan(plan, store(), basis),
    undoLastInsert: async () => undoLastInsert(store),
    lastInsert: async () => lastInsertRecord(store()),
    activeCell: async (): Promise<ActiveCell> => {
      const application = wpsApplication();
      const sheet = application.ActiveSheet;
      const cell = application.ActiveCell;
      if (!sheet || !cell) throw new Error('No active cell.');
      return { sheet: String(sheet.Name), row: Number(cell.Row) - 1, col: Number(cell.Column) - 1 };
    },
    createSheetFromPlan: async (plan) => createSheetFromPlan(plan),
  };
}

/** Lets the page render once before synchronous WPS calls hold it. */
function painted(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
