// Writes a fix plan into an ExcelJS workbook: values keep each cell's number format; a corrected formula is
// written as a formula; formula cells whose result changes get the new cached result (and the workbook asks
// Excel to recalculate on open), so any reader sees the corrected figures.
import type ExcelJS from 'exceljs';
import { parseA1 } from '../engine/grid/a1';
import type { FixPlan } from '../engine/localize';

export function applyFixPlan(workbook: ExcelJS.Workbook, plan: FixPlan): void {
  for (const change of plan.changes) {
    const cell = cellOf(workbook, change.sheet, change.cell);
    if (!cell) continue;
    cell.value = change.formula
      ? ({ formula: change.formula.replace(/^=/, ''), result: change.value } as ExcelJS.CellFormulaValue)
      : change.value;
  }
  for (const entry of plan.recalculated) {
    const cell = cellOf(workbook, entry.sheet, entry.cell);
    if (!cell?.formula) continue;
    cell.value = { formula: cell.formula, result: entry.value } as ExcelJS.CellFormulaValue;
  }
  if (plan.changes.length > 0) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function cellOf(workbook: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.Cell | undefined {
  const worksheet = workbook.getWorksheet(sheet);
  const at = parseA1(address);
  return worksheet && at ? worksheet.getCell(at.row + 1, at.col + 1) : undefined;
}
