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

/**
 * Parses "B3" or "$B$3" (1–3 letters, then digits); undefined for anything else. Scanned by hand rather than
 * with a pattern: readers parse every merge's range with it, thousands of times per batch of files.
 */
export function parseA1(address: string): CellPosition | undefined {
  const text = address.trim();
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersStart = i;
  for (; i < text.length && i - lettersStart < 4; i++) {
    const value = letterValue(text.charCodeAt(i));
    if (value === 0) break;
    col = col * 26 + value;
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return undefined;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return undefined;
  }
  if (i === digitsStart) return undefined;
  return { row: Number(text.slice(digitsStart)) - 1, col: col - 1 };
}

const DOLLAR = 0x24;

/** A=1 … Z=26 for an ASCII letter of either case; 0 for anything else. */
function letterValue(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code - 0x40;
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  return 0;
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

/** A range of whole rows, 0-based inclusive → "13:14", or "$13:$14" when `absolute` (print titles). */
export function rowsToA1(top: number, bottom: number, absolute = false): string {
  const mark = absolute ? '$' : '';
  return `${mark}${top + 1}:${mark}${bottom + 1}`;
}
