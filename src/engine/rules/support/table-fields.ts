/** Every figure cell a table's rules read, with how each is to be understood: for the figure-format notes. */
import type { Field, FundingRow, RecognizedTable } from '../../model/tables';
import type { Measure } from './shown';

export interface UsedField {
  readonly field: Field;
  readonly measure: Measure;
}

/** The few figure cells worth a word, each list in sheet-reading order. */
export interface NotableFields {
  /** A value that cannot be computed with (1e308, NaN, "∞"): not-a-number. */
  readonly notFinite: readonly UsedField[];
  /** A figure read from text, with a unit, or from other digits: figure-format. */
  readonly noted: readonly UsedField[];
}

/** Tables are immutable, so each one is walked once for both rules that look at every figure cell. */
const NOTABLE = new WeakMap<RecognizedTable, NotableFields>();

export function notableFields(table: RecognizedTable): NotableFields {
  let notable = NOTABLE.get(table);
  if (notable) return notable;
  const notFinite: UsedField[] = [];
  const noted: UsedField[] = [];
  forEachUsedField(table, (field, measure) => {
    const figure = field.figure;
    if (figure.kind === 'none') {
      if (figure.reason === 'not-finite') notFinite.push({ field, measure });
    } else if (figure.kind === 'number' && figure.notes.length > 0) noted.push({ field, measure });
  });
  notable = { notFinite, noted };
  NOTABLE.set(table, notable);
  return notable;
}

/**
 * Visits them in sheet-reading order, without listing them: the rules that walk every figure cell
 * (not-a-number, figure-format) report on a handful of a table's hundreds.
 */
export function forEachUsedField(
  table: RecognizedTable,
  visit: (field: Field, measure: Measure) => void,
): void {
  const add = (field: Field | undefined, measure: Measure) => {
    if (field) visit(field, measure);
  };
  if (table.kind === 'basic-data') {
    add(table.staff?.authorized, 'count');
    add(table.staff?.actual, 'count');
    add(table.staff?.rate, 'rate');
    for (const row of table.money?.rows ?? []) for (const field of row.values) add(field, 'money');
    const b = table.building;
    if (b) {
      add(b.approvedArea, 'money');
      add(b.actualArea, 'money');
      add(b.areaRate, 'rate');
      add(b.budgetInvestment, 'money');
      add(b.actualInvestment, 'money');
      add(b.investmentRate, 'rate');
    }
    return;
  }
  const addRow = (row: FundingRow) => {
    add(row.initialBudget, 'money');
    add(row.fullYearBudget, 'money');
    add(row.executed, 'money');
    add(row.weight, 'score');
    add(row.rate, 'rate');
    add(row.score, 'score');
  };
  if (table.funding) {
    addRow(table.funding.total);
    for (const part of table.funding.parts) addRow(part);
  }
  if (table.kind === 'overall-self-eval') {
    for (const part of table.bySource) add(part.field, 'money');
    for (const part of table.byNature) add(part.field, 'money');
  }
  for (const group of table.indicators?.groups ?? [])
    for (const row of group.rows) {
      add(row.weight, 'score');
      add(row.score, 'score');
    }
  add(table.indicators?.total?.weight, 'score');
  add(table.indicators?.total?.score, 'score');
}
