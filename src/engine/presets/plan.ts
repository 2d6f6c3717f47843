/**
 * SHEET PLANS: what to change in one worksheet to place a preset block or lay out a new template, as plain data
 * an adapter applies in one pass (Office.js: one `context.sync()`; ExcelJS: one loop). The engine computes a
 * plan from the grid; it never touches a host.
 *
 * An adapter applies the lists in this order:
 *   1. `unmerges`      unmerge these areas (current coordinates). Every merge an insertion falls inside or
 *                      that must grow over the new rows is listed, so no host ever has to guess how a merge moves.
 *   2. `rowInserts`    insert `count` blank rows before row `at`, in list order (each in the coordinates left by
 *                      the previous one). Rows at and below `at` move down, with their cells, merges and formula
 *                      references, as Excel does (`shiftFormulaRows` does it for hosts that do not).
 *   Everything below is in FINAL coordinates (after the inserts).
 *   3. `formatCopies`  copy formats (font, fill, borders, alignment, number format, row height) from `fromRow`
 *                      onto rows `toTop..toBottom`, columns `left..right`.
 *   4. `sheetStyle`    (new sheets) the font for the whole laid-out area, then `styles`: explicit formats where
 *                      there is no row to copy from (bold and sizes on top of the sheet's font).
 *   5. `writes`        values (and formulas) into cells that were empty: inserted rows or a new sheet. Strings
 *                      are written as text, never parsed (see safe-text.ts); numbers as numbers.
 *   6. `formulaUpdates` the only writes into existing cells: formulas (the 总分 SUM) that must cover the new rows.
 *   7. `merges`        merge these areas.
 *   8. `columnWidths`, `rowHeights` (new sheets); `sheetStyle.page`, the print setup (see sheet-style.ts).
 * `notes` explain choices the engine made (a row moved below a merge, no points left in a group).
 *
 * In Office.js each step is one queued call, so the whole plan fits in one `context.sync()`:
 * `range.unmerge()`; `sheet.getRange("21:23").insert(Excel.InsertShiftDirection.down)`;
 * `target.copyFrom(source, Excel.RangeCopyType.formats)` (+ `format.rowHeight`); `range.values` /
 * `range.formulas` / `range.numberFormat`; `range.merge(false)`. Excel moves formulas and merges itself; the
 * ExcelJS applier (src/cli/apply-plan.ts) does that by hand. Undo of an insertion is deleting the inserted
 * rows: Excel shrinks the grown merges and SUM ranges back with them.
 */
import type { CellArea } from '../grid/types';
import type { SheetStyle } from './sheet-style';
import type { Bilingual } from './types';

export interface RowInsert {
  /** 0-based sheet row the first new row will occupy. */
  readonly at: number;
  readonly count: number;
}

export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  /** A formula including the leading "="; `value` then holds what it computes to, when known, else null. */
  readonly formula?: string;
  readonly numberFormat?: string;
}

export interface FormulaUpdate {
  readonly row: number;
  readonly col: number;
  /** The formula as it stands after the inserts moved it (what the host shows before this update). */
  readonly previous: string;
  readonly formula: string;
}

export interface FormatCopy {
  readonly fromRow: number;
  readonly toTop: number;
  readonly toBottom: number;
  readonly left: number;
  readonly right: number;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle';
  /** Thin borders on every edge of every cell in the area. */
  readonly border?: boolean;
  readonly numberFormat?: string;
}

export interface StyleRange {
  readonly area: CellArea;
  readonly style: CellStyle;
}

export type PlanNoteId = 'moved-below-merge' | 'no-points-left' | 'no-format-source' | 'total-formula-kept';

export interface PlanNote {
  readonly id: PlanNoteId;
  readonly message: Bilingual;
}

export interface SheetPlan {
  readonly sheet: string;
  readonly purpose: 'insert-block' | 'new-sheet';
  readonly unmerges: readonly CellArea[];
  readonly rowInserts: readonly RowInsert[];
  readonly formatCopies: readonly FormatCopy[];
  readonly styles: readonly StyleRange[];
  readonly writes: readonly CellWrite[];
  readonly formulaUpdates: readonly FormulaUpdate[];
  readonly merges: readonly CellArea[];
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** New sheets: font and print setup for the whole form (absent on insertions, which copy formats). */
  readonly sheetStyle?: SheetStyle;
  readonly notes: readonly PlanNote[];
}

/** Why a plan cannot be made; `message` is user-facing. */
export class PlanError extends Error {
  constructor(
    readonly code:
      'outside-section' | 'not-a-preset-group' | 'groups-exist' | 'unknown-group' | 'occupied-cell',
    readonly bilingual: Bilingual,
  ) {
    super(bilingual.en);
    this.name = 'PlanError';
  }
}

export function emptyPlan(sheet: string, purpose: SheetPlan['purpose']): SheetPlan {
  return {
    sheet,
    purpose,
    unmerges: [],
    rowInserts: [],
    formatCopies: [],
    styles: [],
    writes: [],
    formulaUpdates: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    notes: [],
  };
}
