/**
 * The tables (and grids) as they will read once a plan is applied: every field at a changed cell re-read
 * from its new cell, everything else shared. Verifying a plan re-runs the real rules on these, so a plan is
 * judged by the same checks a person will run after applying it.
 */
import { formatNumber } from '../grid/format-number';
import type { Cell, CellArea, SheetGrid } from '../grid/types';
import { readFigure } from '../figures/read';
import type { FigureRole } from '../figures/types';
import type { Field, RecognizedTable } from '../model/tables';

export interface CellPatch {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The raw value the cell will hold (a formula's result for a formula cell). */
  readonly value: number | string;
  /** The formula it will hold, when it holds one. */
  readonly formula?: string;
  readonly role: FigureRole;
}

export function patchedCell(previous: Cell | undefined, patch: CellPatch): Cell {
  const numberFormat = previous?.numberFormat ?? 'General';
  const text = typeof patch.value === 'number' ? formatNumber(patch.value, numberFormat) : patch.value;
  const formula = patch.formula ?? previous?.formula;
  return formula
    ? { value: patch.value, text, numberFormat, formula }
    : { value: patch.value, text, numberFormat };
}

const key = (sheet: string, row: number, col: number): string => `${sheet}!${row},${col}`;

/** Tables with the patched fields replaced; a table without a patched cell is returned as it is. */
export function patchTables(
  tables: readonly RecognizedTable[],
  patches: readonly CellPatch[],
): RecognizedTable[] {
  const byKey = new Map(patches.map((patch) => [key(patch.sheet, patch.row, patch.col), patch]));
  return tables.map((table) => {
    if (!patches.some((patch) => patch.sheet === table.sheet && inside(table.area, patch.row, patch.col)))
      return table;
    return mapFields(table, (field) => {
      const patch = byKey.get(key(table.sheet, field.at.row, field.at.col));
      if (!patch) return field;
      const cell = patchedCell(field.cell, patch);
      return { ...field, cell, figure: readFigure(cell, patch.role) };
    }) as RecognizedTable;
  });
}

/** A sheet with some cells replaced; the rest read through. */
export function patchGrid(sheet: SheetGrid, patches: readonly CellPatch[]): SheetGrid {
  const byKey = new Map(
    patches
      .filter((patch) => patch.sheet === sheet.name)
      .map((patch) => [key(sheet.name, patch.row, patch.col), patch]),
  );
  if (byKey.size === 0) return sheet;
  return {
    name: sheet.name,
    rowCount: sheet.rowCount,
    colCount: sheet.colCount,
    merges: sheet.merges,
    mergeAt: (row, col) => sheet.mergeAt(row, col),
    cellAt: (row, col) => {
      const patch = byKey.get(key(sheet.name, row, col));
      const previous = sheet.cellAt(row, col);
      return patch ? patchedCell(previous, patch) : previous;
    },
  };
}

function inside(area: CellArea, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

function isField(value: object): value is Field {
  return 'at' in value && 'figure' in value && 'cell' in value;
}

/**
 * A table with each Field replaced through `map`; Maps, arrays and objects are copied only where something
 * inside them changed, the rest is shared (a plan patches a few cells of a table of hundreds of fields).
 */
function mapFields(value: unknown, map: (field: Field) => Field): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => mapFields(item, map));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (value instanceof Map) {
    const entries = [...value].map(([k, v]): [unknown, unknown] => [k, mapFields(v, map)]);
    return entries.some(([k, v]) => v !== value.get(k)) ? new Map(entries) : value;
  }
  if (isField(value)) return map(value);
  let copy: Record<string, unknown> | undefined;
  for (const [name, inner] of Object.entries(value)) {
    const mapped = mapFields(inner, map);
    if (mapped === inner) continue;
    copy ??= { ...value };
    copy[name] = mapped;
  }
  return copy ?? value;
}
