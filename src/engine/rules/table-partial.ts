/** A table recognised only in part: the rules checked what was found; this names what was not. */
import type { RecognizedTable } from '../model/tables';
import type { Rule, RuleReport } from './types';

export const tablePartial: Rule = {
  id: 'table-partial',
  severity: 'info',
  appliesTo: ['basic-data', 'overall-self-eval', 'project-self-eval'],
  description: {
    zh: '表格只识别出一部分，未找到的部分未作检查。',
    en: 'A table was only partly recognised; the parts not found were not checked.',
  },
  messages: {
    zh: { partial: '此表只识别出一部分，未找到：{missing}；这些部分未作检查。' },
    en: {
      partial: 'This table was only partly recognised; not found: {missing}. Those parts were not checked.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.completeness !== 'partial') return [];
    const { top, left } = table.area;
    return [
      {
        at: { row: top, col: left },
        messageId: 'partial',
        data: { missing: table.missing.length ? table.missing.join('、') : '—' },
        expected: null,
        actual: null,
      },
    ];
  },
};
