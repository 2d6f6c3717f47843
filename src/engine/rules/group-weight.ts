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
    zh: {
      wrong: '“{group}”标明 {expected} 分，但其指标分值合计 {actual}（{terms}）。',
      empty: '“{group}”标明 {expected} 分，但其下没有填写任何指标分值。',
    },
    en: {
      wrong: '"{group}" states {expected} points, but its indicator weights add up to {actual} ({terms}).',
      empty: '"{group}" states {expected} points, but none of its indicators has a weight.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.indicators) return [];
    const sums = table.indicators.groups.map((group) => sumParts(group.rows.map((row) => row.weight)));
    // A section with no weights anywhere is a blank template waiting to be filled, not a mistake.
    const sectionFilled = sums.some((sum) => sum !== undefined);
    return table.indicators.groups.flatMap((group, index) => {
      const sum = sums[index];
      if (group.statedWeight === undefined) return [];
      if (!sum) {
        // A header that promises points over an empty block (seed 002: 满意度指标（10分） left blank) loses them.
        if (group.statedWeight <= 0 || !sectionFilled) return [];
        return [
          {
            at: group.labelAt,
            messageId: 'empty',
            data: { group: group.label },
            expected: formatPlain(group.statedWeight),
            actual: '0',
          },
        ];
      }
      if (sameAt(sum.sum, group.statedWeight, 2)) return [];
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
