// Operations on one simulated sheet's JSON: cells by position, merges, the used area, and rows moving when rows
// are inserted or deleted (cells, merges, formulas, row heights and comments move with them).
import { areaA1, cellA1, contains, intersects, parseArea, type Area } from './address';
import { deleteRowsInFormula, insertRowsInFormula } from './formula-rows';
import type { WpsCell, WpsSheet } from './state';

export function cellAt(sheet: WpsSheet, row: number, col: number): WpsCell | undefined {
  return sheet.cells[cellA1(row, col)];
}

export function ensureCell(sheet: WpsSheet, row: number, col: number): WpsCell {
  return (sheet.cells[cellA1(row, col)] ??= { value: null });
}

/** Drops a cell that holds nothing any more, so the used range shrinks as WPS's does on save. */
export function tidy(sheet: WpsSheet, row: number, col: number): void {
  const key = cellA1(row, col);
  const cell = sheet.cells[key];
  if (
    cell &&
    cell.value === null &&
    !cell.formula &&
    !cell.fill &&
    !cell.comment &&
    !cell.numberFormat &&
    (!cell.style || Object.keys(cell.style).length === 0)
  )
    delete sheet.cells[key];
}

export function mergeAreas(sheet: WpsSheet): Area[] {
  return sheet.merges.map((merge) => parseArea(merge));
}

export function mergeAt(sheet: WpsSheet, row: number, col: number): Area | undefined {
  return mergeAreas(sheet).find((area) => contains(area, row, col));
}

/** Positions of the stored cells inside `area`. */
export function storedIn(sheet: WpsSheet, area: Area): { row: number; col: number; cell: WpsCell }[] {
  const out: { row: number; col: number; cell: WpsCell }[] = [];
  if (area.top === area.bottom && area.left === area.right) {
    const cell = cellAt(sheet, area.top, area.left);
    return cell ? [{ row: area.top, col: area.left, cell }] : [];
  }
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const at = parseArea(key);
    if (contains(area, at.top, at.left)) out.push({ row: at.top, col: at.left, cell });
  }
  return out;
}

export function areaSize(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** The bounding box of everything stored (values, formats, comments) and of the merges; null for an empty sheet. */
export function usedArea(sheet: WpsSheet): Area | null {
  let area: Area | null = null;
  const grow = (a: Area) => {
    area = area
      ? {
          top: Math.min(area.top, a.top),
          left: Math.min(area.left, a.left),
          bottom: Math.max(area.bottom, a.bottom),
          right: Math.max(area.right, a.right),
        }
      : { ...a };
  };
  for (const key of Object.keys(sheet.cells)) grow(parseArea(key));
  for (const merge of mergeAreas(sheet)) grow(merge);
  return area;
}

function moveRows(
  sheet: WpsSheet,
  mapRow: (row: number) => number | null,
  mapFormula: (f: string) => string,
): void {
  const cells: Record<string, WpsCell> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const at = parseArea(key);
    const row = mapRow(at.top);
    if (row === null) continue;
    if (cell.formula) cell.formula = mapFormula(cell.formula);
    cells[cellA1(row, at.left)] = cell;
  }
  sheet.cells = cells;
  if (sheet.rowHeights) {
    const heights: Record<string, number> = {};
    for (const [row, height] of Object.entries(sheet.rowHeights)) {
      const moved = mapRow(Number(row));
      if (moved !== null) heights[String(moved)] = height;
    }
    if (Object.keys(heights).length > 0) sheet.rowHeights = heights;
    else delete sheet.rowHeights;
  }
}

/**
 * `count` rows inserted before 0-based row `at`. Cells at and below move down; a merge the new rows fall inside
 * grows; formulas on the sheet follow. The new rows take the formats (number format, fill, font, alignment,
 * borders) of the row above, as Insert's default CopyOrigin xlFormatFromLeftOrAbove does [DOC Range.Insert].
 */
export function insertRows(sheet: WpsSheet, at: number, count: number, formatFromAbove: boolean): void {
  moveRows(
    sheet,
    (row) => (row >= at ? row + count : row),
    (formula) => insertRowsInFormula(formula, at, count),
  );
  sheet.merges = mergeAreas(sheet).map((merge) =>
    areaA1(
      merge.top >= at
        ? { ...merge, top: merge.top + count, bottom: merge.bottom + count }
        : merge.bottom >= at
          ? { ...merge, bottom: merge.bottom + count }
          : merge,
    ),
  );
  if (!formatFromAbove || at === 0) return;
  for (const { col, cell } of storedIn(sheet, { top: at - 1, bottom: at - 1, left: 0, right: 16383 })) {
    for (let row = at; row < at + count; row++) {
      if (!cell.numberFormat && !cell.fill && !cell.style) continue;
      const target = ensureCell(sheet, row, col);
      if (cell.numberFormat) target.numberFormat = cell.numberFormat;
      if (cell.fill) target.fill = cell.fill;
      if (cell.style) target.style = { ...cell.style };
    }
  }
}

/** Rows `at..at+count-1` deleted: their cells and comments go, the rest moves up, merges shrink or go. */
export function deleteRows(sheet: WpsSheet, at: number, count: number): void {
  const last = at + count - 1;
  moveRows(
    sheet,
    (row) => (row < at ? row : row > last ? row - count : null),
    (formula) => deleteRowsInFormula(formula, at, count),
  );
  const merges: string[] = [];
  for (const merge of mergeAreas(sheet)) {
    if (merge.top >= at && merge.bottom <= last) continue;
    const top = merge.top < at ? merge.top : merge.top > last ? merge.top - count : at;
    const bottom = merge.bottom < at ? merge.bottom : merge.bottom > last ? merge.bottom - count : at - 1;
    const moved = { ...merge, top, bottom };
    if (moved.top === moved.bottom && moved.left === moved.right) continue;
    merges.push(areaA1(moved));
  }
  sheet.merges = merges;
}

export function removeMergesIn(sheet: WpsSheet, area: Area): void {
  sheet.merges = sheet.merges.filter((merge) => !intersects(parseArea(merge), area));
}
