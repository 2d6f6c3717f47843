/** 执行率 = 全年执行数 / 全年预算数, for 年度资金总额 and any 其中 row that repeats a rate. */
import type { FundingRow, RecognizedTable } from '../model/tables';
import { checkRatio } from './support/ratio';
import { formatActual, mismatch } from './support/shown';
import type { Rule, RuleReport } from './types';

export const executionRate: Rule = {
  id: 'execution-rate',
  severity: 'error',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '执行率应等于全年执行数除以全年预算数。',
    en: 'The execution rate equals the amount executed divided by the full-year budget.',
  },
  messages: {
    zh: {
      wrong: '{label}执行率应为 {expected}（全年执行数 {executed} ÷ 全年预算数 {budget}），表中为 {actual}。',
      blank: '{label}执行率未填写，按全年执行数 {executed} ÷ 全年预算数 {budget} 应为 {expected}。',
    },
    en: {
      wrong:
        'The {label} execution rate should be {expected} (executed {executed} ÷ full-year budget {budget}); the sheet shows {actual}.',
      blank:
        'The {label} execution rate is blank; executed {executed} ÷ full-year budget {budget} gives {expected}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.funding) return [];
    const { total, parts } = table.funding;
    return [checkRow(total, true), ...parts.map((part) => checkRow(part, false))].flat();
  },
};

/** The 其中 rows may leave the rate blank; only 年度资金总额 must state one. */
function checkRow(row: FundingRow, isTotal: boolean): RuleReport[] {
  const result = checkRatio(row.rate, row.executed, row.fullYearBudget);
  if (!result || result.status === 'agrees' || (result.status === 'blank' && !isTotal)) return [];
  const found = mismatch(row.rate, 'rate', result.ratio);
  const data = {
    label: row.label.trim(),
    executed: formatActual(row.executed, 'money'),
    budget: formatActual(row.fullYearBudget, 'money'),
  };
  if (result.status === 'blank') {
    return [{ at: row.rate.at, messageId: 'blank', severity: 'warning', data, ...found }];
  }
  return [{ at: row.rate.at, messageId: 'wrong', data, ...found }];
}
