/** The 分值 of a group's indicators add up to the weight its header states ("产出指标（50分)"). */
import type { RecognizedTable } from '../model/tables';
import { sameAt } from './support/decimal';
import { formatPlain } from './support/format';
import { formatActual } from './support/shown';
import { sumParts } from './support/sums';
import type { Rule, RuleReport } from './types';

export const groupWeight: Rule = {
  id: 'group-weight',
  severity: 'error',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '一级指标下各三级指标分值之和应等于该一级指标标明的分值。',
    en: "The weights of a group's indicators add up to the weight its header states.",
  },
  messages: {
    zh: { wrong: '“{group}”标明 {expected} 分，但其指标分值合计 {actual}（{terms}）。' },
    en: {
      wrong: '"{group}" states {expected} points, but its indicator weights add up to {actual} ({terms}).',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.indicators) return [];
    return table.indicators.groups.flatMap((group) => {
      const sum = sumParts(group.rows.map((row) => row.weight));
      // A group with no weights at all (an empty 经济效益指标 block) states nothing to check.
      if (group.statedWeight === undefined || !sum || sameAt(sum.sum, group.statedWeight, 2)) return [];
      return [
        {
          at: group.labelAt,
          messageId: 'wrong',
          data: {
            group: group.label,
            terms: sum.counted.map((field) => formatActual(field, 'score')).join(' + '),
          },
          expected: formatPlain(group.statedWeight),
          actual: formatPlain(sum.sum),
        },
      ];
    });
  },
};
