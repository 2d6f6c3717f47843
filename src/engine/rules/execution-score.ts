/**
 * 执行率得分 = 分值 × min(执行率, 1), rounded to 0.01, with the rate taken from the money (全年执行数 ÷ 全年预算数)
 * even when the rate cell is wrong. A score that only follows from the rounded rate (10 × 92.85% = 9.285 → 9.29
 * instead of 10 × 767.27/826.36 = 9.2849 → 9.28) is a rounding-order warning, not an error.
 */
import type { FundingRow, RecognizedTable } from '../model/tables';
import { roundHalfUp } from './support/decimal';
import { formatPlain } from './support/format';
import {
  agrees,
  canonicalDecimals,
  comparisonDecimals,
  displayOf,
  figureOf,
  formatActual,
  formatIn,
  mismatch,
  numberOf,
} from './support/shown';
import type { Rule, RuleReport } from './types';

/** The 执行率得分 of a funding row computed from its money; undefined when the row cannot be scored. */
export function expectedExecutionScore(row: FundingRow): number | undefined {
  return executionScoreOf(numberOf(row.weight), numberOf(row.fullYearBudget), numberOf(row.executed));
}

/** The same from the figures themselves (the fix plan's search tries values without building rows). */
export function executionScoreOf(
  weight: number | undefined,
  budget: number | undefined,
  executed: number | undefined,
): number | undefined {
  if (weight === undefined || budget === undefined || executed === undefined || budget === 0)
    return undefined;
  return roundHalfUp(weight * Math.min(executed / budget, 1), 2);
}

export const executionScore: Rule = {
  id: 'execution-score',
  severity: 'error',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '执行率得分应等于分值 × min(执行率, 1)，保留两位小数；执行率按全年执行数 ÷ 全年预算数精确计算。',
    en: 'The execution score equals weight × min(execution rate, 1) to 0.01, with the rate computed exactly from the money.',
  },
  messages: {
    zh: {
      wrong: '{label}执行率得分应为 {expected}（分值 {weight} × 执行率 {rate}），表中为 {actual}。',
      wrongCapped:
        '{label}执行率得分应为 {expected}（执行率 {rate} 超过 100%，按 100% 计：分值 {weight} × 100%），表中为 {actual}。',
      roundingOrder:
        '{label}执行率得分 {actual} 是按四舍五入后的执行率算的（{weight} × {shownRate} = {viaRounded}）；按 {weight} × {executed} ÷ {budget} = {exact} 精确计算，保留两位小数应为 {expected}。两者只差在四舍五入的先后。',
      blank: '{label}执行率得分未填写，按分值 {weight} × min(执行率 {rate}, 100%) 应为 {expected}。',
    },
    en: {
      wrong:
        'The {label} execution score should be {expected} (weight {weight} × rate {rate}); the sheet shows {actual}.',
      wrongCapped:
        'The {label} execution score should be {expected} (the rate {rate} is above 100% and counts as 100%: weight {weight} × 100%); the sheet shows {actual}.',
      roundingOrder:
        'The {label} execution score {actual} was computed from the rounded rate ({weight} × {shownRate} = {viaRounded}); computed exactly, {weight} × {executed} ÷ {budget} = {exact}, which rounds to {expected}. The only difference is the order of rounding.',
      blank:
        'The {label} execution score is blank; weight {weight} × min(rate {rate}, 100%) gives {expected}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.funding) return [];
    const { total, parts } = table.funding;
    return [checkRow(total, true), ...parts.map((part) => checkRow(part, false))].flat();
  },
};

function checkRow(row: FundingRow, isTotal: boolean): RuleReport[] {
  const expected = expectedExecutionScore(row);
  const weight = numberOf(row.weight);
  if (expected === undefined || weight === undefined) return [];
  const ratio = (numberOf(row.executed) ?? 0) / (numberOf(row.fullYearBudget) ?? 1);
  const capped = Math.min(ratio, 1);
  // Written only for a finding: most rows score right.
  const dataOf = () => ({
    label: row.label.trim(),
    weight: formatActual(row.weight, 'score'),
    rate: `${formatPlain(ratio * 100, 2)}%`,
    executed: formatActual(row.executed, 'money'),
    budget: formatActual(row.fullYearBudget, 'money'),
  });
  const score = row.score;
  if (score.figure.kind === 'none') {
    if (!isTotal || score.figure.reason !== 'empty') return [];
    return [
      {
        at: score.at,
        messageId: 'blank',
        severity: 'warning',
        data: dataOf(),
        ...mismatch(score, 'score', expected),
      },
    ];
  }
  // The score is defined to 0.01: a whole "10" where 9.50 is due is wrong, not a coarser display of it.
  if (agrees(score, 'score', expected, 2)) return [];
  const data = dataOf();
  const viaRounded = scoreFromShownRate(row, weight, ratio);
  if (viaRounded !== undefined && agrees(score, 'score', viaRounded.score, 2)) {
    return [
      {
        at: score.at,
        messageId: 'roundingOrder',
        severity: 'warning',
        data: {
          ...data,
          shownRate: viaRounded.shownRate,
          viaRounded: formatPlain(viaRounded.score, 6),
          exact: formatPlain(weight * capped, 4),
        },
        ...mismatch(score, 'score', expected),
      },
    ];
  }
  const messageId = ratio > 1 ? 'wrongCapped' : 'wrong';
  return [{ at: score.at, messageId, data, ...mismatch(score, 'score', expected) }];
}

/** The score a clerk gets from the rate cell as displayed, when that rate is itself right at its precision. */
export function scoreFromShownRate(
  row: FundingRow,
  weight: number,
  ratio: number,
): { score: number; shownRate: string } | undefined {
  const rate = figureOf(row.rate);
  if (!rate || !agrees(row.rate, 'rate', ratio)) return undefined;
  const display = displayOf(row.rate, 'rate');
  const decimals = comparisonDecimals(row.rate, 'rate', 0);
  const shown =
    roundHalfUp(rate.value * display.factor, Math.min(decimals, canonicalDecimals('rate', display.factor))) /
    display.factor;
  return {
    score: weight * Math.min(shown, 1),
    shownRate: formatIn({ ...display, percentSign: display.factor === 100 }, shown, decimals),
  };
}
