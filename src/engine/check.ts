import { areaToA1 } from './grid/a1';
import type { SheetGrid } from './grid/types';
import type { RecognizedTable, TableKind } from './model/tables';
import { localizeFindings, type FixPlan } from './localize/plan';
import { recognizeTables } from './recognize';
import { ProfileChoice, type ProfileOptions } from './recognize/profile-choice';
import { RuleRuns } from './rules/run';
import type { Finding, Lang, Rule } from './rules/types';

export interface CheckOptions {
  readonly lang?: Lang; // default 'zh'
  /** Rule ids to skip. */
  readonly disabledRules?: readonly string[];
  /** Rules to run instead of the built-in set (tests, finance bureaus with their own checks). */
  readonly rules?: readonly Rule[];
  /** Error localisation (root / consequence, one fix plan); default true. */
  readonly localize?: boolean;
  /** Which template profile reads which table; by default each table is matched automatically. */
  readonly profiles?: ProfileOptions;
}

export interface TableSummary {
  readonly sheet: string;
  readonly kind: TableKind;
  /** A1 range of the table in its sheet, e.g. "B2:I40". */
  readonly range: string;
  /** The template profile the table was read with. */
  readonly profile?: string;
}

export interface CheckResult {
  readonly tables: readonly RecognizedTable[];
  readonly summaries: readonly TableSummary[];
  /** In sheet order, then row, then column. */
  readonly findings: readonly Finding[];
  /** The one fix plan every front end applies (src/engine/localize/plan.ts); absent when localize is off. */
  readonly fixPlan?: FixPlan;
}

/** Recognises every table in the given sheets and runs every rule. Pure; never throws on odd input. */
export function checkWorkbook(sheets: readonly SheetGrid[], options: CheckOptions = {}): CheckResult {
  const choice = options.profiles ? new ProfileChoice(options.profiles) : undefined;
  const tables = sheets.flatMap((sheet) => recognizeTables(sheet, choice));
  const lang = options.lang ?? 'zh';
  const runs = new RuleRuns(tables, options);
  const findings = runs.findings(lang);
  const summaries = tables.map(summarizeTable);
  if (options.localize === false) return { tables, summaries, findings };
  // The plan's re-check reuses the reports of every table it leaves as it was (rules/run.ts).
  const recheck = (subset: readonly RecognizedTable[]) => runs.recheck(subset, lang);
  const localized = localizeFindings(tables, sheets, findings, lang, recheck);
  return { tables, summaries, findings: localized.findings, fixPlan: localized.plan };
}

/** Runs the rules over already recognised tables (the add-in re-checks without re-reading). */
export function checkTables(tables: readonly RecognizedTable[], options: CheckOptions = {}): Finding[] {
  return new RuleRuns(tables, options).findings(options.lang ?? 'zh');
}

export function summarizeTable(table: RecognizedTable): TableSummary {
  const summary = { sheet: table.sheet, kind: table.kind, range: areaToA1(table.area) };
  return table.profile ? { ...summary, profile: table.profile } : summary;
}

export { fillTemplate } from './rules/template';
