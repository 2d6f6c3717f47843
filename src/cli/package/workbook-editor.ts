/**
 * SURGICAL WORKBOOK EDITS. Opens an .xlsx as its zip parts and changes only what a caller asks for:
 *   - `mark`        fills and notes on cells (annotated copies),
 *   - `setCells`    values or formulas (fixes),
 *   - `applyPlan`   an engine SheetPlan: inserted rows and everything that moves with them,
 * then `save()` returns the new file. Parts no edit touches are copied compressed as they were; touched parts
 * are edited as text, so within them too only the edited elements change. Decisions about colours, note text or
 * what to insert belong to the caller (src/host marking, the engine's plans); this module only writes.
 */
import { parseA1Area, toA1 } from '../../engine/grid/a1';
import type { CellArea } from '../../engine/grid/types';
import type { SheetPlan } from '../../engine/presets/plan';
import { addNotes, type NoteEdit } from './notes';
import { readRels } from './rels';
import { type CellContent, SheetData, columnStyles } from './sheet-data';
import { shiftDefinedNames, shiftSheetFrame, shiftSheetParts, shiftWorkbookWideParts } from './shift-parts';
import { shiftSheetData } from './shift-sheet';
import { StyleSheet } from './styles';
import { type SheetEntry, type WorkbookParts, readWorkbookParts, sheetByName } from './workbook';
import { findElement, getAttr, rootPrefix, setAttr } from './xml';
import { ZipPackage } from './zip-package';

/** One cell (or area: every cell filled, the note on its top-left) to mark. */
export interface CellMark {
  readonly sheet: string;
  /** "B5" or "B5:D5". */
  readonly cell: string;
  /** ARGB, e.g. "FFFFC7CE"; omitted to leave the fill. */
  readonly fillArgb?: string;
  /** Appended to the cell's note (after a blank line when it has one); omitted for no note. */
  readonly noteText?: string;
}

export interface CellEdit extends CellContent {
  readonly sheet: string;
  readonly cell: string;
}

export class EditError extends Error {
  constructor(
    readonly code: 'no-sheet' | 'bad-cell' | 'unsupported',
    detail: string,
  ) {
    super(detail);
    this.name = 'EditError';
  }
}

interface OpenSheet {
  readonly entry: SheetEntry;
  readonly data: SheetData;
  readonly notes: NoteEdit[];
}

export class WorkbookEditor {
  private readonly sheets = new Map<string, OpenSheet>();
  private styles?: StyleSheet;
  private recalc = false;

  private constructor(
    private readonly pkg: ZipPackage,
    private readonly parts: WorkbookParts,
  ) {}

  static async open(bytes: Uint8Array): Promise<WorkbookEditor> {
    const pkg = await ZipPackage.load(bytes);
    return new WorkbookEditor(pkg, await readWorkbookParts(pkg));
  }

  sheetNames(): string[] {
    return this.parts.sheets.map((sheet) => sheet.name);
  }

  async mark(marks: readonly CellMark[]): Promise<number> {
    let filled = 0;
    for (const mark of marks) {
      const sheet = await this.sheet(mark.sheet);
      const area = areaOf(mark.cell);
      if (mark.fillArgb) {
        const styles = await this.styleSheet();
        const colStyles = columnStyles(sheet.data.frame(), sheet.data.prefix);
        for (let row = area.top; row <= area.bottom; row++) {
          for (let col = area.left; col <= area.right; col++) {
            const base = sheet.data.styleOf(row + 1, col, colStyles);
            sheet.data.setStyle(row + 1, col, styles.withSolidFill(base, mark.fillArgb));
            filled++;
          }
        }
      }
      if (mark.noteText) {
        const same = sheet.notes.find((note) => note.row === area.top && note.col === area.left);
        if (same)
          sheet.notes.splice(sheet.notes.indexOf(same), 1, {
            ...same,
            text: `${same.text}\n\n${mark.noteText}`,
          });
        else sheet.notes.push({ row: area.top, col: area.left, text: mark.noteText });
      }
    }
    return filled;
  }

  /** Writes values or formulas, keeping each cell's format. A formula without a value is recalculated on open. */
  async setCells(edits: readonly CellEdit[]): Promise<void> {
    for (const edit of edits) {
      const sheet = await this.sheet(edit.sheet);
      const area = areaOf(edit.cell);
      sheet.data.setValue(area.top + 1, area.left, edit);
      if (edit.formula !== undefined) this.recalc = true;
    }
  }

  /** New cached results for formula cells whose value a change moved (their formulas stay); others are skipped. */
  async setCachedResults(
    results: readonly { sheet: string; cell: string; value: number | string | boolean }[],
  ): Promise<number> {
    let set = 0;
    for (const result of results) {
      const sheet = await this.sheet(result.sheet);
      const area = areaOf(result.cell);
      if (sheet.data.setCachedResult(area.top + 1, area.left, result.value)) set++;
    }
    return set;
  }

