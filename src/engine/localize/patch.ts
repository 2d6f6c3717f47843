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
 * Copies are made on the first change, so an unchanged branch allocates nothing.
 */
function mapFields(value: unknown, map: (field: Field) => Field): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const mapped = mapFields(item, map);
      if (mapped === item) continue;
      items ??= value.slice();
      items[index] = mapped;
    }
    return items ?? value;
  }
  if (value instanceof Map) {
    let copy: Map<unknown, unknown> | undefined;
    for (const [key, inner] of value) {
      const mapped = mapFields(inner, map);
      if (mapped === inner) continue;
      copy ??= new Map(value);
      copy.set(key, mapped);
    }
    return copy ?? value;
  }
  if (isField(value)) return map(value);
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    const inner = record[name];
    const mapped = mapFields(inner, map);
    if (mapped === inner) continue;
    copy ??= { ...record };
    copy[name] = mapped;
  }
  return copy ?? value;
}
