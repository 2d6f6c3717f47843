import type { Field, IndicatorRow, RecognizedTable } from '../../model/tables';

/** Every indicator row of a self-evaluation table, in sheet order; none for the basic-data table. */
export function indicatorRows(table: RecognizedTable): readonly IndicatorRow[] {
  if (table.kind === 'basic-data' || !table.indicators) return [];
  return table.indicators.groups.flatMap((group) => group.rows);
}

/** What a cell displays, trimmed; '' for a blank cell. */
export function cellText(field: Field | undefined): string {
  const cell = field?.cell;
  if (!cell) return '';
  const text = cell.text || (cell.value === null ? '' : String(cell.value));
  return text.trim();
}
