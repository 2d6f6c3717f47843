/**
 * Scoring conventions some regions add (DOMAIN.md "Regional conventions"), reported as warnings that cite them —
 * only for tables whose profile switches them on (no shipped profile does; a bureau's own profile may):
 * - totalCapByRate: 总分 capped by the 执行率 band (70–80% → 89, 60–70% → 79, 50–60% → 69, < 50% → 59);
 * - overshoot: a 完成值 more than 30% above a positive (≥) target counts as 指标偏离 (the manual deducts 2 points).
 */
import type { RecognizedTable } from '../model/tables';
import { profileById } from '../profiles';
import type { TemplateProfile } from '../profiles/types';
import { actualReadings, resolveTarget } from './support/direction';
import { formatPlain } from './support/format';
import { cellText, indicatorName, indicatorRows } from './support/indicators';
import { figureOf, formatActual, numberOf } from './support/shown';
import type { Rule, RuleContext, RuleReport } from './types';

/** 执行率 below `below` caps 总分 at `cap`; the first band that applies wins. */
const RATE_BANDS: readonly { readonly below: number; readonly cap: number }[] = [
  { below: 0.5, cap: 59 },
  { below: 0.6, cap: 69 },
  { below: 0.7, cap: 79 },
  { below: 0.8, cap: 89 },
];

const OVERSHOOT = 1.3;

export const profileConvention: Rule = {
  id: 'profile-convention',
  severity: 'warning',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '模板配置启用的地方评分惯例：按执行率封顶总分、完成值超出指标值 30% 以上视为指标偏离（默认不启用）。',
    en: "Regional scoring conventions a table's profile switches on: 总分 capped by the execution-rate band, a result more than 30% above its target counted as a deviation (off by default).",
  },
  messages: {
    zh: {
      totalCap: '按 {profile} 的评分惯例，执行率 {rate} 时总分不超过 {expected} 分，表中为 {actual}。',
      overshoot:
        '按 {profile} 的评分惯例，“{name}”实际完成值 {actualValue} 超出年度指标值 {target} 30% 以上，视为指标偏离（扣 2 分），却得满分 {score}。',
    },
    en: {
      totalCap:
        'Under the {profile} convention, an execution rate of {rate} caps the total at {expected}; the sheet shows {actual}.',
      overshoot:
        'Under the {profile} convention, "{name}" reached {actualValue}, more than 30% above its target {target}: a deviation (2 points off), yet it scores full marks ({score}).',
    },
  },
  check(table: RecognizedTable, context: RuleContext): RuleReport[] {
    const profile = table.profile ? profileById(table.profile, context.profiles) : undefined;
    if (!profile || table.kind === 'basic-data') return [];
    return [
      ...(profile.conventions.totalCapByRate ? totalCap(table, profile) : []),
      ...(profile.conventions.overshoot ? overshoot(table, profile) : []),
    ];
  },
};

function totalCap(table: RecognizedTable, profile: TemplateProfile): RuleReport[] {
  if (table.kind === 'basic-data' || !table.funding || !table.indicators?.total) return [];
  const budget = numberOf(table.funding.total.fullYearBudget);
  const executed = numberOf(table.funding.total.executed);
  const total = numberOf(table.indicators.total.score);
  if (budget === undefined || executed === undefined || total === undefined || budget <= 0) return [];
  const ratio = executed / budget;
  const band = RATE_BANDS.find((candidate) => ratio < candidate.below);
  if (!band || total <= band.cap) return [];
  return [
    {
      at: table.indicators.total.score.at,
      messageId: 'totalCap',
      data: { profile: profile.name.zh, rate: `${formatPlain(ratio * 100, 2)}%` },
      expected: `≤ ${band.cap}`,
      actual: formatActual(table.indicators.total.score, 'score'),
    },
  ];
}

function overshoot(table: RecognizedTable, profile: TemplateProfile): RuleReport[] {
  return indicatorRows(table).flatMap((row): RuleReport[] => {
    const weight = numberOf(row.weight);
    const score = numberOf(row.score);
    const target = resolveTarget(row);
    if (weight === undefined || score === undefined || score < weight || target?.kind !== 'quantity')
      return [];
    if (target.comparison !== '>=' && target.comparison !== '>') return [];
    if (target.value <= 0 || (target.percent && target.value >= 1)) return [];
    const readings = actualReadings(figureOf(row.actual), target);
    if (readings.length === 0 || readings.some((actual) => actual <= target.value * OVERSHOOT)) return [];
    return [
      {
        at: row.actual.at,
        messageId: 'overshoot',
        data: {
          profile: profile.name.zh,
          name: indicatorName(row),
          actualValue: cellText(row.actual),
          target: cellText(row.target),
          score: formatActual(row.score, 'score'),
        },
        expected: null,
        actual: cellText(row.actual),
      },
    ];
  });
}
