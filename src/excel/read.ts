// Reading sheets into engine grids. Every sheet's used range, its merged areas and the active sheet's name are
// queued together and fetched in one context.sync().
import { Grid, cellOf } from '../engine/grid/grid';
import type { SheetGrid } from '../engine/grid/types';
import { parseAreaList } from './addresses';
import type { DetailedCapabilities } from './capabilities';
import type { ReadScope, WorkbookSnapshot } from './port';

/** What the adapter remembers between calls: the sheet names it last saw, so the next read needs one sync. */
export interface ReadMemory {
  sheetNames?: readonly string[];
}

interface QueuedSheet {
  readonly used: Excel.Range;
  /** Absent below ExcelApi 1.13: merges are then not reported (the engine reads a merge's value from its
   *  top-left cell anyway, and recognises tables by labels, not by merges). */
  readonly merged?: Excel.RangeAreas;
}

function queueSheet(sheet: Excel.Worksheet, capabilities: DetailedCapabilities): QueuedSheet {
  const used = sheet.getUsedRange();
  used.load('values,text,numberFormat,formulas,rowIndex,columnIndex');
  if (!capabilities.mergedAreas) return { used };
  // On the whole used range, so no merge's top-left cell lies outside the query (office-js #3611).
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  return { used, merged };
}

export function toGrid(name: string, queued: QueuedSheet): Grid {
  const grid = new Grid(name);
  const { values, text, numberFormat, formulas, rowIndex, columnIndex } = queued.used;
  values.forEach((row, r) =>
    row.forEach((value: unknown, c) => {
      const formula = formulas[r][c];
      // A text cell holding "=100%" (an indicator's 指标性质 and target in one) reports that text as its
      // formula too; a real formula's value differs from its own text.
      const hasFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
      if ((value === '' || value === null) && !hasFormula) return;
      const cellValue = value === '' ? null : (value as number | string | boolean);
      grid.setCell(
        rowIndex + r,
        columnIndex + c,
        cellOf(cellValue, numberFormat[r][c] || 'General', text[r][c], hasFormula ? formula : undefined),
      );
    }),
  );
  if (queued.merged && !queued.merged.isNullObject)
    parseAreaList(queued.merged.address).forEach((area) => grid.addMerge(area));
  return grid;
}

export async function readSheets(
  scope: ReadScope,
  capabilities: DetailedCapabilities,
  memory: ReadMemory,
): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const active = worksheets.getActiveWorksheet();
    active.load('name');
    if (scope === 'active-sheet') {
      const queued = queueSheet(active, capabilities);
      await context.sync();
      return { grids: [toGrid(active.name, queued)], activeSheet: active.name };
    }

    // The sheet list and, for every sheet we already know of, its contents: one round trip. A sheet added
    // since costs a second one; a sheet renamed or deleted since makes this batch fail, and we start afresh.
    worksheets.load('items/name');
    const queued = new Map<string, QueuedSheet>();
    for (const name of memory.sheetNames ?? [])
      queued.set(name, queueSheet(worksheets.getItem(name), capabilities));
    try {
      await context.sync();
    } catch (error) {
      if (queued.size === 0) throw error;
      memory.sheetNames = undefined;
      return readSheets(scope, capabilities, memory);
    }
    const names = worksheets.items.map((sheet) => sheet.name);
    memory.sheetNames = names;
    const missing = names.filter((name) => !queued.has(name));
    if (missing.length > 0) {
      for (const name of missing) queued.set(name, queueSheet(worksheets.getItem(name), capabilities));
      await context.sync();
    }
    const grids: SheetGrid[] = names.map((name) => toGrid(name, queued.get(name) as QueuedSheet));
    return { grids, activeSheet: active.name };
  });
}
