// The summary's rows, shared by the workbook and the HTML: one per file, worst first.
import * as path from 'node:path';
import type { Lang } from '../../engine/rules/types';
import { countBySeverity } from '../formatters/table';
import { MESSAGES, say } from '../messages';
import { isUnreadable, type FileOutcome } from './outcome';
import { REPORT_MESSAGES } from './report-messages';

export interface SummaryRow {
  readonly outcome: FileOutcome;
  readonly file: string;
  readonly unit?: string;
  readonly year?: number;
  readonly tables?: number;
  readonly statedTotal?: number;
  /** Where the sheet's 合计 covers the indicators alone (Sichuan): how statedTotal was made from it. */
  readonly statedTotalNote?: string;
  readonly recomputedTotal?: number;
  /** The grade the recomputed total earns, with the stated one when they differ. */
  readonly grade?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly status: 'unreadable' | 'errors' | 'warnings' | 'clean';
  readonly statusText: string;
  /** The annotated copy, relative to the report file when there is one. */
  readonly copyLink?: string;
  /** Why the annotated copy is missing, when writing it failed. */
  readonly copyProblem?: string;
}

const STATUS_RANK: Record<SummaryRow['status'], number> = { unreadable: 3, errors: 2, warnings: 1, clean: 0 };

/** Unreadable files first (nothing could be assessed), then most errors, most warnings, most notes, by name. */
export function summaryRows(outcomes: readonly FileOutcome[], lang: Lang, reportPath?: string): SummaryRow[] {
  const rows = outcomes.map((outcome) => rowOf(outcome, lang, reportPath));
  return rows.sort(
    (a, b) =>
      STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
      b.errors - a.errors ||
      b.warnings - a.warnings ||
      b.infos - a.infos ||
      a.file.localeCompare(b.file),
  );
}

function rowOf(outcome: FileOutcome, lang: Lang, reportPath?: string): SummaryRow {
  const r = REPORT_MESSAGES[lang];
  if (isUnreadable(outcome)) {
    const reason = stripFile(outcome.unreadable.message, outcome.file);
    return {
      outcome,
      file: outcome.file,
      errors: 0,
      warnings: 0,
      infos: 0,
      status: 'unreadable',
      statusText: say(r.unreadable, { reason }),
    };
  }
  const counts = countBySeverity(outcome.findings);
  const { overview } = outcome;
  const status = counts.error > 0 ? 'errors' : counts.warning > 0 ? 'warnings' : 'clean';
  const statusText = { errors: r.hasErrors, warnings: r.hasWarnings, clean: r.clean }[status];
  const grade =
    overview.grade && overview.statedGrade && !overview.statedGrade.startsWith(overview.grade)
      ? `${overview.grade}（${say(r.statedGrade, { grade: overview.statedGrade })}）`
      : overview.grade;
  return {
    outcome,
    file: outcome.file,
    unit: overview.unit,
    year: overview.year,
    tables: outcome.tables.length,
    statedTotal: overview.statedTotal,
    ...(overview.statedIndicatorTotal !== undefined && overview.statedTotal !== undefined
      ? {
          statedTotalNote: say(r.indicatorTotal, {
            indicators: overview.statedIndicatorTotal.toFixed(2),
            execution: (overview.statedTotal - overview.statedIndicatorTotal).toFixed(2),
          }),
        }
      : {}),
    recomputedTotal: overview.recomputedTotal,
    grade,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    status,
    statusText,
    copyLink: outcome.copy ? linkTo(outcome.copy, reportPath) : undefined,
    copyProblem: outcome.copyFailure ? stripFile(outcome.copyFailure.message, outcome.file) : undefined,
  };
}

/** The unusable messages start with the file name ("{file}：…"); the row already shows it. */
function stripFile(message: string, file: string): string {
  for (const prefix of [`${file}：`, `${file}: `])
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}

/** A link that still works when the report and the copies are moved together: relative, with forward slashes. */
export function linkTo(target: string, reportPath?: string): string {
  const from = reportPath ? path.dirname(path.resolve(reportPath)) : process.cwd();
  return path.relative(from, path.resolve(target)).split(path.sep).join('/');
}

export function unusableMessage(
  lang: Lang,
  reason: keyof (typeof MESSAGES)['zh']['unusable'],
  file: string,
  detail: string,
): string {
  return say(MESSAGES[lang].unusable[reason], { file, detail });
}