  /** Asks the spreadsheet to recalculate every formula when the copy is opened. */
  requestRecalculation(): void {
    this.recalc = true;
  }

  /** Applies an insertion plan to an existing sheet (plans for new sheets are written by ExcelJS). */
  async applyPlan(plan: SheetPlan): Promise<void> {
    if (plan.styles.length > 0 || plan.columnWidths.length > 0)
      throw new EditError('unsupported', 'styles and column widths are for new sheets');
    const target = await this.sheet(plan.sheet);
    this.removeMerges(target, plan.unmerges);
    for (const insert of plan.rowInserts) await this.insertRows(plan.sheet, insert.at, insert.count);
    const data = target.data;
    const colStyles = columnStyles(this.frameOf(target), data.prefix);
    for (const copy of plan.formatCopies) {
      const source = data.row(copy.fromRow + 1);
      for (let row = copy.toTop; row <= copy.toBottom; row++) {
        const chunk = data.ensureRow(row + 1);
        const height = source && getAttr(source.startTag, 'ht');
        if (source && height !== undefined) {
          chunk.startTag = setAttr(
            setAttr(chunk.startTag, 'ht', height),
            'customHeight',
            getAttr(source.startTag, 'customHeight'),
          );
          chunk.raw = undefined;
        }
        for (let col = copy.left; col <= copy.right; col++)
          data.setStyle(row + 1, col, data.styleOf(copy.fromRow + 1, col, colStyles));
      }
    }
    const styles = await this.styleSheet();
    for (const write of plan.writes) {
      data.setValue(write.row + 1, write.col, { value: write.value, formula: write.formula });
      if (write.formula) this.recalc = true;
      if (write.numberFormat) {
        const base = data.styleOf(write.row + 1, write.col, colStyles);
        data.setStyle(write.row + 1, write.col, styles.withNumberFormat(base, write.numberFormat));
      }
    }
    for (const update of plan.formulaUpdates) {
      data.setValue(update.row + 1, update.col, { value: null, formula: update.formula });
      this.recalc = true;
    }
    for (const { row, height } of plan.rowHeights) {
      const chunk = data.ensureRow(row + 1);
      chunk.startTag = setAttr(setAttr(chunk.startTag, 'ht', String(height)), 'customHeight', '1');
      chunk.raw = undefined;
    }
    this.addMerges(target, plan.merges);
  }

  /** Inserts `count` empty rows before 0-based row `at` of `sheetName`, moving everything that refers to rows below. */
  async insertRows(sheetName: string, at: number, count: number): Promise<void> {
    const shift = { sheet: sheetName, at, count };
    for (const entry of this.parts.sheets) {
      const open = await this.sheet(entry.name);
      const own = entry.name === sheetName;
      shiftSheetData(open.data, entry.name, shift);
      this.setFrame(open, shiftSheetFrame(this.frameOf(open), entry.name, shift, own));
      if (own) await shiftSheetParts(this.pkg, entry.part, shift);
    }
    const workbookXml = await this.pkg.read(this.parts.workbookPart);
    this.pkg.write(this.parts.workbookPart, shiftDefinedNames(workbookXml, shift));
    await shiftWorkbookWideParts(this.pkg, shift);
    await this.dropCalcChain();
  }

  async save(): Promise<Buffer> {
    for (const sheet of this.sheets.values()) {
      let xml = sheet.data.serialize();
      xml = await addNotes(this.pkg, sheet.entry.part, xml, sheet.notes);
      this.pkg.write(sheet.entry.part, xml);
    }
    this.styles?.save();
    if (this.recalc) await this.requestRecalc();
    return this.pkg.toBuffer();
  }

  /** Names of the parts changed so far (after `save`, all of them). */
  changedParts(): string[] {
    return this.pkg.changedParts();
  }

  private async sheet(name: string): Promise<OpenSheet> {
    const known = this.sheets.get(name);
    if (known) return known;
    const entry = sheetByName(this.parts, name);
    if (!entry) throw new EditError('no-sheet', name);
    const xml = await this.pkg.read(entry.part);
    const opened: OpenSheet = { entry, data: SheetData.parse(xml, rootPrefix(xml, 'worksheet')), notes: [] };
    this.sheets.set(name, opened);
    return opened;
  }

  private async styleSheet(): Promise<StyleSheet> {
    this.styles ??= await StyleSheet.open(this.pkg, this.parts);
    return this.styles;
  }

  /** The worksheet XML with <sheetData> emptied: what lies around the cells. */
  private frameOf(sheet: OpenSheet): string {
    return sheet.data.frame();
  }

  private setFrame(sheet: OpenSheet, frame: string): void {
    sheet.data.setFrame(frame);
  }

