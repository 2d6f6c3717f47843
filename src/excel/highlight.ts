// Highlighting findings and clearing the highlights. `highlight` shows exactly the given findings: cells
// highlighted before and not now are restored in the same write. Before writing it must know each cell's current
// fill (to restore later), whether a cell holds someone's note, and our saved record. Right after a read from
// ExcelApi 1.9 the read has learnt all that (./highlight-basis.ts) and the highlight is one write sync; otherwise
// one sync reads it first.
import { parseA1 } from '../engine/grid/a1';
import type { Finding, Lang } from '../engine/rules/types';
import type { HighlightPlan, RecordedState, Target } from '../host/highlight-plan';
import { planHighlight, restorable } from '../host/highlight-plan';
import type { HighlightedCell } from '../host/highlight-record';
import { cellId } from '../host/cells';
import { HIGHLIGHTS_SETTING, serializeRecord } from '../host/highlight-record';
import { SEVERITY_FILL, markCells } from '../host/marking';
import { SheetCache } from './batch';
import type { DetailedCapabilities } from './capabilities';
import { NO_FILL_READBACK } from './fill-readback';
import type { HighlightBasis } from './highlight-basis';
import { BASIS_MAX_AGE_MS, basisFill, fillOf } from './highlight-basis';
import { queueRecordLoad, recordFromSetting } from './record-setting';
import { syncRemovingNotes } from './note-removal';
import type { ReadMemory } from './read';

export interface HighlightOptions {
  /** Add a note with expected vs actual (ExcelApi 1.18); default true. */
  readonly notes?: boolean;
}

interface Probe {
  readonly fill?: Excel.RangeFill;
  readonly properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly note?: Excel.Note;
}

/** A cell's fill probe: exact from ExcelApi 1.9 (the pattern tells No Fill from white), else the colour. */
function queueFillProbe(range: Excel.Range, capabilities: DetailedCapabilities): Probe {
  return capabilities.cellProperties
    ? { properties: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) }
    : { fill: range.format.fill.load('color') };
}

function fillOfProbe(probe: Probe): string | null {
  if (probe.properties) return fillOf(probe.properties.value[0]?.[0]);
  const color = probe.fill?.color ?? null;
  return color === null || color.toUpperCase() === NO_FILL_READBACK ? null : color;
}

function queueRestore(sheets: SheetCache, cell: HighlightedCell): void {
  const fill = sheets.get(cell.sheet).getRange(cell.cell).format.fill;
  if (cell.originalFill === null) fill.clear();
  else fill.color = cell.originalFill;
}

/** The record of every cell this highlight may touch, written before any of them (the plan's `pending`). */
function queuePendingRecord(context: Excel.RequestContext, plan: HighlightPlan): void {
  context.workbook.settings.add(HIGHLIGHTS_SETTING, serializeRecord({ version: 1, cells: plan.pending }));
}

/** Everything after the pending record and the note deletions: restored fills, our fills, our notes, and the
 *  final record (skipped when it says what the pending one says). A batch that fails part-way leaves the
 *  pending record, which accounts for whichever of these took effect; notes go on only after every fill, so
 *  a note of ours is never left on a cell that does not show our colour (clear takes notes off the cells it
 *  restores). */
function queueHighlightWrite(
  context: Excel.RequestContext,
  batch: SheetCache,
  targets: ReadonlyMap<string, Target>,
  plan: HighlightPlan,
): void {
  for (const cell of plan.restore) queueRestore(batch, cell);
  for (const target of targets.values()) {
    batch.get(target.sheet).getRange(target.cell).format.fill.color = SEVERITY_FILL[target.severity];
  }
  for (const note of plan.notesToAdd) batch.get(note.sheet).notes.add(note.cell, note.text);
  const final = serializeRecord({ version: 1, cells: plan.next });
  if (final !== serializeRecord({ version: 1, cells: plan.pending }))
    context.workbook.settings.add(HIGHLIGHTS_SETTING, final);
}

/**
 * The read's basis serves when it is fresh and covers every target's sheet and every recorded cell's sheet (or
 * knows that sheet is gone); with notes, only when every note on the targets' sheets is one of ours (the
 * sheet's note count equals our recorded notes there), so ours are where the record says and nobody else's can
 * be in the way of an add.
 */
function usableBasis(
  basis: HighlightBasis | undefined,
  targets: ReadonlyMap<string, Target>,
  withNotes: boolean,
  now: number,
): HighlightBasis | null {
  if (!basis || now - basis.takenAt > BASIS_MAX_AGE_MS || now < basis.takenAt) return null;
  const ourNotes = new Map<string, number>();
  for (const cell of basis.record.cells) {
    if (!basis.sheets.has(cell.sheet) && basis.sheetNames.has(cell.sheet)) return null;
    if (cell.note) ourNotes.set(cell.sheet, (ourNotes.get(cell.sheet) ?? 0) + 1);
  }
  for (const sheetName of new Set([...targets.values()].map((target) => target.sheet))) {
    const sheet = basis.sheets.get(sheetName);
    if (!sheet) return null;
    if (withNotes && sheet.noteCount !== (ourNotes.get(sheetName) ?? 0)) return null;
  }
  return basis;
}

function basisFillAt(basis: HighlightBasis, sheetName: string, address: string): string | null | undefined {
  const sheet = basis.sheets.get(sheetName);
  const position = parseA1(address);
  return sheet && position ? basisFill(sheet, position.row, position.col) : undefined;
}

