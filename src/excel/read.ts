// Reading sheets into engine grids. Every sheet's used range, its merged areas and the active sheet's name are
// queued together and fetched in one context.sync() — with, from ExcelApi 1.9, what a highlight needs to know
// (./highlight-basis.ts), so validating and highlighting cost one sync each.
import { areaToA1 } from '../engine/grid/a1';
import { Grid, cellOf } from '../engine/grid/grid';
import type { SheetGrid } from '../engine/grid/types';
import { parseAreaList } from './addresses';
import type { DetailedCapabilities } from './capabilities';
import { errorCode } from './errors';
import type { HighlightBasis } from './highlight-basis';
import { BASIS_MAX_CELLS_PER_SHEET, BasisQuery, basisSupported } from './highlight-basis';
import type { ReadScope, WorkbookSnapshot } from '../host/port';

/** What the adapter remembers between calls: the sheet names it last saw, so the next read needs one sync;
 *  the highlight basis of the last read; each sheet's used-range size, to leave very large sheets' fills out. */
export interface ReadMemory {
  sheetNames?: readonly string[];
  highlightBasis?: HighlightBasis;
  usedCells?: Map<string, number>;
  /** Set when Excel refused a read for its size: fills are no longer read along (highlights read their own). */
  basisRefused?: boolean;
  /** Set when Excel refused the merged areas of a whole sheet (it fails above 512): merges are then read in
   *  bands of rows, in a second sync. */
  mergesInBands?: boolean;
}

export interface ReadOptions {
  /** Highlights will add notes, so the read counts each sheet's notes (ExcelApi 1.18). */
  readonly notes: boolean;
  /** Read what a following highlight needs (default true). */
  readonly basis?: boolean;
}

interface QueuedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** Empty below ExcelApi 1.13: merges are then not reported (the engine reads a merge's value from its
   *  top-left cell anyway, and recognises tables by labels, not by merges). One query for the whole used range,
   *  or one per band of rows once Excel refused that. */
  merged: Excel.RangeAreas[];
}

/** Rows per merged-area query once a whole sheet was refused: 50 rows of a 20-column sheet hold at most 500. */
export const MERGE_BAND_ROWS = 50;

function queueSheet(
  sheet: Excel.Worksheet,
  capabilities: DetailedCapabilities,
  memory: ReadMemory,
): QueuedSheet {
  const used = sheet.getUsedRange();
  used.load('values,text,numberFormat,formulas,rowIndex,columnIndex');
  if (!capabilities.mergedAreas || memory.mergesInBands) return { sheet, used, merged: [] };
  // On the whole used range, so no merge's top-left cell lies outside the query (office-js #3611).
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  return { sheet, used, merged: [merged] };
}

/** Once the used ranges are known: bands of rows that partition each one, so every merge's top-left cell lies
 *  in exactly one band and none is missed or counted twice. One more sync. If Excel refuses even that, the
 *  grids go without merges rather than the validation failing. */
async function readMergesInBands(
  context: Excel.RequestContext,
  sheets: readonly QueuedSheet[],
): Promise<void> {
  for (const queued of sheets) {
    const { rowIndex, columnIndex, values } = queued.used;
    const columns = values[0]?.length ?? 0;
    if (columns === 0) continue;
    for (let top = 0; top < values.length; top += MERGE_BAND_ROWS) {
      const bottom = Math.min(values.length, top + MERGE_BAND_ROWS) - 1;
      const band = queued.sheet.getRange(
        areaToA1({
          top: rowIndex + top,
          left: columnIndex,
          bottom: rowIndex + bottom,
          right: columnIndex + columns - 1,
        }),
      );
      const merged = band.getMergedAreasOrNullObject();
      merged.load('address');
      queued.merged.push(merged);
    }
  }
  try {
    await context.sync();
  } catch {
    for (const queued of sheets) queued.merged = [];
  }
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
  for (const merged of queued.merged)
    if (!merged.isNullObject) parseAreaList(merged.address).forEach((area) => grid.addMerge(area));
  return grid;
}

