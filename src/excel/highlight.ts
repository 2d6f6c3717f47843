// Highlighting findings and clearing the highlights. `highlight` shows exactly the given findings: cells
// highlighted before and not now are restored in the same write. Before writing it must know each cell's current
// fill (to restore later), whether a cell holds someone's note, and our saved record. Right after a read from
// ExcelApi 1.9 the read has learnt all that (./highlight-basis.ts) and the highlight is one write sync; otherwise
// one sync reads it first.
import { parseA1 } from '../engine/grid/a1';
import type { Finding, Severity } from '../engine/rules/types';
import { cellsOf } from './addresses';
import { noteText } from './annotation';
import { SheetCache } from './batch';
import type { DetailedCapabilities } from './capabilities';
import { NO_FILL_READBACK, SEVERITY_FILL, worse } from './fill-colors';
import type { HighlightBasis } from './highlight-basis';
import { BASIS_MAX_AGE_MS, basisFill } from './highlight-basis';
import type { HighlightRecord, HighlightedCell } from './highlight-record';
import { EMPTY_RECORD, HIGHLIGHTS_SETTING, cellId, parseRecord, serializeRecord } from './highlight-record';
import { syncRemovingNotes } from './note-removal';
import type { ReadMemory } from './read';

export interface HighlightOptions {
  /** Add a note with expected vs actual (ExcelApi 1.18); default true. */
  readonly notes?: boolean;
}

interface Target {
  readonly sheet: string;
  readonly cell: string;
  severity: Severity;
  readonly findings: Finding[];
}

/** A target cell as it is before the write. */
interface CellState {
  readonly fill: string | null;
  readonly hasNote: boolean;
}

interface Probe {
  readonly fill?: Excel.RangeFill;
  readonly properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly note?: Excel.Note;
}

interface HighlightPlan {
  readonly next: readonly HighlightedCell[];
  readonly stale: readonly HighlightedCell[];
  readonly notesToRemove: readonly HighlightedCell[];
  readonly notesToAdd: readonly { sheet: string; cell: string; text: string }[];
}

function targetsOf(findings: readonly Finding[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const finding of findings) {
    for (const cell of cellsOf(finding.cell)) {
      const id = cellId(finding.sheet, cell);
      const existing = targets.get(id);
      if (existing) {
        existing.severity = worse(existing.severity, finding.severity);
        existing.findings.push(finding);
      } else targets.set(id, { sheet: finding.sheet, cell, severity: finding.severity, findings: [finding] });
    }
  }
  return targets;
}

function loadRecord(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_SETTING).load('value');
}

function recordOf(setting: Excel.Setting): HighlightRecord {
  return setting.isNullObject ? EMPTY_RECORD : parseRecord(setting.value);
}

function originalFill(probe: Probe): string | null {
  if (probe.properties) {
    const fill = probe.properties.value[0]?.[0]?.format?.fill;
    return !fill || fill.pattern === 'None' ? null : (fill.color ?? null);
  }
  const color = probe.fill?.color ?? null;
  return color === null || color.toUpperCase() === NO_FILL_READBACK ? null : color;
}

function queueRestore(sheets: SheetCache, cell: HighlightedCell): void {
  const fill = sheets.get(cell.sheet).getRange(cell.cell).format.fill;
  if (cell.originalFill === null) fill.clear();
  else fill.color = cell.originalFill;
}

function planHighlight(
  targets: ReadonlyMap<string, Target>,
  record: HighlightRecord,
  withNotes: boolean,
  stateOf: (id: string, target: Target) => CellState,
): HighlightPlan {
  const previous = new Map(record.cells.map((cell) => [cellId(cell.sheet, cell.cell), cell]));
  const next: HighlightedCell[] = [];
  const notesToRemove: HighlightedCell[] = [];
  const notesToAdd: { sheet: string; cell: string; text: string }[] = [];
  for (const [id, target] of targets) {
    const before = previous.get(id);
    const state = stateOf(id, target);
    // A note that is there and not ours is a clerk's: leave it, and do not add ours.
    const ourNoteThere = state.hasNote && before?.note === true;
    if (ourNoteThere) notesToRemove.push(before);
    const addNote = withNotes && (!state.hasNote || ourNoteThere);
    if (addNote) notesToAdd.push({ sheet: target.sheet, cell: target.cell, text: noteText(target.findings) });
    next.push({
      sheet: target.sheet,
      cell: target.cell,
      originalFill: before ? before.originalFill : state.fill,
      note: addNote,
    });
  }
  const stale = [...previous.entries()].filter(([id]) => !targets.has(id)).map(([, cell]) => cell);
  notesToRemove.push(...stale.filter((cell) => cell.note));
  return { next, stale, notesToRemove, notesToAdd };
}

/** Everything but the note deletions, which callers queue first. Notes go before fills and the record last, so
 *  a batch that fails part-way has changed no fill that the record does not account for. */
