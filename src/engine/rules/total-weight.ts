/**
 * All indicator 分值 plus the 执行率 分值 (the 年度资金总额 row's only; the 其中 rows repeat it) make 100,
 * and a 总分 row's 分值 says 100.
 */
import type { RecognizedTable } from '../model/tables';
import { exactSum, sameAt } from './support/decimal';
import { formatPlain } from './support/format';
import { indicatorRows } from './support/indicators';
import { formatActual, numberOf } from './support/shown';
import { sumParts } from './support/sums';
import { totalCoversIndicatorsOnly } from './support/total-scope';
import type { Rule, RuleReport } from './types';

const FULL_MARKS = 100;

export const totalWeight: Rule = {
  id: 'total-weight',
  severity: 'error',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '全部指标分值加预算执行率分值应为 100 分。',
    en: 'All indicator weights plus the execution-rate weight add up to 100.',
  },
  messages: {
    zh: {
      sum: '指标分值合计 {indicators} 分，加预算执行率分值 {funding} 分，共 {actual} 分，应为 100 分。',
      totalRow: '总分行的分值应为 100，表中为 {actual}。',
    },
    en: {
      sum: 'The indicator weights add up to {indicators}, plus {funding} for the execution rate: {actual}, not 100.',
      totalRow: 'The 总分 row should show a weight of 100; the sheet shows {actual}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.indicators) return [];
    const reports: RuleReport[] = [];
    const rows = indicatorRows(table);
    const weights = sumParts(rows.map((row) => row.weight));
    // Without the funding block we cannot know the execution-rate weight; table-partial says it is missing.
    // Without a 分值 column in the funding block the 执行率 weight is unknown: the sum is not checked.
    if (weights && table.funding && table.funding.total.weight.at.col >= 0) {
      const funding = numberOf(table.funding.total.weight) ?? 0;
      const total = exactSum([weights.sum, funding]);
      if (!sameAt(total, FULL_MARKS, 2)) {
        const column = table.indicators.columns.weight;
        reports.push({
          at: { top: rows[0].row, left: column, bottom: rows[rows.length - 1].row, right: column },
          messageId: 'sum',
          data: { indicators: formatPlain(weights.sum), funding: formatPlain(funding) },
          expected: String(FULL_MARKS),
          actual: formatPlain(total),
        });
      }
    }
    const totalRow = table.indicators.total;
    const stated = numberOf(totalRow?.weight);
    if (
      totalRow &&
      stated !== undefined &&
      !sameAt(stated, FULL_MARKS, 2) &&
      !totalCoversIndicatorsOnly(table)
    ) {
      reports.push({
        at: totalRow.weight.at,
        messageId: 'totalRow',
        expected: String(FULL_MARKS),
        actual: formatActual(totalRow.weight, 'score'),
        fix: FULL_MARKS,
      });
    }
    return reports;
  },
};