/** One write sync: the basis answered every question the probe would have asked. */
async function highlightFromBasis(
  targets: ReadonlyMap<string, Target>,
  basis: HighlightBasis,
  withNotes: boolean,
  lang: Lang,
): Promise<void> {
  const recordedNotes = new Set(
    basis.record.cells.filter((cell) => cell.note).map((cell) => cellId(cell.sheet, cell.cell)),
  );
  const plan = planHighlight(
    targets,
    basis.record,
    withNotes,
    lang,
    (id, target) => ({
      fill: basisFillAt(basis, target.sheet, target.cell) ?? null,
      hasNote: recordedNotes.has(id),
    }),
    (cell) =>
      basis.sheetNames.has(cell.sheet)
        ? { sheetGone: false, fill: basisFillAt(basis, cell.sheet, cell.cell) }
        : { sheetGone: true },
  );
  await Excel.run(async (context) => {
    const batch = new SheetCache(context);
    queuePendingRecord(context, plan);
    for (const note of plan.notesToRemove) batch.get(note.sheet).notes.getItem(note.cell).delete();
    queueHighlightWrite(context, batch, targets, plan);
    await context.sync();
  });
}

/**
 * The recorded cells as they are now: one sync reads the current fill of each recorded cell on a sheet that
 * still exists (`sheetNames`), unless `known` already has it.
 */
async function probeRecorded(
  context: Excel.RequestContext,
  cells: readonly HighlightedCell[],
  sheetNames: ReadonlySet<string>,
  capabilities: DetailedCapabilities,
): Promise<(cell: HighlightedCell) => RecordedState> {
  const sheets = new SheetCache(context);
  const probes = new Map<string, Probe>();
  for (const cell of cells)
    if (sheetNames.has(cell.sheet))
      probes.set(
        cellId(cell.sheet, cell.cell),
        queueFillProbe(sheets.get(cell.sheet).getRange(cell.cell), capabilities),
      );
  if (probes.size > 0) await context.sync();
  return (cell) => {
    const probe = probes.get(cellId(cell.sheet, cell.cell));
    return probe ? { sheetGone: false, fill: fillOfProbe(probe) } : { sheetGone: true };
  };
}

/** Reads the targets' fills and notes, the record and the sheet names; then the fills of recorded cells no
 *  longer flagged (a second read, only when there are any); then writes. */
async function highlightWithProbe(
  targets: ReadonlyMap<string, Target>,
  capabilities: DetailedCapabilities,
  withNotes: boolean,
  lang: Lang,
): Promise<void> {
  await Excel.run(async (context) => {
    const setting = queueRecordLoad(context);
    const worksheets = context.workbook.worksheets.load('items/name');
    const sheets = new SheetCache(context);
    const probes = new Map<string, Probe>();
    for (const [id, target] of targets) {
      const probe = queueFillProbe(sheets.get(target.sheet).getRange(target.cell), capabilities);
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

    const record = recordFromSetting(setting);
    const sheetNames = new Set(worksheets.items.map((sheet) => sheet.name));
    const noLongerFlagged = record.cells.filter((cell) => !targets.has(cellId(cell.sheet, cell.cell)));
    const recordedState = await probeRecorded(context, noLongerFlagged, sheetNames, capabilities);
    const plan = planHighlight(
      targets,
      record,
      withNotes,
      lang,
      (id) => {
        const probe = probes.get(id) as Probe;
        return { fill: fillOfProbe(probe), hasNote: probe.note ? !probe.note.isNullObject : false };
      },
      recordedState,
    );
    await syncRemovingNotes(
      context,
      plan.notesToRemove,
      (batch) => queueHighlightWrite(context, batch, targets, plan),
      () => queuePendingRecord(context, plan),
    );
  });
}

export async function highlightFindings(
  findings: readonly Finding[],
  capabilities: DetailedCapabilities,
  options: HighlightOptions = {},
  memory: ReadMemory = {},
  lang: Lang = 'zh',
): Promise<void> {
  const withNotes = capabilities.notes && options.notes !== false;
  const targets = markCells(findings);
  // A basis is used once: after this highlight the workbook is no longer as it was read.
  const basis = usableBasis(memory.highlightBasis, targets, withNotes, Date.now());
  memory.highlightBasis = undefined;
  if (basis) {
    try {
      await highlightFromBasis(targets, basis, withNotes, lang);
      return;
    } catch {
      // Something changed since the read (a note deleted by hand, a sheet renamed). The batch stopped at that
      // point: at most some of our own notes went, which the probing path copes with. Start again from the host.
    }
  }
  await highlightWithProbe(targets, capabilities, withNotes, lang);
}

/**
 * Restores the original fill of every highlighted cell that still shows our colour, removes our notes there,
 * and forgets the record; returns how many cells were restored. Three syncs: the record and the sheet names,
 * the recorded cells' current fills, the write.
 */
export async function clearHighlights(
  capabilities: DetailedCapabilities,
  memory: ReadMemory = {},
): Promise<number> {
  memory.highlightBasis = undefined;
  return Excel.run(async (context) => {
    const setting = queueRecordLoad(context);
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    if (setting.isNullObject) return 0;
    const record = recordFromSetting(setting);
    const sheetNames = new Set(worksheets.items.map((sheet) => sheet.name));
    const restore = restorable(
      record.cells,
      await probeRecorded(context, record.cells, sheetNames, capabilities),
    );
    await syncRemovingNotes(
      context,
      restore.filter((cell) => cell.note),
      (batch) => {
        for (const cell of restore) queueRestore(batch, cell);
        context.workbook.settings.getItem(HIGHLIGHTS_SETTING).delete();
      },
    );
    return restore.length;
  });
}
