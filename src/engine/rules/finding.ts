/** A rule's report as a person reads it: a Finding in the requested language. */
import { areaToA1, toA1 } from '../grid/a1';
import type { CellArea, CellPosition } from '../grid/types';
import { fillReport } from './template';
import type { Finding, Lang, Rule, RuleReport } from './types';

const INTERNAL_MESSAGES: Record<Lang, string> = {
  zh: '规则 {rule} 运行出错，已跳过：{detail}',
  en: 'Rule {rule} failed and was skipped: {detail}',
};

/** The A1 cell (or range) a report points at. */
export function cellOf(at: CellPosition | CellArea): string {
  return 'top' in at ? areaToA1(at) : toA1(at.row, at.col);
}

export function messageOf(rule: Rule, report: RuleReport, lang: Lang): string {
  const template =
    report.messageId === '__internal'
      ? INTERNAL_MESSAGES[lang]
      : (rule.messages[lang][report.messageId] ?? rule.messages.zh[report.messageId] ?? report.messageId);
  return fillReport(template, rule.id, report.expected ?? '', report.actual ?? '', report.data);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function toFinding(
  rule: Rule,
  report: RuleReport,
  sheet: string,
  lang: Lang,
  profile: string | undefined,
): Finding {
  // Built in one go, fields in the order they always had (the CLI's JSON prints them in this order).
  const finding: Mutable<Finding> = {
    sheet,
    cell: cellOf(report.at),
    rule: rule.id,
    severity: report.severity ?? rule.severity,
    message: messageOf(rule, report, lang),
    expected: report.expected,
    actual: report.actual,
  };
  // A non-finite fix (from a computation that overflowed) is no remedy: never offered, never serialised as null.
  if (typeof report.fix === 'string' || (report.fix !== undefined && Number.isFinite(report.fix)))
    finding.fix = report.fix;
  if (profile) finding.profile = profile;
  return finding;
}

/**
 * Exact repeats (same cell, rule and message) are reported once. Keyed by cell and rule first, so a message
 * is compared, and for a re-check written at all, only when another finding shares its cell and rule.
 */
export class Repeats {
  private readonly messages = new Map<string, (string | (() => string))[]>();

  isNew(key: string, message: string | (() => string)): boolean {
    const earlier = this.messages.get(key);
    if (!earlier) {
      this.messages.set(key, [message]);
      return true;
    }
    const text = typeof message === 'string' ? message : message();
    for (let index = 0; index < earlier.length; index++) {
      let other = earlier[index];
      if (typeof other !== 'string') {
        other = other();
        earlier[index] = other;
      }
      if (other === text) return false;
    }
    earlier.push(text);
    return true;
  }
}
