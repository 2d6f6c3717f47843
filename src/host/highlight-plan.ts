// What a highlight or a clear will write, decided from the saved record and the cells as they are now. Pure: a
// host adapter (../excel/highlight.ts) gathers the states and queues the plan.
//
// A recorded cell is restored only while it still shows the colour we gave it. If it shows something else, a
// person recoloured it, or rows were inserted or deleted by hand and another cell now stands at that address:
// painting the saved original fill there would damage the workbook, so it is left as it is.
import { parseA1 } from '../engine/grid/a1';
import type { Lang } from '../engine/rules/types';
import type { HighlightRecord, HighlightedCell } from './highlight-record';
import { cellId } from './cells';
import { SEVERITY_FILL, type CellMark } from './marking';
import { noteText } from './note-text';

export type Target = CellMark;

/** A cell to highlight as it is before the write. */
export interface CellState {
  readonly fill: string | null;
  readonly hasNote: boolean;
}

/** A recorded cell now: its sheet is gone, or its current fill (null = No Fill; undefined = not read). */
export type RecordedState =
  { readonly sheetGone: true } | { readonly sheetGone: false; readonly fill: string | null | undefined };

export interface HighlightPlan {
  /**
   * The record to write BEFORE any note or fill changes (a host's batch can stop part-way, and Office.js keeps
   * what ran before the failure): every cell this highlight may touch, as it may be left — the flagged cells
   * (with the colour of ours they show now, if another) and the cells being restored. Whatever prefix of the
   * paint took effect, clear then restores every cell still showing one of our colours and leaves the rest.
   */
  readonly pending: readonly HighlightedCell[];
  /** The record once every write is done. */
  readonly next: readonly HighlightedCell[];
  /** Recorded cells no longer flagged that still show our colour: their fill goes back. */
  readonly restore: readonly HighlightedCell[];
  readonly notesToRemove: readonly HighlightedCell[];
  readonly notesToAdd: readonly { sheet: string; cell: string; text: string }[];
}

/** Whether a recorded cell still shows the colour we wrote. Records from before `shownFill` existed, and cells
 *  whose fill was not read, are trusted. */
export function showsOurFill(cell: HighlightedCell, fill: string | null | undefined): boolean {
  if (fill === undefined || cell.shownFill === undefined) return true;
  if (fill === null) return false;
  const shown = fill.toUpperCase();
  return shown === cell.shownFill.toUpperCase() || shown === cell.formerFill?.toUpperCase();
}

const OUR_FILLS = new Set(Object.values(SEVERITY_FILL).map((fill) => fill.toUpperCase()));

function isOurColour(fill: string | null): fill is string {
  return fill !== null && OUR_FILLS.has(fill.toUpperCase());
}

export function planHighlight(
  targets: ReadonlyMap<string, Target>,
  record: HighlightRecord,
  withNotes: boolean,
  lang: Lang,
  stateOf: (id: string, target: Target) => CellState,
  recordedStateOf: (cell: HighlightedCell) => RecordedState,
): HighlightPlan {
  const previous = new Map(record.cells.map((cell) => [cellId(cell.sheet, cell.cell), cell]));
  const states = new Map([...targets].map(([id, target]) => [id, stateOf(id, target)]));
  // Recorded cells that no longer show our colour at their address: recoloured, or moved when a person
  // inserted or deleted rows. A flagged cell showing our colour without a record of its own is most likely
  // one of these, moved; it takes that one's original fill and note.
  const movedAway = record.cells.filter((cell) => {
    const id = cellId(cell.sheet, cell.cell);
    const state = targets.has(id)
      ? { sheetGone: false as const, fill: states.get(id)?.fill }
      : recordedStateOf(cell);
    return !state.sheetGone && !showsOurFill(cell, state.fill);
  });
  const next: HighlightedCell[] = [];
  const pending: HighlightedCell[] = [];
  const notesToRemove: HighlightedCell[] = [];
  const notesToAdd: { sheet: string; cell: string; text: string }[] = [];
  for (const [id, target] of targets) {
    const state = states.get(id) as CellState;
    const recorded = previous.get(id);
    let before = recorded && showsOurFill(recorded, state.fill) ? recorded : undefined;
    if (!before && isOurColour(state.fill)) before = takeMovedHere(movedAway, target, state.fill);
    // Not showing our colour and not one of ours moved here: whatever fill it has now is its own. One of our
    // colours is never taken for an original (at worst the cell is restored to No Fill).
    const ownFill = isOurColour(state.fill) ? null : state.fill;
    // A note that is there and not ours is a clerk's: leave it, and do not add ours.
    const ourNoteThere = state.hasNote && before?.note === true;
    if (ourNoteThere)
      notesToRemove.push({ ...before, sheet: target.sheet, cell: target.cell } as HighlightedCell);
    const addNote = withNotes && (!state.hasNote || ourNoteThere);
    if (addNote)
      notesToAdd.push({ sheet: target.sheet, cell: target.cell, text: noteText(target.findings, lang) });
    const entry: HighlightedCell = {
      sheet: target.sheet,
      cell: target.cell,
      originalFill: before ? before.originalFill : ownFill,
      // Our note may already be gone (removed to be rewritten) or not yet added: clear copes with a missing one.
      note: addNote || ourNoteThere,
      shownFill: SEVERITY_FILL[target.severity],
    };
    next.push({ ...entry, note: addNote });
    const showsAnother =
      isOurColour(state.fill) && state.fill.toUpperCase() !== entry.shownFill?.toUpperCase();
    pending.push(showsAnother ? { ...entry, formerFill: state.fill as string } : entry);
  }
  const restore = restorable(
    [...previous.entries()].filter(([id]) => !targets.has(id)).map(([, cell]) => cell),
    recordedStateOf,
  );
  notesToRemove.push(...restore.filter((cell) => cell.note));
  pending.push(...restore);
  return { pending, next, restore, notesToRemove, notesToAdd };
}

/** The moved-away recorded cell nearest to `target` in its sheet and column that showed the colour it shows now;
 *  removed from `movedAway` so it is matched once. */
function takeMovedHere(
  movedAway: HighlightedCell[],
  target: Target,
  fill: string,
): HighlightedCell | undefined {
  const at = parseA1(target.cell);
  if (!at) return undefined;
  let best: { index: number; distance: number } | undefined;
  movedAway.forEach((cell, index) => {
    const from = parseA1(cell.cell);
    if (!from || cell.sheet !== target.sheet || from.col !== at.col) return;
    const shown = fill.toUpperCase();
    if (cell.shownFill?.toUpperCase() !== shown && cell.formerFill?.toUpperCase() !== shown) return;
    const distance = Math.abs(from.row - at.row);
    if (!best || distance < best.distance) best = { index, distance };
  });
  if (!best) return undefined;
  return movedAway.splice(best.index, 1)[0];
}

/** The recorded cells whose fill (and our note) go back: their sheet is there and they still show our colour. */
export function restorable(
  cells: readonly HighlightedCell[],
  recordedStateOf: (cell: HighlightedCell) => RecordedState,
): HighlightedCell[] {
  return cells.filter((cell) => {
    const state = recordedStateOf(cell);
    return !state.sheetGone && showsOurFill(cell, state.fill);
  });
}
