/** Every figure cell a table's rules read, with how each is to be understood: for the figure-format notes. */
import type { Field, FundingRow, RecognizedTable } from '../../model/tables';
import type { Measure } from './shown';

export interface UsedField {
  readonly field: Field;
  readonly measure: Measure;
}

/** Tables are immutable, so each one's figure cells are listed once for the rules that walk them all. */
const USED = new WeakMap<RecognizedTable, readonly UsedField[]>();

export function usedFields(table: RecognizedTable): readonly UsedField[] {
  let used = USED.get(table);
  if (!used) {
    used = listUsedFields(table);
    USED.set(table, used);
  }
  return used;
}

function listUsedFields(table: RecognizedTable): UsedField[] {
  const used: UsedField[] = [];
  const add = (field: Field | undefined, measure: Measure) => {
    if (field) used.push({ field, measure });
  };
  if (table.kind === 'basic-data') {
    add(table.staff?.authorized, 'count');
    add(table.staff?.actual, 'count');
    add(table.staff?.rate, 'rate');
    table.money?.rows.forEach((row) => row.values.forEach((field) => add(field, 'money')));
    const b = table.building;
    if (b) {
      add(b.approvedArea, 'money');
      add(b.actualArea, 'money');
      add(b.areaRate, 'rate');
      add(b.budgetInvestment, 'money');
      add(b.actualInvestment, 'money');
      add(b.investmentRate, 'rate');
    }
    return used;
  }
  const addRow = (row: FundingRow) => {
    add(row.initialBudget, 'money');
    add(row.fullYearBudget, 'money');
    add(row.executed, 'money');
    add(row.weight, 'score');
    add(row.rate, 'rate');
    add(row.score, 'score');
  };
  if (table.funding) [table.funding.total, ...table.funding.parts].forEach(addRow);
  if (table.kind === 'overall-self-eval')
    [...table.bySource, ...table.byNature].forEach((part) => add(part.field, 'money'));
  table.indicators?.groups.forEach((group) =>
    group.rows.forEach((row) => {
      add(row.weight, 'score');
      add(row.score, 'score');
    }),
  );
  add(table.indicators?.total?.weight, 'score');
  add(table.indicators?.total?.score, 'score');
  return used;
}
