/**
 * The Office.js implementation of WorkbookPort — the only code in selfeval that touches `Excel` / `Office`.
 *
 * Stable exports:
 * - `createExcelPort(options?)` → `WorkbookPort` (see ./port.ts). Call after Office.onReady. Options:
 *   `{ notes?: boolean }` (default true: highlighted cells get a note with expected vs actual on ExcelApi 1.18).
 * - `detectCapabilities()`, `MINIMUM_EXCEL_API` ("1.4"; see ./capabilities.ts for what each later set adds).
 * - `SEVERITY_FILL`: the fill colour per severity, for a legend in the pane.
 *
 * Round trips (context.sync): read = 1 (active sheet, or the whole workbook once the sheet names are known —
 * loadIgnored learns them at start-up; otherwise 2); highlight = 1 write when it follows a read within
 * BASIS_MAX_AGE_MS on ExcelApi 1.9+ (the read brought the fills, notes count and record along), else 2 (read
 * current fills/notes/record, then write; plus one read of the fills of cells no longer flagged);
 * clearHighlights = 3 (the saved record, the recorded cells' current fills, one write);
 * applyFixes = 1 read (each cell still holds what was validated) + 1 write, plus 1 on a refused write (restore);
 * selectCell, saveIgnored, loadIgnored, saveLastRun, loadLastRun, load/saveProfileChoices = 1.
 * Preset blocks (./insert.ts): applyBlockPlan = 1 read (validate) + 1 write, plus 2 on a refused write (rollback);
 * undoLastInsert = 2 reads + 1 write (again on a refused write, to finish); lastInsert, activeCell = 1;
 * createSheetFromPlan = 1 read + 1 write.
 */
import { detectCapabilities } from './capabilities';
import type { DetailedCapabilities } from './capabilities';
import { subscribeUserEdits } from './events';
import { activeCell } from './active-cell';
import { applyCellFixes } from './fixes';
import { clearHighlights, highlightFindings } from './highlight';
import type { HighlightOptions } from './highlight';
import { loadIgnoredKeys, saveIgnoredKeys } from './ignored';
import { loadProfileChoices, saveProfileChoices } from './profile-choices';
import { loadLastRun, saveLastRun } from './last-run';
import { applyBlockPlan } from './insert';
import { OwnWrites } from '../host/own-writes';
import type { BlockInsertPort, WorkbookPort } from '../host/port';
import { readSheets } from './read';
import type { ReadMemory } from './read';
import { selectSheetCell } from './select';
import { createSheetFromPlan } from './sheet-from-plan';
import { lastInsertRecord, undoLastInsert } from './undo-insert';

export type ExcelPortOptions = HighlightOptions;

export function createExcelPort(
  options: ExcelPortOptions = {},
): WorkbookPort &
  BlockInsertPort &
  Required<Pick<WorkbookPort, 'saveLastRun' | 'loadLastRun' | 'loadProfileChoices' | 'saveProfileChoices'>> {
  let capabilities: DetailedCapabilities | undefined;
  const caps = (): DetailedCapabilities => (capabilities ??= detectCapabilities());
  const memory: ReadMemory = {};
  const ownWrites = new OwnWrites();
  return {
    capabilities: caps,
    read: (scope) => readSheets(scope, caps(), memory, { notes: withNotes(caps()) }),
    highlight: (findings, lang) => highlightFindings(findings, caps(), options, memory, lang),
    clearHighlights: () => clearHighlights(caps(), memory),
    selectCell: (sheet, cell) => selectSheetCell(sheet, cell),
    applyFixes: (fixes) => applyCellFixes(fixes, ownWrites),
    loadIgnored: () => loadIgnoredKeys(memory),
    saveIgnored: (keys) => saveIgnoredKeys(keys),
    loadProfileChoices: () => loadProfileChoices(),
    saveProfileChoices: (choices) => saveProfileChoices(choices),
    onUserEdit: (callback) => subscribeUserEdits(callback, caps(), ownWrites),
    saveLastRun: (run) => saveLastRun(run),
    loadLastRun: () => loadLastRun(),
    applyBlockPlan: (plan, basis) => afterRowsMove(applyBlockPlan(plan, caps(), basis)),
    undoLastInsert: () => afterRowsMove(undoLastInsert(caps())),
    lastInsert: () => lastInsertRecord(),
    activeCell: () => activeCell(),
    createSheetFromPlan: (plan) => afterRowsMove(createSheetFromPlan(plan, caps())),
  };

  function withNotes(capabilities: DetailedCapabilities): boolean {
    return capabilities.notes && options.notes !== false;
  }

  /** Rows moved: what the last read learnt about fills no longer matches the cells. */
  function afterRowsMove<T>(operation: Promise<T>): Promise<T> {
    memory.highlightBasis = undefined;
    return operation;
  }
}

export { detectCapabilities, MINIMUM_EXCEL_API } from './capabilities';
export type { DetailedCapabilities } from './capabilities';
export { SEVERITY_FILL } from '../host/marking';
export type { WorkbookPort, HostCapabilities, ReadScope, WorkbookSnapshot, CellFix } from '../host/port';
export { findingKey, supportsBlockInsert, BlockInsertError } from '../host/port';
export type {
  BlockInsertPort,
  BlockInsertResult,
  BlockInsertFailure,
  InsertRecord,
  UndoInsertResult,
  ActiveCell,
  LastRibbonRun,
} from '../host/port';
