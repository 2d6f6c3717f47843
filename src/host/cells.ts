// The single cells a finding's address covers, and the key a host uses for one cell of one sheet.
import { parseA1Area, toA1 } from '../engine/grid/a1';

/** Every cell of "B3" or "B3:D5", capped so that a finding over a whole table cannot flood the batch. */
export function cellsOf(address: string, cap = 400): string[] {
  const area = parseA1Area(address);
  if (!area) return [];
  const cells: string[] = [];
  for (let r = area.top; r <= area.bottom && cells.length < cap; r++) {
    for (let c = area.left; c <= area.right && cells.length < cap; c++) cells.push(toA1(r, c));
  }
  return cells;
}

/** One cell of one sheet, as a map key. */
export function cellId(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
