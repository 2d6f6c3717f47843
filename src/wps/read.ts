// Reading sheets into engine grids over WPS's synchronous object model. Per sheet: the used range's position and
// size, Value2 and Formula of the whole range (one call each), number formats by uniform areas (./split.ts; only
// areas holding something are asked), and merged areas by MergeCells/MergeArea, also by uniform areas.
import { areaToA1, parseA1Area, toA1 } from '../engine/grid/a1';
import { Grid } from '../engine/grid/grid';
import type { CellArea } from '../engine/grid/types';
import type { ReadScope, WorkbookSnapshot } from '../host/port';
import { activeWorkbook, wpsApplication, type EtWorksheet } from './api';
import { rowsOf } from './shape';
import { exploreUniform, isSingleCell } from './split';
import { STATE_SHEET } from './store';
import { cellFrom } from './values';

/** The sheets of the workbook a user works in, in order: every sheet but our state sheet. */
export function userSheets(): EtWorksheet[] {
  const worksheets = activeWorkbook().Worksheets;
  const count = worksheets.Count;
  const sheets: EtWorksheet[] = [];
  for (let index = 1; index <= count; index++) {
    const sheet = worksheets.Item(index);
    if (String(sheet.Name) !== STATE_SHEET) sheets.push(sheet);
  }
  return sheets;
}

export interface UsedArea {
  readonly area: CellArea;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

/** The used range's position, values and formulas: 7 calls whatever its size. */
export function readUsed(sheet: EtWorksheet): UsedArea {
  const used = sheet.UsedRange;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const top = used.Row - 1;
  const left = used.Column - 1;
  return {
    area: { top, left, bottom: top + rows - 1, right: left + cols - 1 },
    values: rowsOf(used.Value2, rows, cols),
    formulas: rowsOf(used.Formula, rows, cols),
  };
}

function holdsSomething(used: UsedArea): (area: CellArea) => boolean {
  return (area) => {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const value = used.values[r - used.area.top]?.[c - used.area.left];
        const formula = used.formulas[r - used.area.top]?.[c - used.area.left];
        if (
          (value !== null && value !== undefined && value !== '') ||
          (typeof formula === 'string' && formula !== '')
        )
          return true;
      }
    return false;
  };
}

/** Number formats of the cells that hold something, keyed row*16384+col. */
export function readNumberFormats(sheet: EtWorksheet, used: UsedArea): Map<number, string> {
  const formats = new Map<number, string>();
  exploreUniform<string>(
    used.area,
    (area) => {
      const format = sheet.Range(areaToA1(area)).NumberFormat;
      return format === null || format === undefined ? null : String(format);
    },
    (area, format) => {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) formats.set(r * 16384 + c, format);
    },
    holdsSomething(used),
  );
  return formats;
}

/** Rows asked about together first; a band without a merged cell costs one call instead of one per row. */
export const MERGE_BAND_ROWS = 16;

/**
 * Every merged area of the used range. WPS has no call listing merges, so: one MergeCells call per band of rows
 * and per row in a band that has some (false: no merged cell in it), then MergeArea of the cells that can start a merge. Every cell of a merged area but
 * its top-left one is empty, so a cell holding a value whose right and lower neighbours also hold values cannot
 * start one and is not asked about; cells inside a merged area already found are skipped.
 */
export function readMerges(sheet: EtWorksheet, used: UsedArea): CellArea[] {
  const { area } = used;
  const filled = holdsSomething(used);
  const isFilled = (row: number, col: number) => filled({ top: row, left: col, bottom: row, right: col });
  const found: CellArea[] = [];
  const covered = new Set<number>();
  const hasMerged = (top: number, bottom: number) =>
    sheet.Range(areaToA1({ top, bottom, left: area.left, right: area.right })).MergeCells !== false;
  let bandEnd = area.top - 1;
  for (let row = area.top; row <= area.bottom; row++) {
    // A band of rows with no merged cell is passed over in one call: long data sheets have few merges.
    if (row > bandEnd) {
      bandEnd = Math.min(area.bottom, row + MERGE_BAND_ROWS - 1);
      if (bandEnd > row && !hasMerged(row, bandEnd)) {
        row = bandEnd;
        continue;
      }
    }
    if (!hasMerged(row, row)) continue;
    for (let col = area.left; col <= area.right; col++) {
      if (covered.has(row * 16384 + col)) continue;
      const mayStart =
        !isFilled(row, col) ||
        (col < area.right && !isFilled(row, col + 1)) ||
        (row < area.bottom && !isFilled(row + 1, col));
      if (!mayStart) continue;
      const merge = parseA1Area(String(sheet.Range(toA1(row, col)).MergeArea.Address(false, false)));
      if (!merge || isSingleCell(merge)) continue;
      found.push(merge);
      for (let r = merge.top; r <= merge.bottom; r++)
        for (let c = merge.left; c <= merge.right; c++) covered.add(r * 16384 + c);
    }
  }
  return found;
}

export function readGrid(sheet: EtWorksheet, name = String(sheet.Name)): Grid {
  const used = readUsed(sheet);
  const formats = readNumberFormats(sheet, used);
  const grid = new Grid(name);
  used.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const row = used.area.top + r;
      const col = used.area.left + c;
      const cell = cellFrom(value, used.formulas[r]?.[c], formats.get(row * 16384 + col) ?? 'General');
      if (cell) grid.setCell(row, col, cell);
    }),
  );
  for (const merge of readMerges(sheet, used)) grid.addMerge(merge);
  return grid;
}

export async function readSheets(scope: ReadScope): Promise<WorkbookSnapshot> {
  const application = wpsApplication();
  const active = application.ActiveSheet;
  if (!active) throw new Error('No active sheet.');
  const activeSheet = String(active.Name);
  if (scope === 'active-sheet') return { grids: [readGrid(active, activeSheet)], activeSheet };
  return { grids: userSheets().map((sheet) => readGrid(sheet)), activeSheet };
}
