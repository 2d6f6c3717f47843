/**
 * Placing a preset block over WPS's synchronous calls: the engine's insert-block SheetPlan, checked against the
 * sheet first (one read of the used range), then applied step by step. All or nothing: WPS has no batch to roll
 * back and each call takes effect at once [notes §4.3], so everything that can fail on reading is read before the
 * first write. The first write is the insert record marked pending (../host/insert-record.ts, as in Excel): if a
 * later call fails, what took effect is undone from it at once (the inserted rows deleted — WPS moves cells,
 * merges and formulas back — merges undone, unmerges redone, both records restored) and the sheet compared with
 * what the check saw; if even that fails, the pending record stays and "undo last insert" finishes the job.
 */
import { areaToA1, toA1 } from '../engine/grid/a1';
import type { SheetGrid } from '../engine/grid/types';
import { shiftFormulaRows } from '../engine/presets/formula';
import type { SheetPlan } from '../engine/presets/plan';
import { XL, wpsApplication, type EtRange, type EtWorksheet } from './api';
import { fillOf, setFill } from './fills';
import {
  applyFormats,
  applyMerges,
  applySizes,
  applyStyles,
  applyWrites,
  type CellFormats,
} from './plan-steps';
import { readMerges, readUsed } from './read';
import { rowsOf } from './shape';
import { cellId } from '../host/cells';
import { HIGHLIGHTS_SETTING, parseRecord, shiftRecordText } from '../host/highlight-record';
import { afterDelete, beforeInsert, firstDifference, sameContents } from '../host/insert-checks';
import {
  LAST_INSERT_SETTING,
  firstEditedCell,
  highlightsAfterPendingUndo,
  insertedArea,
  publicRecord,
  recordOf,
  type PendingInsert,
  type StoredInsert,
} from '../host/insert-record';
import { SEVERITY_FILL } from '../host/marking';
import { BlockInsertError, type BlockInsertResult } from '../host/port';
import { SheetLookup, withScreenOff } from './sheets';
import type { WorkbookStore } from './store';

const MAX_ROWS = 1048576;
const OUR_FILLS = new Set(Object.values(SEVERITY_FILL).map((fill) => fill.toUpperCase()));

export interface SheetState {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly formulas: unknown[][];
  readonly merges: string;
}

export function stateOf(sheet: EtWorksheet): SheetState {
  const used = readUsed(sheet);
  return {
    top: used.area.top,
    left: used.area.left,
    bottom: used.area.bottom,
    formulas: used.formulas,
    merges: readMerges(sheet, used)
      .map((area) => areaToA1(area))
      .sort()
      .join(','),
  };
}

/** A source cell's formats; a fill that is one of our highlights copies as the cell's own, recorded fill. */
function formatsOf(range: EtRange, original: string | null | undefined): CellFormats {
  const fill = fillOf(range);
  const font = range.Font;
  return {
    numberFormat: range.NumberFormat,
    fill: fill !== null && OUR_FILLS.has(fill.toUpperCase()) && original !== undefined ? original : fill,
    bold: font.Bold,
    size: font.Size,
    horizontal: range.HorizontalAlignment,
    vertical: range.VerticalAlignment,
    wrap: range.WrapText,
    border: range.Borders.LineStyle,
  };
}

