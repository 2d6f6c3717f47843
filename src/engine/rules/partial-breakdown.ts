/**
 * A `其中` list is a partial breakdown: 公用经费 ≥ 办公经费 + 水费、电费、差旅费 + 会议费、培训费. Its parts may
 * add up to less than the total, never to more. No single-cell fix: either the total or a part is wrong.
 */
import type { RecognizedTable } from '../model/tables';
import { toUnits } from './support/decimal';
import { formatPlain, formatTerms } from './support/format';
import { comparisonDecimals, formatActual, numberOf } from './support/shown';
import { sumParts } from './support/sums';
import type { Rule, RuleReport } from './types';

export const partialBreakdown: Rule = {
  id: 'partial-breakdown',
  severity: 'error',
  appliesTo: ['basic-data'],
  description: {
    zh: '“其中”各项之和不应超过其总数（如公用经费）。',
    en: 'The parts listed under 其中 add up to no more than their total (e.g. 公用经费).',
  },
  messages: {
    zh: {
      exceeds: '{label}（{column}）为 {actual}，小于其中各项之和 {sum}（{terms}）。',
      blank: '{label}（{column}）未填写，但其中各项之和为 {sum}（{terms}）。',
    },
    en: {
      exceeds:
        '{label} ({column}) is {actual}, less than the sum of the parts listed under it, {sum} ({terms}).',
      blank: '{label} ({column}) is blank, yet the parts listed under it add up to {sum} ({terms}).',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind !== 'basic-data' || !table.money) return [];
    const money = table.money;
    const reports: RuleReport[] = [];
    for (const [parentIndex, breakdown] of money.breakdown) {
      const parent = money.rows[parentIndex];
      if (breakdown !== 'partial' || !parent) continue;
      const children = money.rows.filter((row) => row.parent === parentIndex);
      money.columns.forEach((column, columnIndex) => {
        const total = parent.values[columnIndex];
        const sum = sumParts(children.map((child) => child.values[columnIndex]));
        if (!total || !sum || sum.sum <= 0) return;
        const value = numberOf(total);
        if (value !== undefined) {
          const decimals = comparisonDecimals(total, 'money', sum.decimals);
          if (toUnits(value, decimals) >= toUnits(sum.sum, decimals)) return;
        }
        // Written only for a finding: most 其中 lists fit under their total.
        reports.push({
          at: total.at,
          messageId: value === undefined ? 'blank' : 'exceeds',
          data: {
            label: parent.label.trim(),
            column: column.header.trim(),
            sum: formatPlain(sum.sum),
            terms: formatTerms(sum.counted),
          },
          expected: `≥ ${formatPlain(sum.sum)}`,
          actual: formatActual(total, 'money'),
        });
      });
    }
    return reports;
  },
};
