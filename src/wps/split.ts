// Number formats and merges have no per-cell bulk read in WPS: a property of several cells reads null when the
// cells differ [DOC Range.NumberFormat: "如果指定区域中的所有单元格包含不同的数字格式，则此属性返回 Null"]. So an
// area is asked once, and only the areas that answer "mixed" are cut in two and asked again: a sheet whose
// columns each keep one format costs a few calls per column, not one per cell.
import type { CellArea } from '../engine/grid/types';

export function isSingleCell(area: CellArea): boolean {
  return area.top === area.bottom && area.left === area.right;
}

/** Halves of an area: columns first (formats follow columns in these tables), then rows. */
export function halves(area: CellArea): [CellArea, CellArea] {
  if (area.right > area.left) {
    const mid = Math.floor((area.left + area.right) / 2);
    return [
      { ...area, right: mid },
      { ...area, left: mid + 1 },
    ];
  }
  const mid = Math.floor((area.top + area.bottom) / 2);
  return [
    { ...area, bottom: mid },
    { ...area, top: mid + 1 },
  ];
}

/**
 * Calls `visit` for areas that tile `area` on which `probe` gives one value (null = the cells differ), skipping
 * areas `wanted` says hold nothing of interest (asked before any call is made).
 */
export function exploreUniform<T>(
  area: CellArea,
  probe: (area: CellArea) => T | null,
  visit: (area: CellArea, value: T) => void,
  wanted: (area: CellArea) => boolean = () => true,
): void {
  if (!wanted(area)) return;
  const value = probe(area);
  if (value !== null && value !== undefined) {
    visit(area, value);
    return;
  }
  if (isSingleCell(area)) return; // a single cell never reads mixed; a host that says so gets nothing
  for (const half of halves(area)) exploreUniform(half, probe, visit, wanted);
}