function queueHighlightWrite(
  context: Excel.RequestContext,
  batch: SheetCache,
  targets: ReadonlyMap<string, Target>,
  plan: HighlightPlan,
): void {
  for (const note of plan.notesToAdd) batch.get(note.sheet).notes.add(note.cell, note.text);
  for (const cell of plan.stale) queueRestore(batch, cell);
  for (const target of targets.values()) {
    batch.get(target.sheet).getRange(target.cell).format.fill.color = SEVERITY_FILL[target.severity];
  }
  context.workbook.settings.add(HIGHLIGHTS_SETTING, serializeRecord({ version: 1, cells: plan.next }));
}

/**
 * The read's basis serves when it is fresh and covers every target's sheet; with notes, only when every note on
 * those sheets is one of ours (the sheet's note count equals our recorded notes there), so ours are where the
 * record says and nobody else's can be in the way of an add.
 */
function usableBasis(
  basis: HighlightBasis | undefined,
  targets: ReadonlyMap<string, Target>,
  withNotes: boolean,
  now: number,
): HighlightBasis | null {
  if (!basis || now - basis.takenAt > BASIS_MAX_AGE_MS || now < basis.takenAt) return null;
  const ourNotes = new Map<string, number>();
  for (const cell of basis.record.cells)
    if (cell.note) ourNotes.set(cell.sheet, (ourNotes.get(cell.sheet) ?? 0) + 1);
  for (const sheetName of new Set([...targets.values()].map((target) => target.sheet))) {
    const sheet = basis.sheets.get(sheetName);
    if (!sheet) return null;
    if (withNotes && sheet.noteCount !== (ourNotes.get(sheetName) ?? 0)) return null;
  }
  return basis;
}

/** One write sync: the basis answered every question the probe would have asked. */
async function highlightFromBasis(
  targets: ReadonlyMap<string, Target>,
  basis: HighlightBasis,
  withNotes: boolean,
): Promise<void> {
  const recorded = new Set(
    basis.record.cells.filter((cell) => cell.note).map((cell) => cellId(cell.sheet, cell.cell)),
  );
  const plan = planHighlight(targets, basis.record, withNotes, (id, target) => {
    const sheet = basis.sheets.get(target.sheet);
    const position = parseA1(target.cell);
    return {
      fill: sheet && position ? basisFill(sheet, position.row, position.col) : null,
      hasNote: recorded.has(id),
    };
  });
  await Excel.run(async (context) => {
    const batch = new SheetCache(context);
    for (const note of plan.notesToRemove) batch.get(note.sheet).notes.getItem(note.cell).delete();
    queueHighlightWrite(context, batch, targets, plan);
    await context.sync();
  });
}

/** Two syncs: read every target's fill and note and the saved record, then write. */
async function highlightWithProbe(
  targets: ReadonlyMap<string, Target>,
  capabilities: DetailedCapabilities,
  withNotes: boolean,
): Promise<void> {
  await Excel.run(async (context) => {
    const setting = loadRecord(context);
    const sheets = new SheetCache(context);
    const probes = new Map<string, Probe>();
    for (const [id, target] of targets) {
      const range = sheets.get(target.sheet).getRange(target.cell);
      const probe: Probe = capabilities.cellProperties
        ? { properties: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) }
        : { fill: range.format.fill.load('color') };
      probes.set(
        id,
        withNotes
          ? {
              ...probe,
              note: sheets.get(target.sheet).notes.getItemOrNullObject(target.cell).load('content'),
            }
          : probe,
      );
    }
    await context.sync();

    const plan = planHighlight(targets, recordOf(setting), withNotes, (id) => {
      const probe = probes.get(id) as Probe;
      return { fill: originalFill(probe), hasNote: probe.note ? !probe.note.isNullObject : false };
    });
    await syncRemovingNotes(context, plan.notesToRemove, (batch) =>
      queueHighlightWrite(context, batch, targets, plan),
    );
  });
}

export async function highlightFindings(
  findings: readonly Finding[],
  capabilities: DetailedCapabilities,
  options: HighlightOptions = {},
  memory: ReadMemory = {},
): Promise<void> {
  const withNotes = capabilities.notes && options.notes !== false;
  const targets = targetsOf(findings);
  // A basis is used once: after this highlight the workbook is no longer as it was read.
  const basis = usableBasis(memory.highlightBasis, targets, withNotes, Date.now());
  memory.highlightBasis = undefined;
  if (basis) {
    try {
      await highlightFromBasis(targets, basis, withNotes);
      return;
    } catch {
      // Something changed since the read (a note deleted by hand, a sheet renamed). The batch stopped at that
      // point: at most some of our own notes went, which the probing path copes with. Start again from the host.
    }
  }
  await highlightWithProbe(targets, capabilities, withNotes);
}

/** Restores every highlighted cell's original fill and removes our notes; returns how many cells. */
export async function clearHighlights(memory: ReadMemory = {}): Promise<number> {
  memory.highlightBasis = undefined;
  return Excel.run(async (context) => {
    const setting = loadRecord(context);
    await context.sync();
    if (setting.isNullObject) return 0;
    const record = recordOf(setting);
    await syncRemovingNotes(
      context,
      record.cells.filter((cell) => cell.note),
      (batch) => {
        for (const cell of record.cells) queueRestore(batch, cell);
        context.workbook.settings.getItem(HIGHLIGHTS_SETTING).delete();
      },
    );
    return record.cells.length;
  });
}
