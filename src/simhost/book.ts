// Operations on a SimWorkbookState with Excel's semantics; the proxy objects call these at sync time.
import { areaToA1, columnIndex, parseA1, toA1 } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';
import { SimHostError } from './errors';
import { removeFormulaRows, shiftFormulaRows } from './formula-rows';
import type { SimCell, SimSheet, SimValue, SimWorkbookState } from './state';
import { sheetId } from './state';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const NO_FILL_COLOR = '#FFFFFF'; // what Excel reports for "No Fill" (office-js #6218)

export function sheetByName(state: SimWorkbookState, nameOrId: string): SimSheet {
  const sheet = findSheet(state, nameOrId);
  if (!sheet)
    throw new SimHostError('ItemNotFound', `The requested resource doesn't exist: worksheet '${nameOrId}'.`);
  return sheet;
}

export function findSheet(state: SimWorkbookState, nameOrId: string): SimSheet | undefined {
  const wanted = nameOrId.toLowerCase(); // Excel sheet names are case-insensitive
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === wanted || sheetId(sheet) === nameOrId);
}

/** "A1", "A1:B2", "5:7" (rows), "B:D" (columns), optionally prefixed with a sheet name. */
export function parseAddress(address: string): CellArea {
  const local = (address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address)
    .replace(/\$/g, '')
    .trim();
  const [first, second = first] = local.split(':');
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    return ordered(Number(first) - 1, 0, Number(second) - 1, MAX_COLS - 1);
  }
  if (/^[A-Za-z]+$/.test(first) && /^[A-Za-z]+$/.test(second)) {
    return ordered(0, columnIndex(first), MAX_ROWS - 1, columnIndex(second));
  }
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end)
    throw new SimHostError('InvalidArgument', `The argument is invalid or missing: address '${address}'.`);
  return ordered(start.row, start.col, end.row, end.col);
}

