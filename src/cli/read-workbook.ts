// ExcelJS → the engine's grids. The only place the CLI interprets cell values, so the engine sees the
// same shape the add-in gives it: raw value, display text, number format, formula and merges.
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { readableByExcelJs } from './package/exceljs-view';
import { parseA1Area } from '../engine/grid/a1';
import { Grid } from '../engine/grid/grid';
import type { Cell, CellValue } from '../engine/grid/types';
import { formatGeneral, formatNumber } from '../engine/grid/format-number';
import { dateText } from './read/date-text';

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await fs.readFile(file);
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch (error) {
    // A valid file ExcelJS misreads (drawings by openpyxl, ExcelJS #2591) is read through a view without them.
    const view = await readableByExcelJs(bytes).catch(() => undefined);
    if (!view) throw error;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(view as unknown as ArrayBuffer);
    return workbook;
  }
}

/** One grid per worksheet, in workbook order. */
export function workbookToGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}

export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const grid = new Grid(worksheet.name);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's value lives in its top-left cell; the others only mirror it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const converted = convertCell(cell);
      if (converted) grid.setCell(rowNumber - 1, colNumber - 1, converted);
    });
  });
  for (const range of mergeRanges(worksheet)) {
    const area = parseA1Area(range);
    if (area) grid.addMerge(area);
  }
  return grid;
}

/** The merged ranges of a sheet ("A1:B2"). */
export function mergeRanges(worksheet: ExcelJS.Worksheet): string[] {
  // `worksheet.model` serialises every row just to list merges, which dominates load time on big sheets;
  // ExcelJS keeps them in `_merges` (one Range per master cell), so read that when it is there.
  const internal = (worksheet as unknown as { _merges?: Record<string, { range: string }> })._merges;
  if (internal) return Object.values(internal).map((merge) => merge.range);
  return worksheet.model.merges ?? [];
}

export function convertCell(cell: ExcelJS.Cell): Cell | undefined {
  const numberFormat = cell.numFmt && cell.numFmt.trim() !== '' ? cell.numFmt : 'General';
  const raw = cell.value;
  if (raw === null || raw === undefined) return undefined;
  if (isFormulaValue(raw)) {
    const value = plainValue(raw.result, numberFormat);
    const formula = `=${cell.formula ?? ''}`;
    return { value: value.value, text: value.text, numberFormat, formula };
  }
  const value = plainValue(raw, numberFormat);
  if (value.value === null && value.text === '') return undefined;
  return { value: value.value, text: value.text, numberFormat };
}

type RawValue = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'];

function plainValue(raw: RawValue, numberFormat: string): { value: CellValue; text: string } {
  if (raw === null || raw === undefined) return { value: null, text: '' };
  if (typeof raw === 'number') return { value: raw, text: formatNumber(raw, numberFormat) };
  if (typeof raw === 'string') return { value: raw, text: raw };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) {
    const text = dateText(raw);
    return { value: text, text };
  }
  if (typeof raw === 'object') {
    if ('error' in raw && typeof raw.error === 'string') return { value: raw.error, text: raw.error };
    if ('richText' in raw && Array.isArray(raw.richText)) {
      const text = raw.richText.map((run) => run.text).join('');
      return { value: text, text };
    }
    if ('text' in raw) {
      // A hyperlink: its text may itself be rich text.
      const inner = raw.text as unknown;
      if (typeof inner === 'string') return { value: inner, text: inner };
      if (inner && typeof inner === 'object' && 'richText' in inner)
        return plainValue(inner as ExcelJS.CellRichTextValue, numberFormat);
    }
  }
  const text = typeof raw === 'object' ? JSON.stringify(raw) : formatGeneral(Number(raw));
  return { value: text, text };
}

function isFormulaValue(
  raw: ExcelJS.CellValue,
): raw is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw);
}
