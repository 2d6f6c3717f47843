/**
 * The basic-data table's 项目支出 {Y}年决算数 equals the self-assessment's 按支出性质分 项目支出 for the same year
 * (seed 000: 106 against 0). A warning at the self-assessment cell, which the report text usually contradicts.
 */
import type { BasicDataTable, LabelledFigure, OverallSelfEvalTable, RecognizedTable } from '../model/tables';
import { normalizeLabel } from '../text/normalize';
import { sameAt } from './support/decimal';
import { formatActual, numberOf, shownDecimals } from './support/shown';
import type { Field } from '../model/tables';
import type { Rule, RuleContext, RuleReport } from './types';

export const crossTable: Rule = {
  id: 'cross-table',
  severity: 'warning',
  appliesTo: ['overall-self-eval'],
  description: {
    zh: '基础数据表的项目支出决算数应与整体支出绩效自评表的项目支出一致（同一年度）。',
    en: 'The project spending in the basic-data table matches the project spending in the self-assessment (same year).',
  },
  messages: {
    zh: { mismatch: '项目支出为 {actual}，而基础数据表（{sheet}）{column}项目支出为 {expected}。' },
    en: {
      mismatch:
        'Project spending is {actual} here, but the basic-data table ({sheet}) shows {expected} in {column}.',
    },
  },
  check(table: RecognizedTable, context: RuleContext): RuleReport[] {
    if (table.kind !== 'overall-self-eval') return [];
    const project = projectSpending(table);
    const value = numberOf(project?.field);
    if (!project || value === undefined) return [];
    const source = basicDataFigure(table, context);
    const expected = numberOf(source?.field);
    if (!source || expected === undefined) return [];
    const decimals = Math.min(Math.max(shownDecimals(project.field), shownDecimals(source.field)), 2);
    if (sameAt(value, expected, decimals)) return [];
    const inLabel = figureNotesInLabel(project.field);
    return [
      {
        at: project.field.at,
        messageId: 'mismatch',
        data: { sheet: source.sheet, column: source.column },
        expected: formatActual(source.field, 'money'),
        actual: formatActual(project.field, 'money'),
        // A figure typed inside its label cannot be replaced by a bare number without losing the label.
        ...(inLabel ? {} : { fix: expected }),
      },
    ];
  },
};

function projectSpending(table: OverallSelfEvalTable): LabelledFigure | undefined {
  return table.byNature.find((part) => normalizeLabel(part.label).includes('项目支出'));
}

function figureNotesInLabel(field: Field): boolean {
  return field.figure.kind === 'number' && field.figure.notes.includes('figure-in-label');
}

interface SourceFigure {
  readonly field: Field;
  readonly sheet: string;
  readonly column: string;
}

/**
 * The 项目支出 final-year figure of the one basic-data table that matches the year; when years are unknown,
 * only an unambiguous single basic-data table is used.
 */
function basicDataFigure(table: OverallSelfEvalTable, context: RuleContext): SourceFigure | undefined {
  const candidates = context.tables
    .filter((other): other is BasicDataTable => other.kind === 'basic-data' && !!other.money)
    .flatMap((basic) => {
      const money = basic.money;
      if (!money) return [];
      const columnIndex = money.columns.findIndex((column) => column.role === 'final');
      const row = money.rows.find((line) => line.role === 'project-expenditure' && line.parent === null);
      const column = money.columns[columnIndex];
      const field = row?.values[columnIndex];
      if (!column || !field) return [];
      const year = column.year ?? basic.year;
      if (year !== undefined && table.year !== undefined && year !== table.year) return [];
      return [
        {
          field,
          sheet: basic.sheet,
          column: column.header.trim(),
          yearKnown: year !== undefined && table.year !== undefined,
        },
      ];
    });
  const sameYear = candidates.filter((candidate) => candidate.yearKnown);
  if (sameYear.length === 1) return sameYear[0];
  return candidates.length === 1 ? candidates[0] : undefined;
}
