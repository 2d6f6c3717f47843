import type { CellArea, CellPosition } from './types';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function areaToA1(area: CellArea): string {
  const start = toA1(area.top, area.left);
  const end = toA1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "B3" or "$B$3"; undefined for anything else. */
export function parseA1(address: string): CellPosition | undefined {
  const match = A1_CELL.exec(address.trim());
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** Parses "B3", "B3:D5" or "Sheet1!B3:D5" (sheet part dropped). */
export function parseA1Area(address: string): CellArea | undefined {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = local.split(':');
  const start = parseA1(first);
  const end = second === undefined ? start : parseA1(second);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
