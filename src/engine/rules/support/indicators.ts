import type { Field, IndicatorRow, RecognizedTable } from '../../model/tables';

/** Tables are immutable, so each one's rows are gathered once for all the rules that walk them. */
const ROWS = new WeakMap<RecognizedTable, readonly IndicatorRow[]>();

/** Every indicator row of a self-evaluation table, in sheet order; none for the basic-data table. */
export function indicatorRows(table: RecognizedTable): readonly IndicatorRow[] {
  if (table.kind === 'basic-data' || !table.indicators) return [];
  let rows = ROWS.get(table);
  if (!rows) {
    rows = table.indicators.groups.flatMap((group) => group.rows);
    ROWS.set(table, rows);
  }
  return rows;
}

/** What a cell displays, trimmed; '' for a blank cell. */
export function cellText(field: Field | undefined): string {
  const cell = field?.cell;
  if (!cell) return '';
  const text = cell.text || (cell.value === null ? '' : String(cell.value));
  return text.trim();
}

/** Longest indicator name quoted in a message; 三级指标 cells often hold a whole paragraph. */
const NAME_LIMIT = 24;

/** The 三级指标 (or, when blank, the 二级指标) as a message quotes it, a long paragraph cut short. */
export function indicatorName(row: IndicatorRow): string {
  const name = (row.name.trim() || row.level2.trim()).replace(/\s+/g, ' ');
  const chars = [...name];
  return chars.length > NAME_LIMIT ? `${chars.slice(0, NAME_LIMIT).join('')}…` : name;
}
