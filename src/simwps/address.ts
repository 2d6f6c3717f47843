// A1 addresses for the simulated WPS host. Its own small copy: the simulation must not borrow the code it tests.

export interface Area {
  top: number; // 0-based, inclusive
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function letters(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function areaA1(area: Area, absolute = false): string {
  const d = absolute ? '$' : '';
  const first = `${d}${letters(area.left)}${d}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${d}${letters(area.right)}${d}${area.bottom + 1}`;
}

/** "B3", "$B$3", "B3:D5", "3:5" (whole rows), "B:D" (whole columns); throws on anything else, as WPS does. */
export function parseArea(address: string): Area {
  const text = address.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLS - 1 };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (cols) return { top: 0, bottom: MAX_ROWS - 1, left: columnOf(cols[1]), right: columnOf(cols[2]) };
  const cells = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (!cells) throw new Error(`Not an address: ${address}`);
  const a = { row: Number(cells[2]) - 1, col: columnOf(cells[1]) };
  const b = cells[3] ? { row: Number(cells[4]) - 1, col: columnOf(cells[3]) } : a;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