export function applyBlockPlan(plan: SheetPlan, store: WorkbookStore, basis?: SheetGrid): BlockInsertResult {
  if (plan.purpose !== 'insert-block' || plan.rowInserts.length !== 1)
    throw new BlockInsertError('unsupported-plan', 'one insert-block plan with exactly one row insert');
  const insert = plan.rowInserts[0];
  const sheet = new SheetLookup().get(plan.sheet);
  if (!sheet) throw new BlockInsertError('no-sheet', plan.sheet);

  // 1. Everything read before anything is written.
  const before = stateOf(sheet);
  if (before.bottom + insert.count >= MAX_ROWS) throw new BlockInsertError('no-room');
  if (basis) {
    const changed = firstDifference(basis, before);
    if (changed) throw new BlockInsertError('sheet-changed', changed);
  }
  for (const update of plan.formulaUpdates) {
    const row = beforeInsert(update.row, insert.at, insert.count);
    const current = String(sheet.Range(toA1(row, update.col)).Formula);
    if (shiftFormulaRows(current, insert.at, insert.count) !== update.previous)
      throw new BlockInsertError('sheet-changed', toA1(row, update.col));
  }
  const highlightText = store.get(HIGHLIGHTS_SETTING);
  const highlights = parseRecord(highlightText);
  const originals = new Map(
    highlights.cells.map((cell) => [cellId(cell.sheet, cell.cell), cell.originalFill]),
  );
  const copies = plan.formatCopies.map((copy) => {
    const from = beforeInsert(copy.fromRow, insert.at, insert.count);
    const columns: CellFormats[] = [];
    for (let col = copy.left; col <= copy.right; col++)
      columns.push(
        formatsOf(sheet.Range(toA1(from, col)), originals.get(cellId(plan.sheet, toA1(from, col)))),
      );
    return { copy, columns, height: sheet.Range(`${from + 1}:${from + 1}`).RowHeight };
  });

  // 2. The writes: the record first, marked pending; the last write drops the mark.
  const record = recordOf(plan);
  const pending: PendingInsert = {
    at: insert.at,
    count: insert.count,
    usedBottom: before.bottom,
    merges: plan.merges,
    unmerges: plan.unmerges,
    previous: store.get(LAST_INSERT_SETTING),
    highlights: highlightText,
  };
  const application = wpsApplication();
  const alerts = application.DisplayAlerts;
  try {
    application.DisplayAlerts = false; // Merge over cells with values asks first [DOC Range.Merge]
    withScreenOff(() => {
      store.set(LAST_INSERT_SETTING, JSON.stringify({ ...record, pending }));
      for (const area of plan.unmerges) sheet.Range(areaToA1(area)).UnMerge();
      sheet
        .Range(`${insert.at + 1}:${insert.at + insert.count}`)
        .EntireRow.Insert(XL.shiftDown, XL.formatFromLeftOrAbove);
      // Highlighted cells below the insertion point moved down: so do their entries in the record.
      if (highlightText !== null) {
        const shifted = shiftRecordText(highlightText, plan.sheet, insert.at, insert.count);
        if (shifted !== highlightText) store.set(HIGHLIGHTS_SETTING, shifted);
      }
      for (const { copy, columns, height } of copies) {
        columns.forEach((formats, index) => {
          const col = copy.left + index;
          const target = areaToA1({ top: copy.toTop, bottom: copy.toBottom, left: col, right: col });
          applyFormats(sheet.Range(target), formats, setFill);
        });
        if (typeof height === 'number')
          sheet.Range(`${copy.toTop + 1}:${copy.toBottom + 1}`).RowHeight = height;
      }
      applyStyles(sheet, plan);
      applyWrites(sheet, plan);
      applyMerges(sheet, plan.merges);
      applySizes(sheet, plan);
      store.set(LAST_INSERT_SETTING, JSON.stringify(record));
    });
  } catch (error) {
    // The rollback's own failure must not hide the write's: the clerk is told both, as rollback-incomplete.
    let restored = false;
    let rollbackError = '';
    try {
      restored = undoPartialInsert(plan.sheet, pending, store, { before }) === 'undone';
    } catch (failure) {
      rollbackError = ` (rollback: ${messageOf(failure)})`;
    }
    throw new BlockInsertError(
      restored ? 'host-refused' : 'rollback-incomplete',
      messageOf(error) + rollbackError,
    );
  } finally {
    application.DisplayAlerts = alerts;
  }
  return { inserted: publicRecord(record), formatsCopied: true };
}

/**
 * Undoes whatever part of an insert took effect, from its pending record: right after a refused call (`before`:
 * the check's read, to confirm the sheet reads exactly as it did), or later from "undo last insert" when that
 * rollback failed too (`record`: the rows must be blank or hold what the plan wrote). Whether the rows went in is
 * told by the used range: with content below the insertion point its last row moved down by `count`; with none,
 * deleting those (blank) rows is harmless either way. The insert record goes back to the one before.
 */
export function undoPartialInsert(
  sheetName: string,
  pending: PendingInsert,
  store: WorkbookStore,
  check: { readonly before?: SheetState; readonly record?: StoredInsert },
): 'undone' | 'differs' | { edited: string } {
  const sheet = new SheetLookup().get(sheetName);
  if (!sheet) throw new BlockInsertError('no-sheet', sheetName);
  const used = readUsed(sheet);
  const inserted = pending.at > pending.usedBottom || used.area.bottom === pending.usedBottom + pending.count;
  if (inserted && check.record) {
    const area = insertedArea(check.record);
    const rows = rowsOf(
      sheet.Range(areaToA1(area)).Formula,
      area.bottom - area.top + 1,
      area.right - area.left + 1,
    );
    const edited = firstEditedCell(check.record, rows, true);
    if (edited) return { edited };
  }
  const application = wpsApplication();
  const alerts = application.DisplayAlerts;
  try {
    application.DisplayAlerts = false;
    const highlightText = highlightsAfterPendingUndo(
      pending,
      store.get(HIGHLIGHTS_SETTING),
      inserted,
      (text, at, delta) => shiftRecordText(text, sheetName, at, delta),
    );
    if (highlightText !== null) store.set(HIGHLIGHTS_SETTING, highlightText);
    if (inserted) {
      sheet.Range(`${pending.at + 1}:${pending.at + pending.count}`).EntireRow.Delete(XL.shiftUp);
      for (const merge of pending.merges) {
        const left = afterDelete(merge, pending.at, pending.count);
        if (left) sheet.Range(areaToA1(left)).UnMerge();
      }
    }
    applyMerges(sheet, pending.unmerges);
    store.set(LAST_INSERT_SETTING, typeof pending.previous === 'string' ? pending.previous : null);
  } finally {
    application.DisplayAlerts = alerts;
  }
  const before = check.before;
  if (!before) return 'undone';
  const after = stateOf(sheet);
  const same =
    after.top === before.top &&
    after.left === before.left &&
    sameContents(after.formulas, before.formulas) &&
    after.merges === before.merges;
  return same ? 'undone' : 'differs';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
