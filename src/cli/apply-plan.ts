// Applies an engine SheetPlan to an ExcelJS worksheet. ExcelJS moves cells on insert but neither merges nor
// formula references, and unmerging resets the covered cells' styles; this module makes up for all three so
// the result matches what Excel does with the same plan.
import ExcelJS from 'exceljs';
import { parseA1Area } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';
import { shiftFormulaRows } from '../engine/presets/formula';
import type { CellStyle, SheetPlan } from '../engine/presets/plan';
import { mergeRanges } from './read-workbook';
import { applyPageSetup, applySheetFont } from './sheet-style';

interface SavedMerge {
  area: CellArea;
  keep: boolean;
  styles: { row: number; col: number; style: Partial<ExcelJS.Style> }[];
}

export function applyPlanToWorksheet(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const merges = takeMerges(worksheet, plan.unmerges);
  for (const insert of plan.rowInserts) insertRows(worksheet, merges, insert.at, insert.count);
  for (const saved of merges)
    for (const entry of saved.styles) cellAt(worksheet, entry.row, entry.col).style = clone(entry.style);

  for (const copy of plan.formatCopies) {
    const source = worksheet.getRow(copy.fromRow + 1);
    for (let row = copy.toTop; row <= copy.toBottom; row++) {
      const target = worksheet.getRow(row + 1);
      if (source.height) target.height = source.height;
      for (let col = copy.left; col <= copy.right; col++)
        target.getCell(col + 1).style = clone(source.getCell(col + 1).style);
    }
  }
  if (plan.sheetStyle) applySheetFont(worksheet, plan.sheetStyle);
  for (const range of plan.styles) applyStyle(worksheet, range.area, range.style);
  for (const write of plan.writes) {
    const cell = cellAt(worksheet, write.row, write.col);
    if (write.formula) {
      const formula = write.formula.replace(/^=/, '');
      cell.value =
        write.value === null ? { formula } : ({ formula, result: write.value } as ExcelJS.CellFormulaValue);
    } else cell.value = write.value;
    if (write.numberFormat) cell.numFmt = write.numberFormat;
  }
  for (const update of plan.formulaUpdates) {
    const cell = cellAt(worksheet, update.row, update.col);
    cell.value = { formula: update.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
  for (const saved of merges) if (saved.keep) mergeArea(worksheet, saved.area);
  for (const area of plan.merges) mergeArea(worksheet, area);
  for (const { col, width } of plan.columnWidths) worksheet.getColumn(col + 1).width = width;
  for (const { row, height } of plan.rowHeights) worksheet.getRow(row + 1).height = height;
  if (plan.sheetStyle) applyPageSetup(worksheet, plan.sheetStyle.page);
}

/** Unmerges every merge (remembering the covered cells' styles); the plan's unmerges are not merged again. */
function takeMerges(worksheet: ExcelJS.Worksheet, unmerges: readonly CellArea[]): SavedMerge[] {
  const saved: SavedMerge[] = [];
  for (const range of mergeRanges(worksheet)) {
    const area = parseA1Area(range);
    if (!area) continue;
    const styles: SavedMerge['styles'] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++)
        styles.push({ row, col, style: clone(cellAt(worksheet, row, col).style) });
    }
    saved.push({ area, keep: !unmerges.some((gone) => sameArea(gone, area)), styles });
  }
  for (const { area } of saved)
    worksheet.unMergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  return saved;
}

function insertRows(worksheet: ExcelJS.Worksheet, merges: SavedMerge[], at: number, count: number): void {
  // Formulas are read before the splice: ExcelJS copies shared-formula cells verbatim, pointing at a master
  // that has moved, so every formula is rewritten as a plain one at its new place.
  const formulas: { row: number; col: number; formula: string; result: unknown }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) {
        formulas.push({
          row: rowNumber - 1,
          col: colNumber - 1,
          formula: `=${cell.formula}`,
          result: cell.result,
        });
      }
    });
  });
  worksheet.spliceRows(at + 1, 0, ...Array.from({ length: count }, () => []));
  const move = (row: number) => (row >= at ? row + count : row);
  for (const entry of formulas) {
    const formula = shiftFormulaRows(entry.formula, at, count).slice(1);
    const value = entry.result === undefined ? { formula } : { formula, result: entry.result };
    cellAt(worksheet, move(entry.row), entry.col).value = value as ExcelJS.CellFormulaValue;
  }
  for (const saved of merges) {
    const { area } = saved;
    saved.area = {
      ...area,
      top: move(area.top),
      bottom: area.bottom >= at ? area.bottom + count : area.bottom,
    };
    saved.styles = saved.styles.map((entry) => ({ ...entry, row: move(entry.row) }));
  }
}

function applyStyle(worksheet: ExcelJS.Worksheet, area: CellArea, style: CellStyle): void {
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const cell = cellAt(worksheet, row, col);
      if (style.bold !== undefined || style.fontSize !== undefined) {
        cell.font = {
          ...cell.font,
          ...(style.bold !== undefined ? { bold: style.bold } : {}),
          ...(style.fontSize ? { size: style.fontSize } : {}),
        };
      }
      if (style.wrap !== undefined || style.horizontal || style.vertical) {
        cell.alignment = {
          ...cell.alignment,
          ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
          ...(style.horizontal ? { horizontal: style.horizontal } : {}),
          ...(style.vertical ? { vertical: style.vertical } : {}),
        };
      }
      if (style.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      if (style.numberFormat) cell.numFmt = style.numberFormat;
    }
  }
}

function mergeArea(worksheet: ExcelJS.Worksheet, area: CellArea): void {
  if (area.bottom === area.top && area.right === area.left) return;
  worksheet.mergeCellsWithoutStyle(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
}

function cellAt(worksheet: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return worksheet.getCell(row + 1, col + 1);
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function sameArea(a: CellArea, b: CellArea): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
