/**
 * Placing a preset block: an engine insert-block SheetPlan applied in ONE write sync, after one read sync that
 * checks the sheet is still the one the plan was made from.
 *
 * All or nothing. Office.js batches are not transactional: when Excel refuses an operation, the ones queued
 * before it have already taken effect (rows inserted, cells written) and the rest are dropped. So a failed
 * write sync is followed by a compensating batch that deletes the inserted rows — Excel then moves every cell,
 * merge and formula reference back — unmerges what the plan merged over existing rows, re-merges what it
 * unmerged, and reads the sheet back in the same batch to confirm it matches what the validating read saw.
 */
import { areaToA1, toA1 } from '../engine/grid/a1';
import type { SheetGrid } from '../engine/grid/types';
import { shiftFormulaRows } from '../engine/presets/formula';
import type { SheetPlan } from '../engine/presets/plan';
import type { DetailedCapabilities } from './capabilities';
import { compareApiVersions } from './capabilities';
import { HIGHLIGHTS_SETTING } from '../host/highlight-record';
import { queueRecordLoad, recordText, shiftRecordText, shiftedRecordText } from './record-setting';
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
import { afterDelete, beforeInsert, firstDifference, sameContents } from '../host/insert-checks';
import { queueMerges, queueSizes, queueStyles, queueWrites } from './plan-steps';
import { errorCode, errorMessage } from './errors';
import { BlockInsertError, type BlockInsertResult } from '../host/port';

const MAX_ROWS = 1048576;

/** What the validating read saw: the used range's contents (and merges, from ExcelApi 1.13). */
export interface SheetState {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly formulas: readonly (readonly unknown[])[];
  readonly merges: string | null;
}

export async function applyBlockPlan(
  plan: SheetPlan,
  capabilities: DetailedCapabilities,
  basis?: SheetGrid,
): Promise<BlockInsertResult> {
  if (plan.purpose !== 'insert-block' || plan.rowInserts.length !== 1)
    throw new BlockInsertError('unsupported-plan', 'one insert-block plan with exactly one row insert');
  const insert = plan.rowInserts[0];
  const canCopyFormats = compareApiVersions(capabilities.excelApi, '1.9') >= 0;

  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(plan.sheet);
    // 1. The validating read.
    const used = sheet.getUsedRange();
    used.load('formulas,rowIndex,columnIndex,rowCount');
    const merged = capabilities.mergedAreas ? used.getMergedAreasOrNullObject().load('address') : null;
    const sourceHeights = plan.formatCopies.map((copy) => {
      const row = beforeInsert(copy.fromRow, insert.at, insert.count);
      return sheet.getRange(`${row + 1}:${row + 1}`).format.load('rowHeight');
    });
    const highlights = queueRecordLoad(context);
    const previousInsert = context.workbook.settings.getItemOrNullObject(LAST_INSERT_SETTING).load('value');
    const totals = plan.formulaUpdates.map((update) => {
      const row = beforeInsert(update.row, insert.at, insert.count);
      return sheet.getRange(toA1(row, update.col)).load('formulas');
    });
    try {
      await context.sync();
    } catch (error) {
      if (errorCode(error) === 'ItemNotFound') throw new BlockInsertError('no-sheet', plan.sheet);
      throw error;
    }
    const before: SheetState = {
      top: used.rowIndex,
      left: used.columnIndex,
      bottom: used.rowIndex + used.rowCount - 1,
      formulas: used.formulas,
      merges: merged && !merged.isNullObject ? mergeSet(merged.address) : null,
    };
    if (before.bottom + insert.count >= MAX_ROWS) throw new BlockInsertError('no-room');
    if (basis) {
      const changed = firstDifference(basis, before);
      if (changed) throw new BlockInsertError('sheet-changed', changed);
    }
    plan.formulaUpdates.forEach((update, index) => {
      const current = String(totals[index].formulas[0][0]);
      if (shiftFormulaRows(current, insert.at, insert.count) !== update.previous)
        throw new BlockInsertError('sheet-changed', toA1(update.row - insert.count, update.col));
    });

    // 2. The write: every step of the plan queued, one sync. The record goes first, marked pending: if the
    // batch stops part-way and even the rollback fails, it tells the next undo what to remove. The last
    // operation rewrites it without the mark.
    const record = recordOf(plan);
    const pending: PendingInsert = {
      at: insert.at,
      count: insert.count,
      usedBottom: before.bottom,
      merges: plan.merges,
      unmerges: plan.unmerges,
      previous: previousInsert.isNullObject ? null : (previousInsert.value as unknown),
      highlights: recordText(highlights),
    };
    context.workbook.settings.add(LAST_INSERT_SETTING, JSON.stringify({ ...record, pending }));
    for (const area of plan.unmerges) sheet.getRange(areaToA1(area)).unmerge();
    sheet.getRange(`${insert.at + 1}:${insert.at + insert.count}`).insert(Excel.InsertShiftDirection.down);
    // Highlighted cells below the insertion point moved down: so do their entries in the highlight record.
    const shiftedHighlights = shiftedRecordText(highlights, plan.sheet, insert.at, insert.count);
    if (shiftedHighlights !== null) context.workbook.settings.add(HIGHLIGHTS_SETTING, shiftedHighlights);
    plan.formatCopies.forEach((copy, index) => {
      const target = areaToA1({ top: copy.toTop, left: copy.left, bottom: copy.toBottom, right: copy.right });
      if (canCopyFormats) {
        const source = areaToA1({
          top: copy.fromRow,
          left: copy.left,
          bottom: copy.fromRow,
          right: copy.right,
        });
        sheet.getRange(target).copyFrom(sheet.getRange(source), Excel.RangeCopyType.formats);
      }
      const height = sourceHeights[index].rowHeight;
      if (typeof height === 'number')
        sheet.getRange(`${copy.toTop + 1}:${copy.toBottom + 1}`).format.rowHeight = height;
    });
    queueStyles(sheet, plan);
    queueWrites(sheet, plan);
    queueMerges(sheet, plan.merges);
    queueSizes(sheet, plan);
    context.workbook.settings.add(LAST_INSERT_SETTING, JSON.stringify(record));
    try {
      await context.sync();
    } catch (error) {
      // The rollback's own failure must not hide the write's: the clerk is told both, as rollback-incomplete.
      let restored = false;
      let rollbackError = '';
      try {
        restored = (await undoPartialInsert(plan.sheet, pending, capabilities, { before })) === 'undone';
      } catch (failure) {
        rollbackError = ` (rollback: ${errorMessage(failure)})`;
      }
      throw new BlockInsertError(
        restored ? 'host-refused' : 'rollback-incomplete',
        errorMessage(error) + rollbackError,
      );
    }
    return {
      inserted: publicRecord(record),
      formatsCopied: canCopyFormats || plan.formatCopies.length === 0,
    };
  });
}

