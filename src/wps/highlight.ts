// Highlighting findings and taking the highlights off, over WPS's synchronous calls. The plan (which cells,
// which colours, which notes, what to restore) is the host layer's, the same as Excel's; this file reads the
// cells' current fills and comments and applies the plan. Notes are cell comments.
//
// WPS has no batches to roll back, so a failure part-way must leave nothing the record does not know of: the
// record is written first covering every cell this highlight may touch, then the cells, then the final record.
// A recorded cell that does not show our colour is never painted by a clear (showsOurFill), so a record entry
// for a cell we did not reach is harmless.
import type { Finding, Lang } from '../engine/rules/types';
import { cellId } from '../host/cells';
import { planHighlight, restorable, type RecordedState } from '../host/highlight-plan';
import {
  HIGHLIGHTS_SETTING,
  parseRecord,
  serializeRecord,
  type HighlightedCell,
} from '../host/highlight-record';
import { SEVERITY_FILL, markCells } from '../host/marking';
import { NOTE_MARKER } from '../host/note-text';
import { fillOf, setFill } from './fills';
import { SheetLookup, withScreenOff } from './sheets';
import type { WorkbookStore } from './store';

export interface HighlightOptions {
  /** Add a comment with expected vs actual; default true. */
  readonly notes?: boolean;
}

function recordedStates(sheets: SheetLookup): (cell: HighlightedCell) => RecordedState {
  const known = new Map<string, RecordedState>();
  return (cell) => {
    const id = cellId(cell.sheet, cell.cell);
    let state = known.get(id);
    if (!state) {
      const sheet = sheets.get(cell.sheet);
      state = sheet ? { sheetGone: false, fill: fillOf(sheet.Range(cell.cell)) } : { sheetGone: true };
      known.set(id, state);
    }
    return state;
  };
}

/** Our comment on a cell is removed only while it is still ours (it starts with the marker). */
function removeOurComment(sheets: SheetLookup, cell: { sheet: string; cell: string }): void {
  const sheet = sheets.get(cell.sheet);
  const comment = sheet?.Range(cell.cell).Comment;
  if (comment && String(comment.Text()).startsWith(NOTE_MARKER)) comment.Delete();
}

export function highlightFindings(
  findings: readonly Finding[],
  store: WorkbookStore,
  options: HighlightOptions = {},
  lang: Lang = 'zh',
): void {
  const withNotes = options.notes !== false;
  const targets = markCells(findings);
  const record = parseRecord(store.get(HIGHLIGHTS_SETTING));
  const sheets = new SheetLookup();
  for (const target of targets.values())
    if (!sheets.get(target.sheet)) throw new Error(`No sheet named ${target.sheet}`);
  const plan = planHighlight(
    targets,
    record,
    withNotes,
    lang,
    (_id, target) => {
      const range = sheets.range(target.sheet, target.cell);
      return { fill: fillOf(range), hasNote: !!range.Comment };
    },
    recordedStates(sheets),
  );
  const nextIds = new Set(plan.next.map((cell) => cellId(cell.sheet, cell.cell)));
  const pending = [
    ...plan.next,
    ...plan.restore.filter((cell) => !nextIds.has(cellId(cell.sheet, cell.cell))),
  ];
  withScreenOff(() => {
    store.set(HIGHLIGHTS_SETTING, serializeRecord({ version: 1, cells: pending }));
    for (const note of plan.notesToRemove) removeOurComment(sheets, note);
    for (const note of plan.notesToAdd) sheets.range(note.sheet, note.cell).AddComment(note.text);
    for (const cell of plan.restore) setFill(sheets.range(cell.sheet, cell.cell), cell.originalFill);
    for (const target of targets.values())
      setFill(sheets.range(target.sheet, target.cell), SEVERITY_FILL[target.severity]);
    store.set(HIGHLIGHTS_SETTING, serializeRecord({ version: 1, cells: plan.next }));
  });
}

/** Restores every recorded cell that still shows our colour, removes our comments there, forgets the record. */
export function clearHighlights(store: WorkbookStore): number {
  const stored = store.get(HIGHLIGHTS_SETTING);
  if (stored === null) return 0;
  const record = parseRecord(stored);
  const sheets = new SheetLookup();
  const restore = restorable(record.cells, recordedStates(sheets));
  withScreenOff(() => {
    for (const cell of restore) {
      if (cell.note) removeOurComment(sheets, cell);
      setFill(sheets.range(cell.sheet, cell.cell), cell.originalFill);
    }
    store.set(HIGHLIGHTS_SETTING, null);
  });
  return restore.length;
}