  private removeMerges(sheet: OpenSheet, areas: readonly CellArea[]): void {
    if (areas.length === 0) return;
    const gone = new Set(areas.map(areaKey));
    const p = sheet.data.prefix;
    const frame = this.frameOf(sheet).replace(new RegExp(`<${p}mergeCell\\s[^>]*>`, 'g'), (tag) => {
      const area = parseA1Area(getAttr(tag, 'ref') ?? '');
      return area && gone.has(areaKey(area)) ? '' : tag;
    });
    this.setFrame(sheet, fixMergeCount(frame, p));
  }

  private addMerges(sheet: OpenSheet, areas: readonly CellArea[]): void {
    const real = areas.filter((area) => area.bottom > area.top || area.right > area.left);
    if (real.length === 0) return;
    const p = sheet.data.prefix;
    const elements = real.map((area) => `<${p}mergeCell ref="${areaText(area)}"/>`).join('');
    let frame = this.frameOf(sheet);
    const list = findElement(frame, `${p}mergeCells`);
    if (list?.inner !== undefined) {
      const close = list.end - `</${p}mergeCells>`.length;
      frame = frame.slice(0, close) + elements + frame.slice(close);
    } else if (list) {
      frame = `${frame.slice(0, list.start)}<${p}mergeCells>${elements}</${p}mergeCells>${frame.slice(list.end)}`;
    } else {
      // Schema order: mergeCells follows sheetData and the few elements that may sit between them.
      const after = [
        'sheetCalcPr',
        'sheetProtection',
        'protectedRanges',
        'scenarios',
        'autoFilter',
        'sortState',
        'dataConsolidate',
        'customSheetViews',
      ]
        .map((name) => findElement(frame, `${p}${name}`))
        .filter((span) => span !== undefined)
        .reduce((end, span) => Math.max(end, span.end), findElement(frame, `${p}sheetData`)?.end ?? 0);
      frame = `${frame.slice(0, after)}<${p}mergeCells>${elements}</${p}mergeCells>${frame.slice(after)}`;
    }
    this.setFrame(sheet, fixMergeCount(frame, p));
  }

  private async dropCalcChain(): Promise<void> {
    // The calculation chain lists formula cells by address; after rows move it is stale, and Excel rebuilds
    // a missing one silently (a stale one it reports as damage).
    const rels = await readRels(this.pkg, this.parts.workbookPart);
    const chain = rels.find((rel) => rel.type.endsWith('/calcChain'));
    if (!chain?.part || !this.pkg.has(chain.part)) return;
    this.pkg.remove(chain.part);
    const relsPart = this.parts.workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
    const relsXml = await this.pkg.read(relsPart);
    this.pkg.write(relsPart, relsXml.replace(new RegExp(`<Relationship\\s[^>]*Id="${chain.id}"[^>]*>`), ''));
    const types = await this.pkg.read('[Content_Types].xml');
    this.pkg.write(
      '[Content_Types].xml',
      types.replace(new RegExp(`<Override\\s[^>]*PartName="/${chain.part}"[^>]*>`, 'i'), ''),
    );
  }

  private async requestRecalc(): Promise<void> {
    const xml = await this.pkg.read(this.parts.workbookPart);
    const p = rootPrefix(xml, 'workbook');
    const calcPr = findElement(xml, `${p}calcPr`);
    let next: string;
    if (calcPr) {
      const tag = setAttr(calcPr.startTag, 'fullCalcOnLoad', '1');
      next = xml.slice(0, calcPr.start) + tag + xml.slice(calcPr.start + calcPr.startTag.length);
    } else {
      // calcPr follows sheets, functionGroups, externalReferences and definedNames in the schema.
      const at = ['definedNames', 'externalReferences', 'functionGroups', 'sheets']
        .map((name) => findElement(xml, `${p}${name}`))
        .reduce((end, span) => Math.max(end, span?.end ?? -1), -1);
      if (at < 0) return;
      next = `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
    }
    this.pkg.write(this.parts.workbookPart, next);
  }
}

function areaOf(cell: string): CellArea {
  const area = parseA1Area(cell);
  if (!area) throw new EditError('bad-cell', cell);
  return area;
}

function areaKey(area: CellArea): string {
  return `${area.top}:${area.left}:${area.bottom}:${area.right}`;
}

function areaText(area: CellArea): string {
  return `${toA1(area.top, area.left)}:${toA1(area.bottom, area.right)}`;
}

function fixMergeCount(frame: string, p: string): string {
  const list = findElement(frame, `${p}mergeCells`);
  if (!list) return frame;
  const count = (list.inner ?? '').split(`<${p}mergeCell`).length - 1;
  if (count === 0) return frame.slice(0, list.start) + frame.slice(list.end);
  const tag =
    getAttr(list.startTag, 'count') === undefined
      ? list.startTag
      : setAttr(list.startTag, 'count', String(count));
  return frame.slice(0, list.start) + tag + frame.slice(list.start + list.startTag.length);
}
