import { parseTarget, readFigure } from '../figures';
import type { Figure, FigureRole, Target } from '../figures/types';
import type { Cell, CellPosition, SheetGrid } from '../grid/types';
import type { Field } from '../model/tables';
import { PROFILES as DEFAULT_PROFILES } from '../profiles';
import { Lexicon } from '../profiles/lexicon';
import { coreOfNormalized, isTidy, normalizeLabel } from '../text/normalize';

/** One non-empty cell of a row, with its label forms computed once. */
export interface Entry {
  readonly col: number;
  readonly text: string;
  /** normalizeLabel(text) */
  readonly norm: string;
  /** labelCore(text) without a leading numbering ("1、", "一、") or "其中". */
  readonly core: string;
  readonly numbered: boolean;
  readonly under: boolean; // starts with 其中
}

/**
 * Every non-empty cell of a sheet, row by row, read once. Recognisers look things up here instead of
 * probing the grid, so a 10,000-row sheet costs one pass.
 */
export class SheetIndex {
  private readonly rows: (readonly Entry[])[] = [];
  /**
   * Figures and targets read so far, by what decides them. A sheet of many tables from one template repeats
   * the same cells ("≥95%", 2 with format "0.00") thousands of times; reading each once keeps recognition
   * linear in the distinct cells rather than paying the regex work per row. Figures are immutable, so
   * sharing one between fields is safe.
   */
  private readonly numberFigures: [NumberFigures, NumberFigures] = [new Map(), new Map()];
  private readonly textFigures: [Map<string, Figure>, Map<string, Figure>] = [new Map(), new Map()];
  private readonly targets = new Map<string, Target>();

  /** The words recognisers read labels with: the profiles in effect for this sheet (or table). */
  words: Lexicon;

  constructor(
    readonly grid: SheetGrid,
    words?: Lexicon,
  ) {
    this.words = words ?? defaultLexicon();
    // Every position of the sheet passes through here, most of them empty: the loop does no more for one than
    // it must (no call for an empty position, the merge looked up only for a cell with text).
    const colCount = grid.colCount;
    const rowCount = grid.rowCount;
    for (let r = 0; r < rowCount; r++) {
      let entries: Entry[] | undefined;
      for (let c = 0; c < colCount; c++) {
        const cell = grid.cellAt(r, c);
        if (cell === undefined) continue;
        const text = cellText(cell);
        if (text === '') continue;
        const merge = grid.mergeAt(r, c);
        if (merge !== undefined && (merge.top !== r || merge.left !== c)) continue; // see mirrorsMerge
        (entries ??= []).push(new IndexEntry(c, text, typeof cell.value === 'number'));
      }
      this.rows.push(entries ?? NO_ENTRIES);
    }
  }

  get rowCount(): number {
    return this.rows.length;
  }

  entries(row: number): readonly Entry[] {
    return this.rows[row] ?? [];
  }

  entryAt(row: number, col: number): Entry | undefined {
    // Indexed loops over entries here and in the recognisers: most of their code runs only a few hundred times
    // per worker, before V8 optimises it, and unoptimised for…of makes an iterator and a result object per step.
    const entries = this.entries(row);
    for (let i = 0; i < entries.length; i++) if (entries[i].col === col) return entries[i];
    return undefined;
  }

  /** labelAt(row, col)?.text, without building the position: indicator rows ask it of every row. */
  textAt(row: number, col: number): string | undefined {
    if (col < 0) return undefined;
    const merge = this.grid.mergeAt(row, col);
    return merge ? this.entryAt(merge.top, merge.left)?.text : this.entryAt(row, col)?.text;
  }

  /** The text a position shows, taken from the top-left of its merge when merged. */
  labelAt(row: number, col: number): { text: string; at: CellPosition } | undefined {
    if (col < 0) return undefined;
    const merge = this.grid.mergeAt(row, col);
    const at = merge ? { row: merge.top, col: merge.left } : { row, col };
    const entry = this.entryAt(at.row, at.col);
    return entry ? { text: entry.text, at } : undefined;
  }

  /** The column just right of a cell, past its merge. */
  rightOf(row: number, col: number): number {
    const merge = this.grid.mergeAt(row, col);
    return merge ? merge.right + 1 : col + 1;
  }

  field(row: number, col: number, role: FigureRole = 'any'): Field {
    // Column -1 is a column the header lacks (a money block without 分值): its field holds nothing.
    const cell = col < 0 || mirrorsMerge(this.grid, row, col) ? undefined : this.grid.cellAt(row, col);
    return { at: { row, col }, cell, figure: this.figureOf(cell, role) };
  }

  /** parseTarget(text), read once per distinct text. */
  target(text: string): Target {
    let target = this.targets.get(text);
    if (!target) {
      target = parseTarget(text);
      this.targets.set(text, target);
    }
    return target;
  }

