import type { FigureRole } from '../figures/types';
import type { Field } from '../model/tables';
import type { Slot } from '../profiles/types';
import type { Entry, SheetIndex } from './sheet-index';

export interface Found {
  readonly row: number;
  readonly entry: Entry;
}

/** The first cell in rows [from, to] whose label satisfies `test`, in reading order. */
export function findLabel(
  index: SheetIndex,
  from: number,
  to: number,
  test: (entry: Entry) => boolean,
): Found | undefined {
  for (let row = Math.max(0, from); row <= to; row++) {
    const entries = index.entries(row);
    for (let i = 0; i < entries.length; i++) if (test(entries[i])) return { row, entry: entries[i] };
  }
  return undefined;
}

/** Labels the value lookup must not mistake for a value ("主管部门 | | 实施单位 | …"). */
const NEIGHBOUR_LABELS = /^(主管部门|实施单位|项目负责人|联系电话|.{0,6}名称)$/;

/**
 * The value written beside a label: the first non-empty cell to its right (a value's cell is often merged
 * wide), or the empty cell just right of the label when nothing but another label follows.
 */
export function valueRightOf(index: SheetIndex, row: number, col: number, role: FigureRole = 'any'): Field {
  const start = index.rightOf(row, col);
  const entries = index.entries(row);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.col < start) continue;
    if (NEIGHBOUR_LABELS.test(entry.core)) break;
    return index.field(row, entry.col, role);
  }
  return index.field(row, start, role);
}

/** The header column whose label is a word of `slot`, searching one row; the column is the header's left edge. */
export function headerColumn(index: SheetIndex, row: number, slot: Slot, after = -1): number | undefined {
  const entries = index.entries(row);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.col > after && index.words.is(slot, entry.core)) return entry.col;
  }
  return undefined;
}

// Module constants: a regex literal inside a function is a new RegExp object each call, and these are asked of
// every body row.
const FOOTER = /^(填表人|填报人|填报日期|备注|说明|注[:.、]|单位负责人|联系电话)/;
const ATTACHMENT = /^附件\d/;
const TABLE_TITLE = /(自评表|基础数据表|绩效评价表)$/;

/** Remarks and signatures that end a table's body. */
export function isFooter(entry: Entry): boolean {
  return FOOTER.test(entry.core);
}

/** A title or attachment line ("附件3", "2024年度项目支出绩效自评表"): the next table is starting. */
export function isTableBreak(entry: Entry): boolean {
  return ATTACHMENT.test(entry.core) || (entry.core.length <= 40 && TABLE_TITLE.test(entry.core));
}
