// The steps of an engine SheetPlan that insert and new-sheet share (styles, writes, formula updates, merges,
// sizes), as WPS calls. Everything is in final coordinates; the order is plan.ts's.
import { areaToA1, toA1 } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';
import type { CellStyle, SheetPlan } from '../engine/presets/plan';
import { isSafeText } from '../engine/presets/safe-text';
import { XL, type EtRange, type EtWorksheet } from './api';

export function applyStyles(sheet: EtWorksheet, plan: SheetPlan): void {
  for (const { area, style } of plan.styles) applyStyle(sheet.Range(areaToA1(area)), style);
}

export function applyWrites(sheet: EtWorksheet, plan: SheetPlan): void {
  for (const write of plan.writes) {
    const range = sheet.Range(toA1(write.row, write.col));
    // Presets write text WPS would not parse (safe-text.ts); any other text that would turn into a number or a
    // formula is formatted as Text first, so it reaches the sheet as written.
    if (write.numberFormat) range.NumberFormat = write.numberFormat;
    else if (typeof write.value === 'string' && !write.formula && !isSafeText(write.value))
      range.NumberFormat = '@';
    if (write.formula) range.Formula = write.formula;
    else range.Value2 = write.value ?? '';
  }
  for (const update of plan.formulaUpdates)
    sheet.Range(toA1(update.row, update.col)).Formula = update.formula;
}

export function applyMerges(sheet: EtWorksheet, merges: readonly CellArea[]): void {
  for (const area of merges) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.Range(areaToA1(area)).Merge(false);
  }
}

export function applySizes(sheet: EtWorksheet, plan: SheetPlan): void {
  // ColumnWidth is in characters, as the plan's widths are [DOC Range.ColumnWidth, VBA semantics].
  for (const { col, width } of plan.columnWidths)
    sheet.Range(areaToA1({ top: 0, left: col, bottom: 0, right: col })).ColumnWidth = width;
  for (const { row, height } of plan.rowHeights) sheet.Range(`${row + 1}:${row + 1}`).RowHeight = height;
}

function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.horizontal) range.HorizontalAlignment = XL.hAlign[style.horizontal];
  if (style.vertical) range.VerticalAlignment = style.vertical === 'top' ? XL.vAlign.top : XL.vAlign.center;
  if (style.numberFormat) range.NumberFormat = style.numberFormat;
  // Borders without an index sets every edge, inside ones included (VBA semantics).
  if (style.border) range.Borders.LineStyle = XL.continuous;
}

/** A cell's formats as Range reports them: what a format copy carries over. */
export interface CellFormats {
  readonly numberFormat: string | null;
  readonly fill: string | null;
  readonly bold: boolean | null;
  readonly size: number | null;
  readonly horizontal: number | null;
  readonly vertical: number | null;
  readonly wrap: boolean | null;
  readonly border: number | null;
}

export function applyFormats(
  range: EtRange,
  formats: CellFormats,
  setFill: (range: EtRange, fill: string | null) => void,
): void {
  if (formats.numberFormat !== null) range.NumberFormat = formats.numberFormat;
  setFill(range, formats.fill);
  if (formats.bold !== null) range.Font.Bold = formats.bold;
  if (formats.size !== null) range.Font.Size = formats.size;
  if (formats.horizontal !== null) range.HorizontalAlignment = formats.horizontal;
  if (formats.vertical !== null) range.VerticalAlignment = formats.vertical;
  if (formats.wrap !== null) range.WrapText = formats.wrap;
  if (formats.border !== null) range.Borders.LineStyle = formats.border;
}
