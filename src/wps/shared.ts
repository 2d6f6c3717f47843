// What the WPS adapter takes from the host-neutral layer (port contract, marking, highlight plan and records,
// own-write tracking): one marking, one fix plan, one insert plan for every host.
export type {
  WorkbookPort,
  BlockInsertPort,
  HostCapabilities,
  ReadScope,
  WorkbookSnapshot,
  CellFix,
  LastRibbonRun,
  ActiveCell,
  InsertRecord,
  BlockInsertResult,
  UndoInsertResult,
} from '../excel/port';
export { BlockInsertError, findingKey } from '../excel/port';
export { SEVERITY_FILL } from '../excel/fill-colors';
export { planHighlight, restorable, targetsOf as markCells } from '../excel/highlight-plan';
export type { Target, CellState, RecordedState, HighlightPlan } from '../excel/highlight-plan';
export {
  HIGHLIGHTS_SETTING,
  EMPTY_RECORD,
  cellId,
  parseRecord as parseHighlightRecord,
  serializeRecord,
  shiftRecordRows,
} from '../excel/highlight-record';
export type { HighlightRecord, HighlightedCell } from '../excel/highlight-record';
export {
  LAST_INSERT_SETTING,
  cellContent,
  firstEditedCell,
  insertedArea,
  parseRecord as parseInsertRecord,
  publicRecord,
  recordOf,
} from '../excel/insert-record';
export type { StoredInsert } from '../excel/insert-record';
export { OwnWrites } from '../excel/own-writes';
export { LAST_RUN_SETTING, parseLastRun } from '../excel/last-run';