  /**
   * Everything readFigure looks at decides the cache entry: a number's format, shown text and value; a text's
   * value; and of the role only whether it is 'rate' (the one role readFigure tells apart). Blank and boolean
   * cells are cheap to read and are not cached. Numbers are found by shown text, and the format and value
   * checked (one text nearly always shows one value in one format), so a lookup hashes one of the cell's own
   * strings and builds no key; a text seen again with another format or value is read again and replaces it.
   */
  private figureOf(cell: Cell | undefined, role: FigureRole): Figure {
    if (!cell) return readFigure(cell, role);
    const { value } = cell;
    const byRole = role === 'rate' ? 1 : 0;
    if (typeof value === 'number') {
      const byText = this.numberFigures[byRole];
      const known = byText.get(cell.text);
      // === treats 0 and -0 alike, as the value-keyed map did: both read as 0.
      if (known && known.value === value && known.format === cell.numberFormat) return known.figure;
      const figure = readFigure(cell, role);
      byText.set(cell.text, { format: cell.numberFormat, value, figure });
      return figure;
    }
    if (typeof value !== 'string') return readFigure(cell, role);
    const texts = this.textFigures[byRole];
    let figure = texts.get(value);
    if (!figure) {
      figure = readFigure(cell, role);
      texts.set(value, figure);
    }
    return figure;
  }

  isNumber(row: number, col: number, role: FigureRole = 'any'): boolean {
    // field() without building the Field: recognisers ask this of many cells they never keep.
    const cell = col < 0 || mirrorsMerge(this.grid, row, col) ? undefined : this.grid.cellAt(row, col);
    return this.figureOf(cell, role).kind === 'number';
  }
}

/** Number figures read in one sheet: shown text → the format and value read, and the figure. */
type NumberFigures = Map<
  string,
  { readonly format: string; readonly value: number; readonly figure: Figure }
>;

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\(?\d+[)、．]|\d+\.(?!\d))/;
const UNDER = /^其中[:]?/;
const NO_ENTRIES: readonly Entry[] = Object.freeze([]);

/** Label forms of one text. */
interface LabelForms {
  readonly norm: string;
  readonly core: string;
  readonly numbered: boolean;
  readonly under: boolean;
}

/**
 * Label forms by text, shared by every sheet: filers' workbooks are filled from a few templates, so the same
 * header and row labels come back file after file. A pure function of the text; bounded, and emptied when full
 * so a long run keeps the labels of the templates it currently sees.
 */
const FORMS = new Map<string, LabelForms>();
const MAX_FORMS = 4096;

function labelForms(text: string): LabelForms {
  let forms = FORMS.get(text);
  if (forms) return forms;
  const norm = normalizeLabel(text);
  let core = coreOfNormalized(norm);
  const under = UNDER.test(core);
  core = core.replace(UNDER, '');
  const numbered = NUMBERING.test(core);
  core = core.replace(NUMBERING, '').replace(/^[:]+|[:]+$/g, '');
  forms = { norm, core, numbered, under };
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(text, forms);
  return forms;
}

/** normalizeLabel(text), from the label forms kept by text: labels come back sheet after sheet. */
export function normalizedLabel(text: string): string {
  return labelForms(text).norm;
}

/**
 * An entry's label forms are worked out when a recogniser first asks: most cells (indicator names, targets,
 * remarks) are only ever read as text, and normalising every one of them was a fifth of recognition.
 */
class IndexEntry implements Entry {
  private forms: LabelForms | undefined;

  constructor(
    readonly col: number,
    readonly text: string,
    // A number has no label to normalise: its text is its core.
    private readonly isNumber: boolean,
  ) {}

  // Each getter reads the forms itself (no shared getter between): in unoptimised code a getter is a call, and
  // core is read for nearly every label a recogniser looks at.
  get norm(): string {
    return (this.forms ?? this.readForms()).norm;
  }

  get core(): string {
    return (this.forms ?? this.readForms()).core;
  }

  get numbered(): boolean {
    return (this.forms ?? this.readForms()).numbered;
  }

  get under(): boolean {
    return (this.forms ?? this.readForms()).under;
  }

  private readForms(): LabelForms {
    return (this.forms = this.isNumber
      ? { norm: this.text, core: this.text, numbered: false, under: false }
      : labelForms(this.text));
  }
}

/** A cell inside a merge other than its top-left: some readers repeat the merge's value there. */
function mirrorsMerge(grid: SheetGrid, row: number, col: number): boolean {
  const merge = grid.mergeAt(row, col);
  return merge !== undefined && (merge.top !== row || merge.left !== col);
}

/** What a cell shows; blank (spaces, ideographic spaces) counts as empty. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  const shown = cell.text !== '' ? cell.text : cell.value === null ? '' : String(cell.value);
  // trim() already drops U+3000 and U+00A0; the zero-width space is the only blank it keeps. (A builtin that
  // returns the string itself when there is nothing to trim: a character loop written here measured slower.)
  const trimmed = shown.trim();
  if (trimmed === '') return '';
  return trimmed.includes('\u200b') && trimmed.replace(/\u200b/g, '') === '' ? '' : shown;
}

/** Line breaks and runs of spaces collapsed, for labels kept as written. */
export function tidy(text: string): string {
  if (isTidy(text)) return text;
  return text
    .replace(/[\r\n]+/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/** A year stated in a header: "2024年决算数" → 2024. */
export function yearIn(text: string): number | undefined {
  // Most headers and titles hold no 年 at all: they skip both passes.
  if (!text.includes('年')) return undefined;
  const match = YEAR.exec(text.replace(/\s+/g, ''));
  return match ? Number(match[1]) : undefined;
}

let shared: Lexicon | undefined;

/** Every shipped profile's words, for callers that do not choose (set once; profiles are constant data). */
function defaultLexicon(): Lexicon {
  if (!shared) shared = new Lexicon(DEFAULT_PROFILES);
  return shared;
}
