/** 0 ≤ 得分 ≤ 分值 for every indicator. Which of the two is wrong is the filer's call, so no fix is offered. */
import type { RecognizedTable } from '../model/tables';
import { toUnits } from './support/decimal';
import { indicatorName, indicatorRows } from './support/indicators';
import { formatActual, numberOf } from './support/shown';
import { reportsOf } from './support/collect';
import type { Rule, RuleReport } from './types';

export const scoreRange: Rule = {
  id: 'score-range',
  severity: 'error',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '每项指标的得分应在 0 与该指标分值之间。',
    en: "Every indicator's score lies between 0 and its weight.",
  },
  messages: {
    zh: {
      aboveWeight: '“{name}”得分 {actual} 超过其分值 {weight}。',
      negative: '“{name}”得分 {actual} 为负数。',
    },
    en: {
      aboveWeight: 'The score {actual} of "{name}" exceeds its weight {weight}.',
      negative: 'The score {actual} of "{name}" is negative.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    return reportsOf(indicatorRows(table), (row): RuleReport | undefined => {
      const score = numberOf(row.score);
      if (score === undefined) return undefined;
      // Names and shown figures are written only for a finding: most rows are in range.
      if (toUnits(score, 2) < 0) {
        const data = { name: indicatorName(row) };
        const actual = formatActual(row.score, 'score');
        return { at: row.score.at, messageId: 'negative', data, expected: '≥ 0', actual };
      }
      const weight = numberOf(row.weight);
      if (weight === undefined || toUnits(score, 2) <= toUnits(weight, 2)) return undefined;
      const shownWeight = formatActual(row.weight, 'score');
      return {
        at: row.score.at,
        messageId: 'aboveWeight',
        data: { name: indicatorName(row), weight: shownWeight },
        expected: `≤ ${shownWeight}`,
        actual: formatActual(row.score, 'score'),
      };
    });
  },
};
