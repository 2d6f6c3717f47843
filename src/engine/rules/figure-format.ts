/**
 * Figures read from text: a number stored as text, a unit typed into the cell ("605.21万元", "95%"),
 * full-width digits ("０.５"), a leading figure with a remark ("34（其中 26 万元…）"). They are read anyway;
 * this only says so, once per cell, naming the most telling note. A figure inside a label cell
 * ("其中：一般公共预算：605.21") is the template's own habit and goes unmentioned.
 */
import type { FigureNote } from '../figures/types';
import type { RecognizedTable } from '../model/tables';
import { cellText } from './support/indicators';
import { formatActual } from './support/shown';
import { notableFields } from './support/table-fields';
import type { Rule, RuleReport } from './types';

/** Most telling first: full-width digits explain why a number became text in the first place. */
const NOTE_ORDER: readonly FigureNote[] = [
  'other-digits',
  'full-width-digits',
  'leading-figure',
  'unit-in-cell',
  'number-as-text',
];

const MESSAGE_ID: Partial<Record<FigureNote, string>> = {
  'full-width-digits': 'fullWidthDigits',
  'other-digits': 'otherDigits',
  'leading-figure': 'leadingFigure',
  'unit-in-cell': 'unitInCell',
  'number-as-text': 'numberAsText',
};

export const figureFormat: Rule = {
  id: 'figure-format',
  severity: 'info',
  appliesTo: ['basic-data', 'overall-self-eval', 'project-self-eval'],
  description: {
    zh: '数字以文本形式录入、带单位或使用全角数字：已照常读取，仅作提示。',
    en: 'A figure typed as text, with a unit, or in full-width digits: read anyway, mentioned for information.',
  },
  messages: {
    zh: {
      numberAsText: '“{text}”是以文本形式存储的数字，已按 {value} 读取。',
      unitInCell: '“{text}”在单元格中带有单位，已按 {value} 读取。',
      fullWidthDigits: '“{text}”使用了全角数字，已按 {value} 读取。',
      otherDigits: '“{text}”使用了阿拉伯-印度数字等非常用数字，已按 {value} 读取。',
      leadingFigure: '“{text}”中的数字后附有说明，已按开头的 {value} 读取。',
    },
    en: {
      numberAsText: '"{text}" is a number stored as text; read as {value}.',
      unitInCell: '"{text}" carries its unit in the cell; read as {value}.',
      fullWidthDigits: '"{text}" uses full-width digits; read as {value}.',
      otherDigits: '"{text}" uses digits of another script (Arabic-Indic); read as {value}.',
      leadingFigure: '"{text}" follows its figure with a remark; read the leading {value}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    const reports: RuleReport[] = [];
    for (const { field, measure } of notableFields(table).noted) {
      const figure = field.figure;
      if (figure.kind !== 'number' || figure.notes.includes('figure-in-label')) continue;
      const note = NOTE_ORDER.find((candidate) => figure.notes.includes(candidate));
      const messageId = note && MESSAGE_ID[note];
      if (!messageId) continue;
      const text = cellText(field);
      const value = formatActual(field, measure);
      // Only a plain number stored as text has an obvious replacement: the number itself.
      const fix = note === 'number-as-text' && measure !== 'rate' ? figure.value : undefined;
      reports.push({
        at: field.at,
        messageId,
        data: { text, value },
        expected: value,
        actual: text,
        ...(fix === undefined ? {} : { fix }),
      });
    }
    return reports;
  },
};
