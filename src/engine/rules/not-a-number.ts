/**
 * A figure cell holding something that cannot take part in the arithmetic: a value beyond 10^15 (1e308), NaN or
 * Infinity, or text such as "NaN" / "∞". The reader refuses such values (they would overflow sums to Infinity and
 * turn rates into 0), so without this rule the cell would silently drop out of every check. An error value the
 * sheet's own formula shows (#DIV/0!, #REF!) is Excel's message, visible already, and is left alone.
 */
import type { Field, RecognizedTable } from '../model/tables';
import { notableFields } from './support/table-fields';
import type { Rule, RuleReport } from './types';

/** Longest cell text quoted: a hostile cell may hold a very long string of digits. */
const TEXT_LIMIT = 24;

export const notANumber: Rule = {
  id: 'not-a-number',
  severity: 'error',
  appliesTo: ['basic-data', 'overall-self-eval', 'project-self-eval'],
  description: {
    zh: '数字单元格中的值不是有效数字（超出范围、NaN 或无穷大），无法参与计算。',
    en: 'A figure cell holds no valid number (out of range, NaN or infinite) and cannot be computed with.',
  },
  messages: {
    zh: { notANumber: '“{text}”不是有效数字，请填写实际数值。' },
    en: { notANumber: '"{text}" is not a valid number; please enter the actual figure.' },
  },
  check(table: RecognizedTable): RuleReport[] {
    const reports: RuleReport[] = [];
    for (const { field } of notableFields(table).notFinite) {
      const text = shownText(field);
      if (text === undefined) continue;
      reports.push({ at: field.at, messageId: 'notANumber', data: { text }, expected: null, actual: text });
    }
    return reports;
  },
};

/** The cell as a person would recognise it, never "Infinity"; undefined for an error value (#DIV/0!). */
function shownText(field: Field): string | undefined {
  const cell = field.cell;
  if (!cell) return undefined;
  const { value } = cell;
  let text: string;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) text = 'NaN';
    else if (!Number.isFinite(value)) text = value > 0 ? '∞' : '-∞';
    else text = cell.text?.trim() || String(value);
  } else {
    text = (cell.text || String(value ?? '')).trim();
    if (text.startsWith('#')) return undefined;
  }
  return text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}…` : text;
}
