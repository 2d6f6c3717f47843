import type { SheetIndex } from './sheet-index';
import { yearIn } from './sheet-index';

const TITLE = /(自评表|基础数据表|绩效评价表)$/;
const LOOK_BACK = 3;

/** A title row just above a table ("2024年度项目支出绩效自评表"), never reaching into the table above. */
export function titleAbove(
  index: SheetIndex,
  top: number,
  floor: number,
): { row: number; year?: number } | undefined {
  for (let row = top - 1; row >= Math.max(floor, top - LOOK_BACK); row--) {
    const entries = index.entries(row);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.core.length <= 40 && TITLE.test(entry.core)) {
        const year = yearIn(entry.text);
        return year !== undefined ? { row, year } : { row };
      }
    }
  }
  return undefined;
}
