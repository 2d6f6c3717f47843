/**
 * An indicator with full marks whose 实际完成值 misses its quantitative 年度指标值 (≤127.73万元 against
 * 161.73万元, 20 of 20). A warning with a suggested score from DOMAIN.md's scoring, never a fix: the score is
 * the filer's judgement. Positive targets (≥, >): 实际/目标 × 分值; negative (≤, <): 目标/实际 × 分值; '=' by
 * whichever side was missed; all capped at 分值.
 */
import type { Comparison } from '../figures/types';
import type { IndicatorRow, RecognizedTable } from '../model/tables';
import { roundHalfUp, toUnits } from './support/decimal';
import { formatPlain } from './support/format';
import { cellText, indicatorName, indicatorRows } from './support/indicators';
import { figureOf, formatActual, numberOf } from './support/shown';
import type { Rule, RuleReport } from './types';

export const targetUnmet: Rule = {
  id: 'target-unmet',
  severity: 'warning',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '实际完成值未达到量化的年度指标值，却给了满分。',
    en: 'An indicator gets full marks although its actual value misses a quantitative target.',
  },
  messages: {
    zh: {
      missed:
        '“{name}”年度指标值为 {target}，实际完成值 {actualValue} 未达到，却得满分 {score}；按完成比例建议得分约 {suggested}。',
    },
    en: {
      missed:
        '"{name}" has the target {target} and the actual value {actualValue} misses it, yet it scores full marks ({score}); in proportion it would score about {suggested}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    return indicatorRows(table).flatMap(checkRow);
  },
};

function checkRow(row: IndicatorRow): RuleReport[] {
  const target = row.targetParsed;
  const weight = numberOf(row.weight);
  const score = numberOf(row.score);
  const actual = actualValue(row);
  if (target.kind !== 'quantitative' || actual === undefined || weight === undefined || score === undefined)
    return [];
  if (weight <= 0 || toUnits(score, 2) < toUnits(weight, 2)) return [];
  const decimals = target.percent ? 4 : 2;
  if (meets(toUnits(actual, decimals), target.comparison, toUnits(target.value, decimals))) return [];
  const suggested = roundHalfUp(weight * Math.min(proportion(actual, target.comparison, target.value), 1), 2);
  const targetText = cellText(row.target);
  const actualText = cellText(row.actual);
  return [
    {
      at: row.score.at,
      messageId: 'missed',
      data: {
        name: indicatorName(row),
        target: targetText,
        actualValue: actualText,
        score: formatActual(row.score, 'score'),
        suggested: formatPlain(suggested),
      },
      expected: targetText,
      actual: actualText,
    },
  ];
}

/**
 * The 实际完成值 in the target's unit. A percent target read against a bare number above 1.5 takes it as a
 * whole percent (95 meaning 95%), the same convention the rate cells follow; a plain target against a
 * percent figure compares unlike things and is skipped.
 */
function actualValue(row: IndicatorRow): number | undefined {
  const figure = figureOf(row.actual);
  const target = row.targetParsed;
  if (!figure || target.kind !== 'quantitative') return undefined;
  if (target.percent)
    return figure.percent || Math.abs(figure.value) <= 1.5 ? figure.value : figure.value / 100;
  return figure.percent ? undefined : figure.value;
}

function meets(actual: number, comparison: Comparison, target: number): boolean {
  switch (comparison) {
    case '>=':
      return actual >= target;
    case '>':
      return actual > target;
    case '<=':
      return actual <= target;
    case '<':
      return actual < target;
    case '=':
      return actual === target;
  }
}

/** How much of the target was achieved, by the direction the target faces. */
function proportion(actual: number, comparison: Comparison, target: number): number {
  const lowerIsBetter = comparison === '<=' || comparison === '<' || (comparison === '=' && actual > target);
  if (lowerIsBetter) return actual === 0 ? 1 : Math.max(target / actual, 0);
  return target === 0 ? 1 : Math.max(actual / target, 0);
}
