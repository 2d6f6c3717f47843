// The engine's public surface: grids in, recognised tables and findings out. No I/O, no Office, no Node.
export type { Cell, CellValue, CellArea, CellPosition, SheetGrid, WorkbookGrids } from './grid/types';
export { Grid, gridFromRows, cellOf } from './grid/grid';
export { toA1, areaToA1, parseA1, parseA1Area, columnLetters } from './grid/a1';
export type { Finding, Severity, Lang, Rule } from './rules/types';
export type { RecognizedTable, TableKind } from './model/tables';
export { checkWorkbook } from './check';
export type { CheckResult, CheckOptions, TableSummary } from './check';
export { planFixes } from './localize';
export type { FixPlan, FixChange, Recalculated, Unresolved } from './localize';
export { PROFILES, PROFILE_IDS, profileById } from './profiles';
export type { TemplateProfile } from './profiles';
export type { ProfileOptions, TableProfileChoice } from './recognize/profile-choice';
