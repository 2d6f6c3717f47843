// The contract between the pane (and ribbon commands) and the workbook. The Office.js implementation lives in
// this folder; the pane sees only this interface, never an Excel.Range. Types only: no Office.js here.
import type { SheetGrid } from '../engine/grid/types';
import type { Finding } from '../engine/rules/types';

export type ReadScope = 'active-sheet' | 'workbook';

export interface WorkbookSnapshot {
  readonly grids: readonly SheetGrid[];
  readonly activeSheet: string;
}

/** What the host can do, from Office.context.requirements; the pane words its UI from it. */
export interface HostCapabilities {
  readonly excelApi: string; // highest ExcelApi version detected, e.g. "1.9"
  readonly notes: boolean; // ExcelApi 1.18
  readonly comments: boolean; // ExcelApi 1.10
  readonly mergedAreas: boolean; // ExcelApi 1.13 getMergedAreasOrNullObject
  readonly changeEvents: boolean; // ExcelApi 1.7 worksheet.onChanged
}

export interface CellFix {
  readonly sheet: string;
  readonly cell: string; // A1
  readonly value: number | string;
}

export interface WorkbookPort {
  capabilities(): HostCapabilities;
  /** One context.sync() whatever the number of sheets. */
  read(scope: ReadScope): Promise<WorkbookSnapshot>;
  /** Fills each finding's cell by severity and adds a note/comment where supported; remembers original fills in the workbook. One sync. */
  highlight(findings: readonly Finding[]): Promise<void>;
  /** Restores every highlighted cell's original fill (and removes our notes); returns how many cells. Works after save/reopen. */
  clearHighlights(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes values, keeping each cell's number format. One sync. */
  applyFixes(fixes: readonly CellFix[]): Promise<void>;
  /** Finding keys the user chose to ignore, stored in the workbook (workbook.settings). */
  loadIgnored(): Promise<readonly string[]>;
  saveIgnored(keys: readonly string[]): Promise<void>;
  /** Calls back (debounced by the caller) when a user edits a worksheet; returns an unsubscribe. Not for our own writes. */
  onUserEdit(callback: (sheet: string) => void): Promise<() => Promise<void>>;
}

/** A stable key for a finding, for "ignore": survives re-validation as long as the finding is the same. */
export function findingKey(finding: Pick<Finding, 'sheet' | 'cell' | 'rule'>): string {
  return `${finding.sheet}!${finding.cell}#${finding.rule}`;
}
