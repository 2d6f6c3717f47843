import { formatNumber } from '../../src/engine/grid/format-number';
import { parseA1, parseA1Area, toA1 } from '../../src/engine/grid/a1';
import { Grid } from '../../src/engine/grid/grid';
import type { Cell, CellArea, CellPosition } from '../../src/engine/grid/types';
import type { SeedSpec, SpecCell, SpecEntry, SpecMistake, TableSpec } from './types';

export interface LayoutOptions {
  /** Where the table's top-left cell goes (0-based); default A1. */
  readonly origin?: CellPosition;
  /** Type every figure as text, the way some filers do: 767.27 → '767.27', 0.9285 → '92.85%'. */
  readonly textFigures?: boolean;
}

/** The cell a spec entry describes, with `text` as Excel would display it; undefined for an empty cell. */
export function specCell(entry: SpecEntry, textFigures = false): Cell | undefined {
  if (entry === undefined || entry === null || entry === '') return undefined;
  const spec: SpecCell = typeof entry === 'object' ? entry : { value: entry };
  if (spec.value === null || (spec.value === '' && !spec.text)) return undefined;
  const numberFormat = spec.numberFormat ?? 'General';
  if (typeof spec.value === 'number') {
    const text = spec.text ?? formatNumber(spec.value, numberFormat);
    return textFigures
      ? { value: text, text, numberFormat: 'General' }
      : { value: spec.value, text, numberFormat };
  }
  const text = spec.text ?? (typeof spec.value === 'boolean' ? (spec.value ? 'TRUE' : 'FALSE') : spec.value);
  return { value: spec.value, text, numberFormat };
}

/** Merged areas of a spec, shifted to `origin`. */
export function specMerges(spec: TableSpec, origin: CellPosition = { row: 0, col: 0 }): CellArea[] {
  return spec.merges.map((range) => {
    const area = parseA1Area(range);
    if (!area) throw new Error(`Bad merge range ${range} in ${spec.id}`);
    return shift(area, origin);
  });
}

/** Rows and columns the table spans. */
export function specSize(spec: TableSpec): { rows: number; cols: number } {
  let cols = Math.max(0, ...spec.rows.map((row) => row.length));
  let rows = spec.rows.length;
  for (const area of specMerges(spec)) {
    cols = Math.max(cols, area.right + 1);
    rows = Math.max(rows, area.bottom + 1);
  }
  return { rows, cols };
}

/** Writes a table into `grid` (a new grid named after the spec's sheet when none is given). */
export function specToGrid(
  spec: TableSpec,
  options: LayoutOptions & { grid?: Grid; sheetName?: string } = {},
): Grid {
  const origin = options.origin ?? { row: 0, col: 0 };
  const grid = options.grid ?? new Grid(options.sheetName ?? spec.sheetName);
  spec.rows.forEach((row, r) =>
    row.forEach((entry, c) => {
      const cell = specCell(entry, options.textFigures);
      if (cell) grid.setCell(origin.row + r, origin.col + c, cell);
    }),
  );
  for (const area of specMerges(spec, origin)) grid.addMerge(area);
  return grid;
}

export interface Placement {
  readonly spec: TableSpec;
  readonly origin: CellPosition;
}

/** Several tables in one sheet, one below the other with `gap` empty rows between them. */
export function placeTables(
  sheetName: string,
  specs: readonly TableSpec[],
  options: LayoutOptions & { gap?: number } = {},
): { grid: Grid; placements: Placement[] } {
  const grid = new Grid(sheetName);
  const start = options.origin ?? { row: 0, col: 0 };
  const gap = options.gap ?? 3;
  const placements: Placement[] = [];
  let row = start.row;
  for (const spec of specs) {
    const origin = { row, col: start.col };
    specToGrid(spec, { grid, origin, textFigures: options.textFigures });
    placements.push({ spec, origin });
    row += specSize(spec).rows + gap;
  }
  return { grid, placements };
}

export function stackTables(
  sheetName: string,
  specs: readonly TableSpec[],
  options: LayoutOptions & { gap?: number } = {},
): Grid {
  return placeTables(sheetName, specs, options).grid;
}

/** One grid per table, each on its template sheet. */
export function seedGrids(seed: SeedSpec, options: LayoutOptions = {}): Grid[] {
  return seed.tables.map((spec) => specToGrid(spec, options));
}

/** Where a mistake (or any relative A1 address) lands when the table sits at `origin`. */
export function cellAt(relativeA1: string, origin: CellPosition = { row: 0, col: 0 }): string {
  const position = parseA1(relativeA1);
  if (!position) throw new Error(`Bad cell address ${relativeA1}`);
  return toA1(position.row + origin.row, position.col + origin.col);
}

export function mistakeCell(mistake: SpecMistake, origin: CellPosition = { row: 0, col: 0 }): string {
  return cellAt(mistake.cell, origin);
}

function shift(area: CellArea, origin: CellPosition): CellArea {
  return {
    top: area.top + origin.row,
    left: area.left + origin.col,
    bottom: area.bottom + origin.row,
    right: area.right + origin.col,
  };
}