function isPayloadRefusal(error: unknown): boolean {
  return errorCode(error) === 'RequestPayloadSizeLimitExceeded';
}

export async function readSheets(
  scope: ReadScope,
  capabilities: DetailedCapabilities,
  memory: ReadMemory,
  options: ReadOptions = { notes: false },
): Promise<WorkbookSnapshot> {
  memory.highlightBasis = undefined;
  const withBasis = options.basis !== false && basisSupported(capabilities) && !memory.basisRefused;
  try {
    return await Excel.run(async (context) => {
      const basis = withBasis ? new BasisQuery(context, options.notes) : null;
      const queue = (name: string, sheet: Excel.Worksheet): QueuedSheet => {
        const queued = queueSheet(sheet, capabilities, memory);
        if (basis && (memory.usedCells?.get(name) ?? 0) <= BASIS_MAX_CELLS_PER_SHEET)
          basis.addSheet(name, sheet, queued.used);
        return queued;
      };
      const finish = async (
        names: readonly string[],
        sheets: readonly QueuedSheet[],
        activeSheet: string,
      ): Promise<WorkbookSnapshot> => {
        if (capabilities.mergedAreas && memory.mergesInBands) await readMergesInBands(context, sheets);
        const grids = sheets.map((queued, index) => toGrid(names[index], queued));
        rememberSizes(memory, grids);
        if (basis) memory.highlightBasis = basis.resolve(Date.now(), worksheets.items);
        return { grids, activeSheet };
      };
      const worksheets = context.workbook.worksheets;
      // The sheet list: a whole-workbook read works from it, and the basis needs it to tell a deleted sheet.
      if (scope === 'workbook' || basis) worksheets.load('items/name');
      const active = worksheets.getActiveWorksheet();
      active.load('name');
      if (scope === 'active-sheet') {
        // Its name is not known before the sync: the basis keys the sheet by a placeholder until then.
        const queued = queue(ACTIVE_PLACEHOLDER, active);
        await context.sync();
        basis?.rename(ACTIVE_PLACEHOLDER, active.name);
        return finish([active.name], [queued], active.name);
      }

      // The sheet list and, for every sheet we already know of, its contents: one round trip. A sheet added
      // since costs a second one; a sheet renamed or deleted since makes this batch fail, and we start afresh.
      const queued = new Map<string, QueuedSheet>();
      for (const name of memory.sheetNames ?? []) queued.set(name, queue(name, worksheets.getItem(name)));
      try {
        await context.sync();
      } catch (error) {
        if (queued.size === 0 || isPayloadRefusal(error)) throw error;
        memory.sheetNames = undefined;
        return readSheets(scope, capabilities, memory, options);
      }
      const names = worksheets.items.map((sheet) => sheet.name);
      memory.sheetNames = names;
      const missing = names.filter((name) => !queued.has(name));
      if (missing.length > 0) {
        for (const name of missing) queued.set(name, queue(name, worksheets.getItem(name)));
        await context.sync();
      }
      return finish(
        names,
        names.map((name) => queued.get(name) as QueuedSheet),
        active.name,
      );
    });
  } catch (error) {
    // Excel on the web caps a response at 5 MB: the fills may be what tipped it over. Read without them.
    if (withBasis && isPayloadRefusal(error)) {
      memory.basisRefused = true;
      return readSheets(scope, capabilities, memory, options);
    }
    // A sheet's merged areas fail above 512: from now on read them in bands of rows.
    if (capabilities.mergedAreas && !memory.mergesInBands && !isPayloadRefusal(error)) {
      memory.mergesInBands = true;
      return readSheets(scope, capabilities, memory, options);
    }
    throw error;
  }
}

/** Excel forbids an empty sheet name, so no real sheet can collide with this key. */
const ACTIVE_PLACEHOLDER = '';

function rememberSizes(memory: ReadMemory, grids: readonly SheetGrid[]): void {
  memory.usedCells ??= new Map();
  for (const grid of grids) memory.usedCells.set(grid.name, grid.rowCount * grid.colCount);
}