/**
 * Undoes whatever part of an insert took effect, from what its pending record says: right after a refused
 * write (`before`: the validating read, to confirm the sheet reads exactly as it did), or later from "undo last
 * insert" when that rollback failed too (`record`: the rows must be blank or hold what the plan wrote).
 * Whether the rows went in is told by the used range: with content below the insertion point its last row
 * moved down by `count`; with none, deleting those (blank) rows is harmless either way. The pending record is
 * restored to the one before it last, so a rollback that stops part-way can be run again. Two syncs.
 */
export async function undoPartialInsert(
  sheetName: string,
  pending: PendingInsert,
  capabilities: DetailedCapabilities,
  check: { readonly before?: SheetState; readonly record?: StoredInsert },
): Promise<'undone' | 'differs' | { edited: string }> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRange().load('rowIndex,rowCount');
    const highlights = queueRecordLoad(context);
    const stored = context.workbook.settings.getItemOrNullObject(LAST_INSERT_SETTING).load('value');
    const rows = check.record ? sheet.getRange(areaToA1(insertedArea(check.record))).load('formulas') : null;
    await context.sync();
    const bottom = used.rowIndex + used.rowCount - 1;
    const inserted = pending.at > pending.usedBottom || bottom === pending.usedBottom + pending.count;
    if (inserted && check.record && rows) {
      const edited = firstEditedCell(check.record, rows.formulas, true);
      if (edited) return { edited };
    }
    const highlightText = highlightsAfterPendingUndo(
      pending,
      recordText(highlights),
      inserted,
      (text, at, delta) => shiftRecordText(text, sheetName, at, delta),
    );
    if (highlightText !== null) context.workbook.settings.add(HIGHLIGHTS_SETTING, highlightText);
    if (inserted) {
      sheet.getRange(`${pending.at + 1}:${pending.at + pending.count}`).delete(Excel.DeleteShiftDirection.up);
      for (const merge of pending.merges) {
        const left = afterDelete(merge, pending.at, pending.count);
        if (left) sheet.getRange(areaToA1(left)).unmerge();
      }
    }
    queueMerges(sheet, pending.unmerges);
    if (pending.previous !== null) context.workbook.settings.add(LAST_INSERT_SETTING, pending.previous);
    else if (!stored.isNullObject) stored.delete();
    const before = check.before;
    if (!before) {
      await context.sync();
      return 'undone';
    }
    const after = sheet.getUsedRange();
    after.load('formulas,rowIndex,columnIndex,rowCount');
    const merged = capabilities.mergedAreas ? after.getMergedAreasOrNullObject().load('address') : null;
    await context.sync();
    const mergesNow = merged && !merged.isNullObject ? mergeSet(merged.address) : null;
    const same =
      after.rowIndex === before.top &&
      after.columnIndex === before.left &&
      sameContents(after.formulas, before.formulas) &&
      mergesNow === before.merges;
    return same ? 'undone' : 'differs';
  });
}

/** Merged areas in a comparable form: Excel lists them in no promised order. */
function mergeSet(addresses: string): string {
  return addresses
    .split(/,\s*/)
    .map((address) => address.slice(address.lastIndexOf('!') + 1))
    .sort()
    .join(',');
}
