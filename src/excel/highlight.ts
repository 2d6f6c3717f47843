// Highlighting findings and clearing the highlights. `highlight` shows exactly the given findings: cells
// highlighted before and not now are restored in the same write. Two syncs: one reads the cells' current fills,
// notes and our saved record; one writes fills, notes and the record.
import type { Finding, Severity } from '../engine/rules/types';
import { cellsOf } from './addresses';
import { noteText } from './annotation';
import { SheetCache } from './batch';
import type { DetailedCapabilities } from './capabilities';
import { NO_FILL_READBACK, SEVERITY_FILL, worse } from './fill-colors';
import type { HighlightRecord, HighlightedCell } from './highlight-record';
import { EMPTY_RECORD, HIGHLIGHTS_SETTING, cellId, parseRecord, serializeRecord } from './highlight-record';
import { syncRemovingNotes } from './note-removal';

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

interface Probe {
  readonly fill?: Excel.RangeFill;
  readonly properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly note?: Excel.Note;
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

export async function highlightFindings(
  findings: readonly Finding[],
  capabilities: DetailedCapabilities,
  options: HighlightOptions = {},
): Promise<void> {
  const withNotes = capabilities.notes && options.notes !== false;
  const targets = targetsOf(findings);
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

    const previous = new Map(recordOf(setting).cells.map((cell) => [cellId(cell.sheet, cell.cell), cell]));
    const next: HighlightedCell[] = [];
    const notesToRemove: HighlightedCell[] = [];
    const notesToAdd: { sheet: string; cell: string; text: string }[] = [];
    for (const [id, target] of targets) {
      const before = previous.get(id);
      const probe = probes.get(id) as Probe;
      const hasNote = probe.note ? !probe.note.isNullObject : false;
      // A note that is there and not ours is a clerk's: leave it, and do not add ours.
      const ourNoteThere = hasNote && before?.note === true;
      if (ourNoteThere) notesToRemove.push(before);
      const addNote = withNotes && (!hasNote || ourNoteThere);
      if (addNote)
        notesToAdd.push({ sheet: target.sheet, cell: target.cell, text: noteText(target.findings) });
      next.push({
        sheet: target.sheet,
        cell: target.cell,
        originalFill: before ? before.originalFill : originalFill(probe),
        note: addNote,
      });
    }
    const stale = [...previous.entries()].filter(([id]) => !targets.has(id)).map(([, cell]) => cell);
    notesToRemove.push(...stale.filter((cell) => cell.note));

    await syncRemovingNotes(context, notesToRemove, (batch) => {
      for (const cell of stale) queueRestore(batch, cell);
      for (const target of targets.values()) {
        batch.get(target.sheet).getRange(target.cell).format.fill.color = SEVERITY_FILL[target.severity];
      }
      for (const note of notesToAdd) batch.get(note.sheet).notes.add(note.cell, note.text);
      context.workbook.settings.add(HIGHLIGHTS_SETTING, serializeRecord({ version: 1, cells: next }));
    });
  });
}

/** Restores every highlighted cell's original fill and removes our notes; returns how many cells. */
export async function clearHighlights(): Promise<number> {
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
