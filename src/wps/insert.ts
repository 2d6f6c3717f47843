/**
 * Placing a preset block over WPS's synchronous calls: the engine's insert-block SheetPlan, checked against the
 * sheet first (one read of the used range), then applied step by step. All or nothing: WPS has no batch to roll
 * back and each call takes effect at once [notes §4.3], so everything that can fail on reading is read before the
 * first write, and if a write fails anyway the steps done are undone in reverse (the inserted rows deleted —
 * WPS moves cells, merges and formulas back — merges undone, unmerges redone) and the sheet compared with what
 * the check saw.
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
import { cellId } from '../host/cells';
import { HIGHLIGHTS_SETTING, parseRecord, serializeRecord, shiftRecordRows } from '../host/highlight-record';
import { afterDelete, beforeInsert, firstDifference, sameContents } from '../host/insert-checks';
import { LAST_INSERT_SETTING, publicRecord, recordOf } from '../host/insert-record';
import { SEVERITY_FILL } from '../host/marking';
import { BlockInsertError, type BlockInsertResult } from '../host/port';
import { SheetLookup, withScreenOff } from './sheets';
import type { WorkbookStore } from './store';

const MAX_ROWS = 1048576;
const OUR_FILLS = new Set(Object.values(SEVERITY_FILL).map((fill) => fill.toUpperCase()));

interface SheetState {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly formulas: unknown[][];
  readonly merges: string;
}

function stateOf(sheet: EtWorksheet): SheetState {
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

  // 2. The writes.
  const record = recordOf(plan);
  const application = wpsApplication();
  const alerts = application.DisplayAlerts;
  let inserted = false;
  try {
    application.DisplayAlerts = false; // Merge over cells with values asks first [DOC Range.Merge]
    withScreenOff(() => {
      for (const area of plan.unmerges) sheet.Range(areaToA1(area)).UnMerge();
      sheet
        .Range(`${insert.at + 1}:${insert.at + insert.count}`)
        .EntireRow.Insert(XL.shiftDown, XL.formatFromLeftOrAbove);
      inserted = true;
      for (const { copy, columns, height } of copies) {
        columns.forEach((formats, index) => {
          const col = copy.left + index;
          applyFormats(
            sheet.Range(areaToA1({ top: copy.toTop, bottom: copy.toBottom, left: col, right: col })),
            formats,
            setFill,
          );
        });
        if (typeof height === 'number')
          sheet.Range(`${copy.toTop + 1}:${copy.toBottom + 1}`).RowHeight = height;
      }
      applyStyles(sheet, plan);
      applyWrites(sheet, plan);
      applyMerges(sheet, plan.merges);
      applySizes(sheet, plan);
      // Highlighted cells below the insertion point moved down: so do their entries in the record.
      const shifted = shiftRecordRows(highlights, plan.sheet, insert.at, insert.count);
      if (shifted) store.set(HIGHLIGHTS_SETTING, serializeRecord(shifted));
      store.set(LAST_INSERT_SETTING, JSON.stringify(record));
    });
  } catch (error) {
    const restored = rollBack(sheet, plan, before, inserted, store, highlightText);
    throw new BlockInsertError(restored ? 'host-refused' : 'rollback-incomplete', messageOf(error));
  } finally {
    application.DisplayAlerts = alerts;
  }
  return { inserted: publicRecord(record), formatsCopied: true };
}

function rollBack(
  sheet: EtWorksheet,
  plan: SheetPlan,
  before: SheetState,
  inserted: boolean,
  store: WorkbookStore,
  highlightText: string | null,
): boolean {
  const insert = plan.rowInserts[0];
  try {
    if (inserted) {
      sheet.Range(`${insert.at + 1}:${insert.at + insert.count}`).EntireRow.Delete(XL.shiftUp);
      for (const merge of plan.merges) {
        const left = afterDelete(merge, insert.at, insert.count);
        if (left) sheet.Range(areaToA1(left)).UnMerge();
      }
    }
    applyMerges(sheet, plan.unmerges);
    if (store.get(HIGHLIGHTS_SETTING) !== highlightText) store.set(HIGHLIGHTS_SETTING, highlightText);
    const after = stateOf(sheet);
    return (
      after.top === before.top &&
      after.left === before.left &&
      sameContents(after.formulas, before.formulas) &&
      after.merges === before.merges
    );
  } catch {
    return false;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
