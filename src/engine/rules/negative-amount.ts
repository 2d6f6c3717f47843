/**
 * A negative amount (公用经费 −12.5, 全年执行数 −3) is almost always a typing slip: budgets and spending in these
 * tables are never below zero. Flagged as a warning, since a refund can legitimately show as a negative.
 */
import type { Field, RecognizedTable } from '../model/tables';
import { figureOf, formatActual } from './support/shown';
import type { Rule, RuleReport } from './types';

export const negativeAmount: Rule = {
  id: 'negative-amount',
  severity: 'warning',
  appliesTo: ['basic-data', 'overall-self-eval', 'project-self-eval'],
  description: {
    zh: '金额不应为负数。',
    en: 'Amounts should not be negative.',
  },
  messages: {
    zh: { negative: '{label}{column}为负数（{actual}），请核对。' },
    // Columns are named by the sheet's own header words in both languages, as labels are.
    en: { negative: 'The {column} of {label} is negative ({actual}); please check it.' },
  },
  check(table: RecognizedTable): RuleReport[] {
    const reports: RuleReport[] = [];
    // Labels are trimmed only for a finding: nearly every amount is positive.
    const visit = (field: Field, label: () => string, column: () => string) => {
      const figure = figureOf(field);
      if (!figure || !(figure.value < 0)) return;
      const actual = formatActual(field, 'money');
      reports.push({
        at: field.at,
        messageId: 'negative',
        data: { label: label(), column: column(), actual },
        expected: null,
        actual,
      });
    };
    if (table.kind === 'basic-data') {
      const money = table.money;
      for (const row of money?.rows ?? [])
        row.values.forEach((field, k) => {
          visit(
            field,
            () => row.label.trim(),
            () => money?.columns[k]?.header ?? '',
          );
        });
    } else if (table.funding) {
      for (const row of [table.funding.total, ...table.funding.parts]) {
        const label = () => row.label.trim();
        visit(row.initialBudget, label, () => '年初预算数');
        visit(row.fullYearBudget, label, () => '全年预算数');
        visit(row.executed, label, () => '全年执行数');
      }
    }
    return reports;
  },
};
