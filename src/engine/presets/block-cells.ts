import type { CellArea } from '../grid/types';
import type { IndicatorColumns } from '../model/tables';
import type { BlockGroup } from './block';
import type { CellWrite } from './plan';

/**
 * The cells and merges of block rows placed from sheet row `at`: the 一级 header on a group's first row
 * (merged over the group), each 二级 label once per run of rows (merged over the run), then 三级, 年度指标值
 * and 分值. Inserting into a group and laying out a new template both use it.
 */
export function blockCells(
  groups: readonly BlockGroup[],
  columns: IndicatorColumns,
  at: number,
  withHeaders: boolean,
): { writes: CellWrite[]; merges: CellArea[] } {
  const writes: CellWrite[] = [];
  const merges: CellArea[] = [];
  let row = at;
  for (const group of groups) {
    const top = row;
    if (withHeaders && group.rows.length > 1) {
      merges.push({ top, left: columns.level1, bottom: top + group.rows.length - 1, right: columns.level1 });
    }
    let runStart = top;
    group.rows.forEach((entry, index) => {
      if (withHeaders && index === 0) writes.push({ row, col: columns.level1, value: group.header });
      if (index === 0 || group.rows[index - 1].level2 !== entry.level2)
        writes.push({ row, col: columns.level2, value: entry.level2 });
      if (entry.level3) writes.push({ row, col: columns.level3, value: entry.level3 });
      if (entry.target) writes.push({ row, col: columns.target, value: entry.target });
      const sign = natureSign(entry.target);
      if (columns.nature !== undefined && sign) writes.push({ row, col: columns.nature, value: sign });
      if (entry.weight !== null) writes.push({ row, col: columns.weight, value: entry.weight });
      const next = group.rows[index + 1];
      if (!next || next.level2 !== entry.level2) {
        if (row > runStart)
          merges.push({ top: runStart, left: columns.level2, bottom: row, right: columns.level2 });
        runStart = row + 1;
      }
      row += 1;
    });
  }
  return { writes, merges };
}

/** The 指标性质 column some provinces add; equality uses the full-width sign so it stays text. */
function natureSign(target: string): string | undefined {
  const first = target.trim()[0];
  return first === '≥' || first === '≤' || first === '＝' ? first : undefined;
}
