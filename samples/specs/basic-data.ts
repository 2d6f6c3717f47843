import { toA1 } from '../../src/engine/grid/a1';
import { span, TableBuilder } from './builder';
import type { SpecEntry, SpecMistake, TableSpec } from './types';

/** A money line of 经费控制情况: label and the three columns ({Y-1}年决算数, {Y}年预算数, {Y}年决算数). */
export type MoneyLine = readonly [label: string, priorFinal: SpecEntry, budget: SpecEntry, final: SpecEntry];

export interface BasicDataContent {
  readonly id: string;
  readonly titleLines: readonly string[];
  readonly staffHeader: readonly [label: string, authorized: string, actual: string, rate: string];
  readonly staff: readonly [authorized: SpecEntry, actual: SpecEntry, rate: SpecEntry];
  readonly moneyHeader: MoneyLine;
  readonly money: readonly MoneyLine[];
  readonly buildingHeader: readonly string[]; // label + six columns
  readonly building: readonly SpecEntry[]; // first cell (under the label) + six values
  readonly measures: SpecEntry;
  readonly note?: string;
  /** Mistakes by money-line label and column (1 = prior final, 2 = budget, 3 = final). */
  readonly moneyMistakes?: readonly { label: string; column: 1 | 2 | 3; rule: string; note: string }[];
}

/**
 * The finance bureau's 基础数据表: seven columns, the label in A and each figure of the staff and money
 * sections merged over two columns (B:C, D:E, F:G); the building section uses one column per figure.
 */
export function basicDataTable(content: BasicDataContent): TableSpec {
  const b = new TableBuilder();
  for (const line of content.titleLines) b.header(span(7, line));
  const staffTop = b.header(content.staffHeader[0], ...content.staffHeader.slice(1).map((h) => span(2, h)));
  b.row(undefined, ...content.staff.map((v) => span(2, v)));
  b.merge(staffTop, 0, staffTop + 1, 0);
  b.header(content.moneyHeader[0], ...content.moneyHeader.slice(1).map((h) => span(2, h)));
  const moneyRows = new Map<string, number>();
  for (const line of content.money)
    moneyRows.set(line[0], b.row(line[0], ...line.slice(1).map((v) => span(2, v))));
  const buildingTop = b.header(...content.buildingHeader);
  b.row(...content.building);
  if (content.building[0] === undefined) b.merge(buildingTop, 0, buildingTop + 1, 0);
  b.row('厉行节约保障措施', span(6, content.measures));
  if (content.note) b.row(span(7, content.note));
  const mistakes: SpecMistake[] = (content.moneyMistakes ?? []).map((m) => {
    const row = moneyRows.get(m.label);
    if (row === undefined) throw new Error(`No money line ${m.label} in ${content.id}`);
    return { rule: m.rule, cell: toA1(row, 1 + (m.column - 1) * 2), note: m.note };
  });
  return b.build({
    id: content.id,
    kind: 'basic-data',
    sheetName: '附件1 基础数据表',
    columnWidths: [34, 11, 11, 11, 11, 11, 11],
    mistakes,
  });
}

export const BASIC_DATA_NOTE =
  '说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。';
