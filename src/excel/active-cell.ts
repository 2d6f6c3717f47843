// Where the clerk is: the top-left cell of the selection (Workbook.getSelectedRange, ExcelApi 1.1).
import { parseA1 } from '../engine/grid/a1';
import type { ActiveCell } from '../host/port';

export async function activeCell(): Promise<ActiveCell> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load('address');
    await context.sync();
    return parseAddress(range.address);
  });
}

/** "'自评 表'!B21:C22" → { sheet: "自评 表", row: 20, col: 1 }. */
export function parseAddress(address: string): ActiveCell {
  const bang = address.lastIndexOf('!');
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const first = address
    .slice(bang + 1)
    .split(':')[0]
    .replace(/\$/g, '');
  const at = parseA1(first) ?? { row: 0, col: 0 };
  return { sheet, row: at.row, col: at.col };
}
