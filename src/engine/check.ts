import { areaToA1, toA1 } from './grid/a1';
import type { CellArea, CellPosition, SheetGrid } from './grid/types';
import type { RecognizedTable, TableKind } from './model/tables';
import { localizeFindings, type FixPlan } from './localize/plan';
import { recognizeTables } from './recognize';
import type { TemplateProfile } from './profiles/types';
import { ProfileChoice, type ProfileOptions } from './recognize/profile-choice';
import { ALL_RULES } from './rules';
import type { Finding, Lang, Rule, RuleReport } from './rules/types';

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
  const findings = checkTables(tables, options);
  const summaries = tables.map(summarizeTable);
  if (options.localize === false) return { tables, summaries, findings };
  const recheck = (subset: readonly RecognizedTable[]) => checkTables(subset, options);
  const localized = localizeFindings(tables, sheets, findings, options.lang ?? 'zh', recheck);
  return { tables, summaries, findings: localized.findings, fixPlan: localized.plan };
}

/** Runs the rules over already recognised tables (the add-in re-checks without re-reading). */
export function checkTables(tables: readonly RecognizedTable[], options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'zh';
  const disabled = new Set(options.disabledRules ?? []);
  const rules = (options.rules ?? ALL_RULES).filter((rule) => !disabled.has(rule.id));
  const sheetOrder = new Map<string, number>();
  tables.forEach((table) => {
    if (!sheetOrder.has(table.sheet)) sheetOrder.set(table.sheet, sheetOrder.size);
  });
  const located: { finding: Finding; sheetIndex: number; row: number; col: number }[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    for (const rule of rules) {
      if (!rule.appliesTo.includes(table.kind)) continue;
      for (const report of runRule(rule, table, tables, options.profiles?.profiles)) {
        const finding = withProfile(toFinding(rule, report, table.sheet, lang), table.profile);
        const key = `${finding.sheet}|${finding.cell}|${finding.rule}|${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const start = topLeft(report.at);
        located.push({
          finding,
          sheetIndex: sheetOrder.get(table.sheet) ?? 0,
          row: start.row,
          col: start.col,
        });
      }
    }
  }
  located.sort((a, b) => a.sheetIndex - b.sheetIndex || a.row - b.row || a.col - b.col);
  return located.map((entry) => entry.finding);
}

export function summarizeTable(table: RecognizedTable): TableSummary {
  const summary = { sheet: table.sheet, kind: table.kind, range: areaToA1(table.area) };
  return table.profile ? { ...summary, profile: table.profile } : summary;
}

function runRule(
  rule: Rule,
  table: RecognizedTable,
  tables: readonly RecognizedTable[],
  profiles: readonly TemplateProfile[] | undefined,
): readonly RuleReport[] {
  try {
    return rule.check(table, profiles ? { tables, profiles } : { tables });
  } catch (error) {
    // A rule bug must not hide every other finding; it surfaces as one info line instead.
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        at: { row: table.area.top, col: table.area.left },
        messageId: '__internal',
        data: { detail },
        severity: 'info',
        expected: null,
        actual: null,
      },
    ];
  }
}

const INTERNAL_MESSAGES: Record<Lang, string> = {
  zh: '规则 {rule} 运行出错，已跳过：{detail}',
  en: 'Rule {rule} failed and was skipped: {detail}',
};

function toFinding(rule: Rule, report: RuleReport, sheet: string, lang: Lang): Finding {
  const template =
    report.messageId === '__internal'
      ? INTERNAL_MESSAGES[lang]
      : (rule.messages[lang][report.messageId] ?? rule.messages.zh[report.messageId] ?? report.messageId);
  const message = fillTemplate(template, {
    rule: rule.id,
    expected: report.expected ?? '',
    actual: report.actual ?? '',
    ...report.data,
  });
  const finding: Finding = {
    sheet,
    cell: 'top' in report.at ? areaToA1(report.at) : toA1(report.at.row, report.at.col),
    rule: rule.id,
    severity: report.severity ?? rule.severity,
    message,
    expected: report.expected,
    actual: report.actual,
  };
  // A non-finite fix (from a computation that overflowed) is no remedy: never offered, never serialised as null.
  const usable = typeof report.fix === 'string' || (report.fix !== undefined && Number.isFinite(report.fix));
  return usable ? { ...finding, fix: report.fix } : finding;
}

export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

function withProfile(finding: Finding, profile: string | undefined): Finding {
  return profile ? { ...finding, profile } : finding;
}

function topLeft(at: CellPosition | CellArea): CellPosition {
  return 'top' in at ? { row: at.top, col: at.left } : at;
}
