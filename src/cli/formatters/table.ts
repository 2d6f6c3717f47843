// The terminal's format: per file, its findings grouped by table in aligned columns, then one summary line.
import { safeForTerminal } from '../terminal-text';
import { parseA1, parseA1Area } from '../../engine/grid/a1';
import type { TableSummary } from '../../engine/check';
import type { Finding, Lang, Severity } from '../../engine/rules/types';
import { alignColumns } from '../display-width';
import { MESSAGES, say } from '../messages';
import { failedFiles, isUnreadable, type FileOutcome } from '../report/outcome';
import { formatWhole } from './streamed';
import type { FormatStream, Formatter } from './types';

export interface FileReport {
  readonly file: string;
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
}

export const tableFormatter: Formatter = {
  id: 'table',
  extensions: ['.txt'],
  stream: ({ lang }) => tableStream(lang),
  format: (outcomes, { lang }) => formatWhole(tableStream(lang), outcomes),
};

/** Each checked file's lines as soon as it is checked, then the summary line. */
function tableStream(lang: Lang): FormatStream {
  return {
    // Cell text and file names are shown with control characters escaped (ESC, BEL, OSC-8 links).
    next: (outcome) =>
      isUnreadable(outcome) ? undefined : formatFileReport(outcome, lang).map(safeForTerminal).join('\n'),
    end: (outcomes) => totalLine(outcomes, lang),
  };
}

export function totalLine(outcomes: readonly FileOutcome[], lang: Lang): string {
  const counts = countBySeverity(outcomes.flatMap((o) => (isUnreadable(o) ? [] : o.findings)));
  return say(MESSAGES[lang].totalSummary, {
    files: outcomes.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    unusable: failedFiles(outcomes).length,
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** A file's findings grouped by the table that holds their cell, as aligned lines. */
export function formatFileReport(report: FileReport, lang: Lang): string[] {
  const m = MESSAGES[lang];
  const lines = [report.file];
  if (report.tables.length === 0) lines.push(`  ${m.noTables}`);
  else lines.push(`  ${say(m.tablesFound, { count: report.tables.length })}`);
  const groups = groupByTable(report);
  for (const { table, sheet, findings } of groups) {
    const heading = table
      ? `${table.sheet} ${table.range} · ${m.kind[table.kind]}${table.profile ? ` · ${say(m.profileOf, { profile: table.profile })}` : ''}`
      : `${sheet} ${m.outsideTables}`;
    lines.push(`  ${heading}`);
    if (findings.length === 0) {
      lines.push(`    ${m.noFindings}`);
      continue;
    }
    const { shown, hidden } = collapseInfo(findings);
    const rows = [
      [...m.columns],
      ...shown.map((f) => [
        f.cell,
        m.severity[f.severity],
        f.rule,
        f.expected ?? '',
        f.actual ?? '',
        f.message,
      ]),
    ];
    for (const line of alignColumns(rows)) lines.push(`    ${line}`);
    for (const [rule, count] of hidden) lines.push(`    ${say(m.moreInfo, { count, rule })}`);
  }
  const counts = countBySeverity(report.findings);
  lines.push(
    `  ${say(m.fileSummary, { errors: counts.error, warnings: counts.warning, infos: counts.info })}`,
  );
  return lines;
}

/** Beyond this many info findings of one rule in a table, the terminal shows a count (JSON lists them all). */
export const INFO_SHOWN_PER_RULE = 3;

function collapseInfo(findings: readonly Finding[]): { shown: Finding[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown: Finding[] = [];
  for (const finding of findings) {
    if (finding.severity !== 'info') {
      shown.push(finding);
      continue;
    }
    const count = (seen.get(finding.rule) ?? 0) + 1;
    seen.set(finding.rule, count);
    if (count <= INFO_SHOWN_PER_RULE) shown.push(finding);
    else hidden.set(finding.rule, (hidden.get(finding.rule) ?? 0) + 1);
  }
  return { shown, hidden };
}

interface Group {
  readonly table?: TableSummary;
  readonly sheet: string;
  readonly findings: Finding[];
}

function groupByTable(report: FileReport): Group[] {
  const groups: Group[] = report.tables.map((table) => ({ table, sheet: table.sheet, findings: [] }));
  const outside = new Map<string, Group>();
  for (const finding of report.findings) {
    const home = groups.find(
      (g) => g.table && g.sheet === finding.sheet && contains(g.table.range, finding.cell),
    );
    if (home) home.findings.push(finding);
    else {
      const group = outside.get(finding.sheet) ?? { sheet: finding.sheet, findings: [] };
      outside.set(finding.sheet, group);
      group.findings.push(finding);
    }
  }
  return [...groups, ...outside.values()];
}

function contains(range: string, cell: string): boolean {
  const area = parseA1Area(range);
  const at = parseA1(cell.split(':')[0]);
  return (
    !!area &&
    !!at &&
    at.row >= area.top &&
    at.row <= area.bottom &&
    at.col >= area.left &&
    at.col <= area.right
  );
}
