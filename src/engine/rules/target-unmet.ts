/**
 * An indicator with full marks whose 实际完成值 misses its target (≤127.73万元 against 161.73万元, 20 of 20). The
 * direction is read wherever the table writes it (support/direction.ts), so a met target is never flagged, either
 * way, including a value exactly at the limit. A warning with a suggested score, never a fix: the score is the
 * filer's judgement. 正向 (≥, >): 完成值 ÷ 指标值 × 分值; 反向 (≤, <): 指标值 ÷ 完成值 × 分值; '=' by whichever side
 * was missed; all capped at 分值. 定性 targets compare as categories (达成 > 部分达成 > 未达成): 部分达成 suggests
 * 60–80% of 分值, 未达成 0–60% (DOMAIN.md).
 */
import type { Comparison } from '../figures/types';
import type { IndicatorRow, RecognizedTable } from '../model/tables';
import {
  category,
  resolveChange,
  resolveTarget,
  actualReadings,
  type QuantityTarget,
} from './support/direction';
import { roundHalfUp, toUnits } from './support/decimal';
import { formatPlain } from './support/format';
import { cellText, indicatorName, indicatorRows } from './support/indicators';
import { figureOf, formatActual, numberOf } from './support/shown';
import { reportsOf } from './support/collect';
import type { Rule, RuleReport } from './types';

export const targetUnmet: Rule = {
  id: 'target-unmet',
  severity: 'warning',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '实际完成值未达到年度指标值（按指标方向判断），却给了满分。',
    en: 'An indicator gets full marks although its actual value misses its target (in the direction the target faces).',
  },
  messages: {
    zh: {
      missed:
        '“{name}”年度指标值为 {target}，实际完成值 {actualValue} 未达到，却得满分 {score}；按完成比例建议得分约 {suggested}。',
      missedCategory:
        '“{name}”年度指标值为“{target}”，实际完成值为“{actualValue}”，未达到，却得满分 {score}；按定性指标评分办法建议得分在 {low}–{high} 之间。',
    },
    en: {
      missed:
        '"{name}" has the target {target} and the actual value {actualValue} misses it, yet it scores full marks ({score}); in proportion it would score about {suggested}.',
      missedCategory:
        '"{name}" has the target "{target}" and the result "{actualValue}" falls short of it, yet it scores full marks ({score}); the qualitative scoring suggests between {low} and {high}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    return reportsOf(indicatorRows(table), checkRow);
  },
};

function checkRow(row: IndicatorRow): RuleReport | undefined {
  const weight = numberOf(row.weight);
  const score = numberOf(row.score);
  if (weight === undefined || score === undefined) return undefined;
  if (weight <= 0 || toUnits(score, 2) < toUnits(weight, 2)) return undefined;
  const change = resolveChange(row);
  const target = change?.target ?? resolveTarget(row);
  if (!target) return undefined;
  if (target.kind === 'category') return checkCategory(row, target.family, target.rank, weight);
  const readings = change?.readings ?? actualReadings(figureOf(row.actual), target);
  if (readings.length === 0) return undefined;
  const decimals = target.percent ? 4 : 2;
  const limit = toUnits(target.value, decimals);
  if (readings.some((actual) => meets(toUnits(actual, decimals), target.comparison, limit))) return undefined;
  const suggested = roundHalfUp(weight * Math.min(proportion(readings[0], target), 1), 2);
  return report(row, 'missed', { suggested: formatPlain(suggested) });
}

function checkCategory(
  row: IndicatorRow,
  family: number,
  rank: number,
  weight: number,
): RuleReport | undefined {
  const actual = category(cellText(row.actual));
  if (!actual || actual.family !== family || actual.rank >= rank) return undefined;
  // One step short is 部分达成 (60–80% of 分值); more, or a plain no, is 未达成 (0–60%).
  const partial = rank - actual.rank === 1 && actual.rank > 1;
  const [low, high] = partial ? [0.6, 0.8] : [0, 0.6];
  return report(row, 'missedCategory', {
    low: formatPlain(roundHalfUp(weight * low, 2)),
    high: formatPlain(roundHalfUp(weight * high, 2)),
  });
}

function report(
  row: IndicatorRow,
  messageId: 'missed' | 'missedCategory',
  extra: Record<string, string>,
): RuleReport {
  const targetText = cellText(row.target);
  const actualText = cellText(row.actual);
  const unit = cellText(row.unit);
  const withUnit = (text: string) =>
    unit && !text.endsWith(unit) && /\d$/.test(text) ? `${text}${unit}` : text;
  return {
    at: row.score.at,
    messageId,
    data: {
      name: indicatorName(row),
      target: withUnit(natureText(row) + targetText),
      actualValue: withUnit(actualText),
      score: formatActual(row.score, 'score'),
      ...extra,
    },
    expected: targetText,
    actual: actualText,
  };
}

/** A 指标性质 operator shown before a bare 指标值, so the message reads "≥1200次". */
function natureText(row: IndicatorRow): string {
  const nature = cellText(row.nature);
  return /^[≥≤=<>＝﹦]+$/.test(nature) && !/^[≥≤=<>＝﹦]/.test(cellText(row.target)) ? nature : '';
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
function proportion(actual: number, target: QuantityTarget): number {
  const { comparison, value } = target;
  const lowerIsBetter = comparison === '<=' || comparison === '<' || (comparison === '=' && actual > value);
  if (lowerIsBetter) return actual === 0 ? 1 : Math.max(value / actual, 0);
  return value === 0 ? 1 : Math.max(actual / value, 0);
}
