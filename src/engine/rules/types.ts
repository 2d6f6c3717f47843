import type { CellArea, CellPosition } from '../grid/types';
import type { RecognizedTable, TableKind } from '../model/tables';
import type { TemplateProfile } from '../profiles/types';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** What a person reads: one mismatch, where to change it, and the value to write when one cell is the remedy. */
export interface Finding {
  readonly sheet: string;
  /** A1 address (or range) in `sheet`, without `$` or sheet name: the cell a person must change. */
  readonly cell: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Expected and actual as the sheet would show them ("9.28", "92.85%"); null when there is no single value. */
  readonly expected: string | null;
  readonly actual: string | null;
  /** The raw value to write into `cell` (a fraction for a percent cell), when one cell's value is the remedy. */
  readonly fix?: number | string;
  /** Error localisation (src/engine/localize): 'root' is a cell the fix plan changes (or a person must);
   *  'consequence' fails only because of a root, has no fix and is not a separate error to highlight. */
  readonly role?: 'root' | 'consequence';
  /** For a consequence: the root cells, comma-separated A1 ("B7", or "Sheet!B7" on another sheet). */
  readonly causedBy?: string;
  /** The corrected formula (with "=") to write instead of a value: the cell's formula missed a term. */
  readonly fixFormula?: string;
  /** For a tie: each equally small set of cells that would fix it, comma-separated A1; no fix is offered. */
  readonly alternatives?: readonly string[];
  /** The template profile its table was read with (national, hunan, sichuan, …). */
  readonly profile?: string;
}

/** Message templates with {placeholders}, one set per language, keyed by message id. */
export type RuleMessages = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

/** What a rule reports; the engine turns it into a Finding in the requested language. */
export interface RuleReport {
  readonly at: CellPosition | CellArea;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Overrides the rule's default severity (e.g. staff-control-rate above 100% is a warning). */
  readonly severity?: Severity;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly fix?: number | string;
}

export interface RuleContext {
  /** Every table recognised in the workbook, for rules that compare tables (cross-table). */
  readonly tables: readonly RecognizedTable[];
  /** The profiles on offer, when the caller brought its own (a table's `profile` names one of them). */
  readonly profiles?: readonly TemplateProfile[];
}

/** One check, shaped like an ESLint rule: metadata, messages, and a pure check that returns reports. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly appliesTo: readonly TableKind[];
  readonly description: Readonly<Record<Lang, string>>;
  readonly messages: RuleMessages;
  check(table: RecognizedTable, context: RuleContext): readonly RuleReport[];
}
