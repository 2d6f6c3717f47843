/**
 * The 按收入性质分 parts (一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金) add up to 全年执行数:
 * an error when they do not. The 按支出性质分 parts (基本支出, 项目支出) likewise, but only a warning, because
 * some filers split by another basis (the budget, or the basic-data table's 决算数).
 */
import type { CellArea, CellPosition } from '../grid/types';
import type { Field, LabelledFigure, RecognizedTable } from '../model/tables';
import { sameAt } from './support/decimal';
import { formatPlain, formatTerms } from './support/format';
import { comparisonDecimals, formatActual, numberOf, shownDecimals } from './support/shown';
import { sumParts } from './support/sums';
import type { Rule, RuleReport, Severity } from './types';

export const fundingBreakdown: Rule = {
  id: 'funding-breakdown',
  severity: 'error',
  appliesTo: ['overall-self-eval'],
  description: {
    zh: '按收入性质分、按支出性质分的各项之和应等于全年执行数。',
    en: 'The funding split by source, and the split by nature, each add up to the amount executed.',
  },
  messages: {
    zh: {
      bySource: '按收入性质分各项之和为 {actual}（{terms}），与全年执行数 {expected} 不符。',
      byNature:
        '按支出性质分各项之和为 {actual}（{terms}），与全年执行数 {expected} 不符（如按其他口径填报，请说明）。',
    },
    en: {
      bySource: 'The funding by source adds up to {actual} ({terms}), not the {expected} executed.',
      byNature:
        'The spending by nature adds up to {actual} ({terms}), not the {expected} executed (if another basis was used, say so).',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind !== 'overall-self-eval' || !table.funding) return [];
    const executed = table.funding.total.executed;
    return [
      ...checkSplit(table.bySource, executed, 'bySource', 'error'),
      ...checkSplit(table.byNature, executed, 'byNature', 'warning'),
    ];
  },
};

function checkSplit(
  parts: readonly LabelledFigure[],
  executed: Field,
  messageId: string,
  severity: Severity,
): RuleReport[] {
  const total = numberOf(executed);
  const sum = sumParts(parts.map((part) => part.field));
  if (total === undefined || !sum) return [];
  const decimals = comparisonDecimals(executed, 'money', Math.max(sum.decimals, shownDecimals(executed)));
  if (sameAt(sum.sum, total, decimals)) return [];
  return [
    {
      at: spanOf(parts.map((part) => part.field.at)),
      messageId,
      severity,
      data: { terms: formatTerms(sum.counted) },
      expected: formatActual(executed, 'money'),
      actual: formatPlain(sum.sum),
    },
  ];
}

/** The cells of a split, as one area: which part is wrong is for the filer to say. */
function spanOf(positions: readonly CellPosition[]): CellArea | CellPosition {
  if (positions.length === 1) return positions[0];
  const rows = positions.map((at) => at.row);
  const cols = positions.map((at) => at.col);
  return {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
}
