/** A deducted indicator (得分 < 分值) says why in 偏差原因分析及改进措施 / 未完成原因分析. */
import type { RecognizedTable } from '../model/tables';
import { toUnits } from './support/decimal';
import { cellText, indicatorName, indicatorRows } from './support/indicators';
import { formatActual, numberOf } from './support/shown';
import { reportsOf } from './support/collect';
import type { Rule, RuleReport } from './types';

/** A dash or a bare 无 gives no reason. */
const NO_REASON = /^[\s—–\-－/／…。.无]*$/;

export const deductionReason: Rule = {
  id: 'deduction-reason',
  severity: 'warning',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '得分低于分值的指标应填写偏差原因分析及改进措施。',
    en: 'An indicator scored below its weight explains the shortfall.',
  },
  messages: {
    zh: { missing: '“{name}”得分 {score}，低于分值 {weight}，但未填写偏差原因分析及改进措施。' },
    en: { missing: '"{name}" scored {score} of {weight} points, but no reason for the shortfall is given.' },
  },
  check(table: RecognizedTable): RuleReport[] {
    return reportsOf(indicatorRows(table), (row): RuleReport | undefined => {
      const score = numberOf(row.score);
      const weight = numberOf(row.weight);
      // Without a reason column there is nowhere to write one; table-partial reports the missing column.
      if (!row.reason || score === undefined || weight === undefined) return undefined;
      if (toUnits(score, 2) >= toUnits(weight, 2) || !NO_REASON.test(cellText(row.reason))) return undefined;
      const data = {
        name: indicatorName(row),
        score: formatActual(row.score, 'score'),
        weight: formatActual(row.weight, 'score'),
      };
      return { at: row.reason.at, messageId: 'missing', data, expected: null, actual: cellText(row.reason) };
    });
  },
};
