/**
 * 全年执行数 above 全年预算数: spending beyond the budget is flagged whatever the rate cell shows (a rate
 * formatted "0%" shows 100.2% as 100%, and a rate cell may be blank or missing).
 */
import type { Field, FundingRow, RecognizedTable } from '../model/tables';
import { figureOf, formatActual } from './support/shown';
import type { Rule, RuleReport } from './types';

export const overBudget: Rule = {
  id: 'over-budget',
  severity: 'warning',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '全年执行数不应超过全年预算数。',
    en: 'The amount executed should not exceed the full-year budget.',
  },
  messages: {
    zh: {
      over: '{label}全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}，超过 100%）。',
    },
    en: {
      over: 'The {label} amount executed, {executed}, exceeds the full-year budget {budget} (execution rate {rate}, above 100%).',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.funding) return [];
    // The 年度资金总额 row only: a 其中 row over its own budget shows up in the sums' checks (sub-total,
    // funding-breakdown) as the root, and flagging it here too would double one mistake.
    return checkRow(table.funding.total);
  },
};

function checkRow(row: FundingRow): RuleReport[] {
  const executed = figureOf(row.executed);
  const budget = figureOf(row.fullYearBudget);
  if (!executed || !budget || budget.value <= 0) return [];
  // Compared at the precision the sheet shows both figures in, so 826.364 against 826.36 shown is not "over".
  const decimals = Math.max(executed.decimals, budget.decimals);
  if (!(rounded(executed.value, decimals) > rounded(budget.value, decimals))) return [];
  return [
    {
      at: row.executed.at,
      messageId: 'over',
      data: {
        label: row.label.trim(),
        executed: shown(row.executed),
        budget: shown(row.fullYearBudget),
        rate: `${((executed.value / budget.value) * 100).toFixed(2)}%`,
      },
      expected: null,
      actual: shown(row.executed),
    },
  ];
}

function shown(field: Field): string {
  return formatActual(field, 'money');
}

function rounded(value: number, decimals: number): number {
  const scale = 10 ** Math.min(decimals, 10);
  return Math.round(value * scale) / scale;
}
