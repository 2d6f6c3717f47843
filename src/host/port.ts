// The contract between the front ends (pane, ribbon commands) and the workbook. Each host implements it (Office.js
// in ../excel); the sessions in ../app see only this interface, never a host range object. No host API here.
import type { SheetGrid } from '../engine/grid/types';
import type { SheetPlan } from '../engine/presets/plan';
import type { Finding, Lang, Severity } from '../engine/rules/types';
import type { CellContent } from './fixes';
import type { TableProfileChoice } from '../engine/recognize/profile-choice';

export type ReadScope = 'active-sheet' | 'workbook';

export interface WorkbookSnapshot {
  readonly grids: readonly SheetGrid[];
  readonly activeSheet: string;
}

/** What the host can do (in Excel, from its API requirement sets); the pane words its UI from it. */
export interface HostCapabilities {
  readonly notes: boolean; // cell notes on highlighted cells (Excel: ExcelApi 1.18)
  readonly comments: boolean; // (Excel: ExcelApi 1.10)
  readonly mergedAreas: boolean; // merged areas can be read (Excel: ExcelApi 1.13 getMergedAreasOrNullObject)
  readonly changeEvents: boolean; // the host reports a user's edits (Excel: ExcelApi 1.7 worksheet.onChanged)
}

export interface CellFix {
  readonly sheet: string;
  readonly cell: string; // A1
  /** The value to write (a fraction for a percent cell); for a formula fix, the value it will compute. */
  readonly value: number | string;
  /** When set, this formula (with "=") is written instead of the value: a formula is never replaced by a constant. */
  readonly formula?: string;
  /** What the cell held when it was validated; the fix is written only while it still does (../host/fixes.ts). */
  readonly validated?: CellContent;
}

export interface WorkbookPort {
  capabilities(): HostCapabilities;
  /** One context.sync() whatever the number of sheets. */
  read(scope: ReadScope): Promise<WorkbookSnapshot>;
  /** Marks each finding's cells (../host/marking.ts) and adds a note in `lang` (default zh) where supported;
   *  remembers original fills in the workbook. One write sync; right after `read` nothing else (from ExcelApi
   *  1.9), otherwise one read first. */
  highlight(findings: readonly Finding[], lang?: Lang): Promise<void>;
  /** Restores every highlighted cell's original fill (and removes our notes); returns how many cells. Works after save/reopen. */
  clearHighlights(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes the fixes, keeping each cell's number format, all or nothing: refuses with FixError('cell-changed')
   *  when a cell no longer holds its `validated` content; a refused write is undone (FixError 'host-refused',
   *  or 'rollback-incomplete' when even that fails). Excel: one read sync and one write sync. */
  applyFixes(fixes: readonly CellFix[]): Promise<void>;
  /** Finding keys the user chose to ignore, stored in the workbook (workbook.settings). */
  loadIgnored(): Promise<readonly string[]>;
  saveIgnored(keys: readonly string[]): Promise<void>;
  /** The template profile a person chose for some tables (../host/profile-choices.ts), kept in the workbook;
   *  optional: without them every table is matched to its profile. One sync each. */
  loadProfileChoices?(): Promise<readonly TableProfileChoice[]>;
  saveProfileChoices?(choices: readonly TableProfileChoice[]): Promise<void>;
  /** Calls back (debounced by the caller) when a user edits a worksheet; returns an unsubscribe. Not for our own writes. */
  onUserEdit(callback: (sheet: string) => void): Promise<() => Promise<void>>;
  /** The ribbon's last result, kept in the workbook (workbook.settings) for a pane opened later. One sync each. */
  saveLastRun?(run: LastRibbonRun): Promise<void>;
  loadLastRun?(): Promise<LastRibbonRun | null>;

  // Preset blocks (optional so other WorkbookPorts need not implement them; createExcelPort does, see
  // BlockInsertPort and supportsBlockInsert).
  /** Applies an engine insert-block plan all-or-nothing: one read sync to validate, one write sync. Throws BlockInsertError. */
  applyBlockPlan?(plan: SheetPlan, basis?: SheetGrid): Promise<BlockInsertResult>;
  /** Deletes the rows of the last insert (recorded in the workbook), unless they were edited since; after
   *  createSheetFromPlan, deletes the sheet it made, unless the clerk has changed or added anything on it. */
  undoLastInsert?(): Promise<UndoInsertResult>;
  /** The last insert that undoLastInsert would remove, or null. */
  lastInsert?(): Promise<InsertRecord | null>;
  /** The selected cell (top-left of the selection), 0-based. */
  activeCell?(): Promise<ActiveCell>;
  /** Adds a sheet and lays out a new-sheet plan (a blank template) on it, in one write sync; records it (with
   *  `newSheet`) as the last insert, so undoLastInsert can take the sheet away again. */
  createSheetFromPlan?(plan: SheetPlan): Promise<void>;
}

export type BlockInsertPort = Required<
  Pick<
    WorkbookPort,
    'applyBlockPlan' | 'undoLastInsert' | 'lastInsert' | 'activeCell' | 'createSheetFromPlan'
  >
>;

export function supportsBlockInsert(port: WorkbookPort): port is WorkbookPort & BlockInsertPort {
  return (
    typeof port.applyBlockPlan === 'function' &&
    typeof port.undoLastInsert === 'function' &&
    typeof port.lastInsert === 'function' &&
    typeof port.activeCell === 'function' &&
    typeof port.createSheetFromPlan === 'function'
  );
}

export interface LastRibbonRun {
  readonly at: string; // ISO time
  readonly sheet: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly tables: number;
}

export interface ActiveCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Rows a block insert added: what "undo last insert" removes. Rows are 0-based. */
export interface InsertRecord {
  readonly sheet: string;
  readonly firstRow: number;
  readonly count: number;
  /** The insert made the whole sheet (createSheetFromPlan): undo deletes the sheet. */
  readonly newSheet?: boolean;
}

export interface BlockInsertResult {
  readonly inserted: InsertRecord;
  /** False below ExcelApi 1.9 (no Range.copyFrom): the new rows have the default format. */
  readonly formatsCopied: boolean;
}

export type UndoInsertResult =
  | { readonly removed: InsertRecord }
  | { readonly refused: 'nothing' | 'no-sheet' | 'edited'; readonly cell?: string };

export type BlockInsertFailure =
  | 'no-sheet' // the plan's sheet is gone
  | 'sheet-exists' // a new sheet's name is taken
  | 'sheet-changed' // the sheet differs from the grid the plan was made from
  | 'no-room' // the rows would push content off the bottom of the sheet
  | 'unsupported-plan'
  | 'host-refused' // the host (Excel, WPS) refused the write; everything was rolled back
  | 'rollback-incomplete'; // the host refused the write and the rollback could not restore every cell

export class BlockInsertError extends Error {
  constructor(
    readonly code: BlockInsertFailure,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'BlockInsertError';
  }
}

/** A stable key for a finding, for "ignore": survives re-validation as long as the finding is the same. */
export function findingKey(finding: Pick<Finding, 'sheet' | 'cell' | 'rule'>): string {
  return `${finding.sheet}!${finding.cell}#${finding.rule}`;
}
