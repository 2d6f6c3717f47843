// Queues the steps of an engine SheetPlan that insert and new-sheet share (no sync here): styles, writes,
// formula updates, merges, sizes. The order is plan.ts's; everything is in final coordinates.
import { areaToA1, toA1 } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';
import type { CellStyle, SheetPlan } from '../engine/presets/plan';
import { isSafeText } from '../engine/presets/safe-text';

/**
 * Office.js sets column widths in points; the plan gives Excel's width unit (characters of the default font's
 * widest digit). Excel lays a unit out at 7 px plus 5 px of cell padding (presets README, "look"), and a pixel is
 * 0.75 pt at 96 dpi: 134 units across a self-evaluation table come out at the width the CLI's files have.
 */
export function columnWidthPoints(units: number): number {
  return Math.round((units * 7 + 5) * 0.75 * 100) / 100;
}

export function queueStyles(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { area, style } of plan.styles) applyStyle(sheet.getRange(areaToA1(area)), area, style);
}

export function queueWrites(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const write of plan.writes) {
    const range = sheet.getRange(toA1(write.row, write.col));
    // Presets write text that Excel would not parse (safe-text.ts); anything else that would turn into a
    // number or a formula is formatted as Text first, so it reaches the sheet as written.
    if (write.numberFormat) range.numberFormat = [[write.numberFormat]];
    else if (typeof write.value === 'string' && !write.formula && !isSafeText(write.value))
      range.numberFormat = [['@']];
    if (write.formula) range.formulas = [[write.formula]];
    else range.values = [[write.value ?? '']];
  }
  for (const update of plan.formulaUpdates)
    sheet.getRange(toA1(update.row, update.col)).formulas = [[update.formula]];
}

export function queueMerges(sheet: Excel.Worksheet, merges: readonly CellArea[]): void {
  for (const area of merges) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.getRange(areaToA1(area)).merge(false);
  }
}

export function queueSizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { col, width } of plan.columnWidths)
    sheet.getRange(areaToA1({ top: 0, left: col, bottom: 0, right: col })).format.columnWidth =
      columnWidthPoints(width);
  for (const { row, height } of plan.rowHeights)
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
}

function applyStyle(range: Excel.Range, area: CellArea, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.numberFormat) {
    const format = style.numberFormat;
    range.numberFormat = Array.from({ length: area.bottom - area.top + 1 }, () =>
      Array.from({ length: area.right - area.left + 1 }, () => format),
    );
  }
  if (style.border) {
    for (const edge of EDGES) range.format.borders.getItem(edge).style = 'Continuous';
  }
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;