function ordered(r1: number, c1: number, r2: number, c2: number): CellArea {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Excel quotes sheet names that are not plain words: 'My Sheet'!A1. */
export function qualifiedAddress(sheetName: string, area: CellArea): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheetName) && !/^\d/.test(sheetName);
  const prefix = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${prefix}!${areaToA1(area)}`;
}

export function cellKey(row: number, col: number): string {
  return toA1(row, col);
}

export function cellAt(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.cells[cellKey(row, col)];
}

export function mergeAreas(sheet: SimSheet): CellArea[] {
  return sheet.merges.map((address) => parseAddress(address));
}

function hasContent(cell: SimCell, valuesOnly: boolean): boolean {
  const hasValue = (cell.value !== null && cell.value !== '') || cell.formula !== undefined;
  if (valuesOnly) return hasValue;
  return (
    hasValue ||
    cell.fill !== undefined ||
    cell.note !== undefined ||
    cell.style !== undefined ||
    (cell.numberFormat ?? 'General') !== 'General'
  );
}

/** The bounding box of everything in the sheet; A1 for an empty sheet, as Excel's getUsedRange does. */
export function usedArea(sheet: SimSheet, valuesOnly = false): CellArea {
  let area: CellArea | undefined;
  const grow = (a: CellArea): void => {
    area = area
      ? {
          top: Math.min(area.top, a.top),
          left: Math.min(area.left, a.left),
          bottom: Math.max(area.bottom, a.bottom),
          right: Math.max(area.right, a.right),
        }
      : a;
  };
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (!hasContent(cell, valuesOnly)) continue;
    const at = parseA1(key);
    if (at) grow({ top: at.row, left: at.col, bottom: at.row, right: at.col });
  }
  if (!valuesOnly) mergeAreas(sheet).forEach(grow);
  return area ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

/** Clips whole-row/whole-column areas to the used range, as Excel does when it returns values. */
export function clipToUsed(sheet: SimSheet, area: CellArea): CellArea {
  const whole = area.bottom - area.top + 1 >= MAX_ROWS || area.right - area.left + 1 >= MAX_COLS;
  if (!whole) return area;
  const used = usedArea(sheet);
  return {
    top: area.top,
    left: area.left,
    bottom: Math.min(area.bottom, Math.max(used.bottom, area.top)),
    right: Math.min(area.right, Math.max(used.right, area.left)),
  };
}

export function eachPosition(area: CellArea, visit: (row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r, c);
}

export function matrix<T>(area: CellArea, pick: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cells: T[] = [];
    for (let c = area.left; c <= area.right; c++) cells.push(pick(r, c));
    rows.push(cells);
  }
  return rows;
}

export function upsert(sheet: SimSheet, row: number, col: number, change: (cell: SimCell) => void): void {
  const key = cellKey(row, col);
  const cell = sheet.cells[key] ?? { value: null };
  change(cell);
  if (!hasContent(cell, false) && cell.numberFormat === undefined) delete sheet.cells[key];
  else sheet.cells[key] = cell;
}

/** Writes one value or a matrix; a scalar fills the whole area, like `range.values = 5`. */
export function writeEach<T>(
  sheet: SimSheet,
  area: CellArea,
  input: T | T[][],
  apply: (cell: SimCell, value: T) => void,
): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new SimHostError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
      );
    }
  }
  eachPosition(area, (r, c) => {
    const value = Array.isArray(input) ? input[r - area.top][c - area.left] : input;
    upsert(sheet, r, c, (cell) => apply(cell, value));
  });
}

export function writeValue(cell: SimCell, value: SimValue): void {
  // Writing a value keeps the cell's number format (a percent cell takes a fraction) and drops its formula.
  // A cell formatted as Text ("@") keeps whatever is typed as text, "=…" included, as Excel does.
  if (typeof value === 'string' && value.startsWith('=') && cell.numberFormat !== '@') {
    cell.formula = value;
    cell.value = null;
    return;
  }
  delete cell.formula;
  cell.value = value === '' ? null : value;
}

export function setFill(sheet: SimSheet, area: CellArea, color: string | null): void {
  eachPosition(area, (r, c) =>
    upsert(sheet, r, c, (cell) => {
      if (color === null) delete cell.fill;
      else cell.fill = normalizeColor(color);
    }),
  );
}

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  yellow: '#FFFF00',
  green: '#008000',
  blue: '#0000FF',
  orange: '#FFA500',
};

export function normalizeColor(color: string): string {
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new SimHostError('InvalidArgument', `Invalid colour '${color}'.`);
  return color.toUpperCase();
}

function shiftCells(
  sheet: SimSheet,
  move: (row: number, col: number) => { row: number; col: number } | null,
): void {
  const moved: Record<string, SimCell> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const at = parseA1(key);
    if (!at) continue;
    const to = move(at.row, at.col);
    if (to) moved[cellKey(to.row, to.col)] = cell;
  }
  sheet.cells = moved;
}

function wholeRows(area: CellArea): boolean {
  return area.left === 0 && area.right >= MAX_COLS - 1;
}

/** Moves row heights and rewrites same-sheet formulas after whole rows were inserted or deleted. */
function afterRowChange(
  sheet: SimSheet,
  move: (row: number) => number | null,
  rewrite: (f: string) => string,
): void {
  if (sheet.rowHeights) {
    const heights: Record<string, number> = {};
    for (const [row, height] of Object.entries(sheet.rowHeights)) {
      const to = move(Number(row));
      if (to !== null) heights[String(to)] = height;
    }
    sheet.rowHeights = heights;
  }
  for (const cell of Object.values(sheet.cells)) if (cell.formula) cell.formula = rewrite(cell.formula);
}

/**
 * Inserts rows above `area` within its columns (whole rows for "5:7"): cells, fills, notes and merges move down;
 * for whole rows also row heights, and same-sheet formula references move as in Excel.
 */
export function insertDown(sheet: SimSheet, area: CellArea): void {
  const height = area.bottom - area.top + 1;
  if (wholeRows(area)) {
    afterRowChange(
      sheet,
      (row) => (row >= area.top ? row + height : row),
      (formula) => shiftFormulaRows(formula, area.top, height),
    );
  }
  const inColumns = (c: number): boolean => c >= area.left && c <= area.right;
  shiftCells(sheet, (row, col) =>
    row >= area.top && inColumns(col) ? { row: row + height, col } : { row, col },
  );
  sheet.merges = mergeAreas(sheet).map((merge) => {
    if (merge.right < area.left || merge.left > area.right) return areaToA1(merge);
    if (merge.top >= area.top)
      return areaToA1({ ...merge, top: merge.top + height, bottom: merge.bottom + height });
    // Inserting inside a merged area stretches it, as Excel does.
    if (merge.bottom >= area.top) return areaToA1({ ...merge, bottom: merge.bottom + height });
    return areaToA1(merge);
  });
}

/** Deletes `area`'s rows within its columns (whole rows for "5:7"): what is below moves up. */
export function deleteUp(sheet: SimSheet, area: CellArea): void {
  const height = area.bottom - area.top + 1;
  if (wholeRows(area)) {
    afterRowChange(
      sheet,
      (row) => (row < area.top ? row : row <= area.bottom ? null : row - height),
      (formula) => removeFormulaRows(formula, area.top, height),
    );
  }
  const inColumns = (c: number): boolean => c >= area.left && c <= area.right;
  shiftCells(sheet, (row, col) => {
    if (!inColumns(col) || row < area.top) return { row, col };
    if (row <= area.bottom) return null;
    return { row: row - height, col };
  });
  const kept: string[] = [];
  for (const merge of mergeAreas(sheet)) {
    if (merge.right < area.left || merge.left > area.right || merge.bottom < area.top) {
      kept.push(areaToA1(merge));
      continue;
    }
    const overlap = Math.min(merge.bottom, area.bottom) - Math.max(merge.top, area.top) + 1;
    const remaining = merge.bottom - merge.top + 1 - Math.max(0, overlap);
    if (remaining <= 0) continue; // wholly inside the deleted rows
    const top = merge.top > area.bottom ? merge.top - height : Math.min(merge.top, area.top);
    const bottom = top + remaining - 1;
    if (bottom > top || merge.right > merge.left) kept.push(areaToA1({ ...merge, top, bottom }));
  }
  sheet.merges = kept;
}

export function cellValue(cell: SimCell | undefined): SimValue {
  return cell?.value ?? null;
}
