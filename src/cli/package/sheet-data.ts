// A worksheet's <sheetData> as rows and cells kept as their original text. Editing one cell re-writes only
// that cell's element (and its row's, when a cell is added); every other byte of the part is left as it was.
import { columnIndex, columnLetters } from '../../engine/grid/a1';
import { escapeText, findElement, getAttr, setAttr, startTagEnd } from './xml';

export interface CellChunk {
  /** 0-based. */
  col: number;
  raw: string;
}

export interface RowChunk {
  /** 1-based, as in the file. */
  number: number;
  startTag: string;
  /** The text between the row's tags; cells are parsed from it only when a row is edited (big sheets). */
  body: string;
  cells?: CellChunk[];
  /** The row's original text while unchanged; dropped once an edit makes it be rebuilt. */
  raw?: string;
}

export class SheetData {
  private constructor(
    readonly prefix: string,
    private before: string,
    private after: string,
    readonly rows: RowChunk[],
    private readonly selfClosing: boolean,
  ) {}

  static parse(xml: string, prefix: string): SheetData {
    const span = findElement(xml, `${prefix}sheetData`);
    if (!span) throw new Error('worksheet without sheetData');
    const rows: RowChunk[] = [];
    const inner = span.inner ?? '';
    const rowOpen = new RegExp(`<${prefix}row(?=[\\s/>])`, 'g');
    const rowClose = `</${prefix}row>`;
    let previous = 0;
    for (let match = rowOpen.exec(inner); match; match = rowOpen.exec(inner)) {
      const tagEnd = startTagEnd(inner, match.index);
      const startTag = inner.slice(match.index, tagEnd);
      const number = Number(getAttr(startTag, 'r') ?? previous + 1);
      previous = number;
      if (startTag.endsWith('/>')) {
        rows.push({ number, startTag, body: '', raw: startTag });
        rowOpen.lastIndex = tagEnd;
        continue;
      }
      const close = inner.indexOf(rowClose, tagEnd);
      const end = close + rowClose.length;
      rows.push({ number, startTag, body: inner.slice(tagEnd, close), raw: inner.slice(match.index, end) });
      rowOpen.lastIndex = end;
    }
    return new SheetData(
      prefix,
      xml.slice(0, span.start),
      xml.slice(span.end),
      rows,
      span.inner === undefined,
    );
  }

  /** The whole worksheet part. */
  serialize(): string {
    const p = this.prefix;
    if (this.selfClosing && this.rows.length === 0) return `${this.before}<${p}sheetData/>${this.after}`;
    const body = this.rows.map((row) => row.raw ?? rowText(row, p)).join('');
    return `${this.before}<${p}sheetData>${body}</${p}sheetData>${this.after}`;
  }

  /** The worksheet without its rows: `<sheetData/>` stands where they go. */
  frame(): string {
    return `${this.before}<${this.prefix}sheetData/>${this.after}`;
  }

  /** Replaces what lies around the rows (the frame's `<sheetData/>` marks where they go). */
  setFrame(frame: string): void {
    const marker = `<${this.prefix}sheetData/>`;
    const at = frame.indexOf(marker);
    if (at < 0) throw new Error('frame without sheetData');
    this.before = frame.slice(0, at);
    this.after = frame.slice(at + marker.length);
  }

  row(number: number): RowChunk | undefined {
    return this.rowIndex().get(number);
  }

  private index?: Map<number, RowChunk>;

  /** Rows by number; rebuilt after rows are added or renumbered. */
  private rowIndex(): Map<number, RowChunk> {
    if (!this.index || this.index.size !== this.rows.length) {
      this.index = new Map(this.rows.map((row) => [row.number, row]));
    }
    return this.index;
  }

  /** Call after changing row numbers. */
  reindex(): void {
    this.index = undefined;
  }

  /** The row, created (empty, in order) when the sheet has none there. */
  ensureRow(number: number): RowChunk {
    const found = this.row(number);
    if (found) return found;
    const created: RowChunk = { number, startTag: `<${this.prefix}row r="${number}">`, body: '', cells: [] };
    const last = this.rows[this.rows.length - 1];
    const at =
      !last || last.number < number ? this.rows.length : this.rows.findIndex((row) => row.number > number);
    this.rows.splice(at, 0, created);
    this.index?.set(number, created);
    return created;
  }

  /** The row's cells, parsed on first use. */
  cellsOf(row: RowChunk): CellChunk[] {
    row.cells ??= parseCells(row.body, this.prefix);
    return row.cells;
  }

  cell(row: number, col: number): CellChunk | undefined {
    const chunk = this.row(row);
    return chunk && this.cellsOf(chunk).find((cell) => cell.col === col);
  }

  /** The cell element, created empty (`<c r="B5"/>`) when absent. Marks its row as changed. */
  ensureCell(row: number, col: number): CellChunk {
    const chunk = this.ensureRow(row);
    chunk.raw = undefined;
    const cells = this.cellsOf(chunk);
    const found = cells.find((cell) => cell.col === col);
    if (found) return found;
    const created: CellChunk = { col, raw: `<${this.prefix}c r="${columnLetters(col)}${row}"/>` };
    const at = cells.findIndex((cell) => cell.col > col);
    cells.splice(at < 0 ? cells.length : at, 0, created);
    // A row's spans hint must cover its cells, or Excel reports the part as damaged.
    const spans = getAttr(chunk.startTag, 'spans');
    if (spans) {
      const [low, high] = spans.split(':').map(Number);
      if (col + 1 < low || col + 1 > high)
        chunk.startTag = setAttr(
          chunk.startTag,
          'spans',
          `${Math.min(low, col + 1)}:${Math.max(high, col + 1)}`,
        );
    }
    return created;
  }

  /** The style index a cell shows: its own `s`, else its row's (customFormat), else its column's. */
  styleOf(row: number, col: number, columnStyles: ReadonlyMap<number, number>): number {
    const cell = this.cell(row, col);
    if (cell) return Number(getAttr(startTagOf(cell.raw), 's') ?? 0);
    const rowChunk = this.row(row);
    if (rowChunk && getAttr(rowChunk.startTag, 'customFormat') === '1')
      return Number(getAttr(rowChunk.startTag, 's') ?? 0);
    return columnStyles.get(col) ?? 0;
  }

  /** Replaces a formula cell's cached result; returns false when the cell holds no formula. */
  setCachedResult(row: number, col: number, value: number | string | boolean): boolean {
    const cell = this.cell(row, col);
    const next = cell && withCachedResult(cell.raw, this.prefix, value);
    if (!cell || next === undefined) return false;
    cell.raw = next;
    const chunk = this.row(row);
    if (chunk) chunk.raw = undefined;
    return true;
  }

  setStyle(row: number, col: number, styleIndex: number): void {
    const cell = this.ensureCell(row, col);
    cell.raw = replaceStartTag(cell.raw, (tag) => setAttr(tag, 's', String(styleIndex)));
  }

  /**
   * Writes a value or a formula into a cell, keeping its style. Strings are written inline (no shared-string
   * table edit); a formula keeps `value` as its cached result when given.
   */
  setValue(row: number, col: number, content: CellContent): void {
    const cell = this.ensureCell(row, col);
    const p = this.prefix;
    let tag = startTagOf(cell.raw);
    tag = setAttr(tag, 't', undefined);
    tag = setAttr(tag, 'cm', undefined);
    tag = setAttr(tag, 'vm', undefined);
    const open = tag.endsWith('/>') ? `${tag.slice(0, -2).replace(/\s+$/, '')}>` : tag;
    const value = content.value;
    const formula = content.formula?.replace(/^=/, '');
    let body = '';
    let type: string | undefined;
    if (formula !== undefined) {
      body += `<${p}f>${escapeText(formula)}</${p}f>`;
      if (typeof value === 'string') type = 'str';
      if (typeof value === 'boolean') type = 'b';
    } else if (typeof value === 'string') type = 'inlineStr';
    else if (typeof value === 'boolean') type = 'b';
    if (value !== null && value !== undefined) {
      if (type === 'inlineStr')
        body += `<${p}is><${p}t xml:space="preserve">${escapeText(value as string)}</${p}t></${p}is>`;
      else if (type === 'b') body += `<${p}v>${value ? 1 : 0}</${p}v>`;
      else if (typeof value === 'number') body += `<${p}v>${numberText(value)}</${p}v>`;
      else body += `<${p}v>${escapeText(String(value))}</${p}v>`;
    }
    const typed = type ? setAttr(open, 't', type) : open;
    cell.raw = body ? `${typed}${body}</${p}c>` : `${typed.slice(0, -1)}/>`;
  }
}

/** A formula cell's cached result replaced, its formula (and everything else) kept; false when not a formula. */
export function withCachedResult(
  raw: string,
  prefix: string,
  value: number | string | boolean,
): string | undefined {
  if (!new RegExp(`<${prefix}f[\\s/>]`).test(raw)) return undefined;
  let tag = startTagOf(raw);
  const type = typeof value === 'string' ? 'str' : typeof value === 'boolean' ? 'b' : undefined;
  tag = setAttr(tag, 't', type);
  const text =
    typeof value === 'boolean'
      ? value
        ? '1'
        : '0'
      : typeof value === 'number'
        ? numberText(value)
        : escapeText(value);
  const body = raw
    .slice(startTagOf(raw).length)
    .replace(new RegExp(`<${prefix}v>[\\s\\S]*?</${prefix}v>|<${prefix}v/>`), '');
  const formulaEnd = new RegExp(`(<${prefix}f[^>]*/>|<${prefix}f[\\s\\S]*?</${prefix}f>)`);
  return tag + body.replace(formulaEnd, `$1<${prefix}v>${text}</${prefix}v>`);
}

export interface CellContent {
  readonly value: string | number | boolean | null;
  /** With or without the leading "=". */
  readonly formula?: string;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

function parseCells(inner: string, prefix: string): CellChunk[] {
  const cells: CellChunk[] = [];
  const open = new RegExp(`<${prefix}c(?=[\\s/>])`, 'g');
  const close = `</${prefix}c>`;
  let previous = -1;
  for (let match = open.exec(inner); match; match = open.exec(inner)) {
    const tagEnd = startTagEnd(inner, match.index);
    const startTag = inner.slice(match.index, tagEnd);
    const end = startTag.endsWith('/>') ? tagEnd : inner.indexOf(close, tagEnd) + close.length;
    let raw = inner.slice(match.index, end);
    const ref = CELL_REF.exec(startTag)?.[1];
    const col = ref ? columnIndex(ref.replace(/\d+$/, '').replace(/^\$/, '')) : previous + 1;
    previous = col;
    if (!ref) raw = `<${prefix}c r="${columnLetters(col)}__ROW__"${raw.slice(prefix.length + 2)}`;
    cells.push({ col, raw });
    open.lastIndex = end;
  }
  return cells;
}

const CELL_REF = /\sr\s*=\s*"([^"]*)"/;

function rowText(row: RowChunk, prefix: string): string {
  const cells = row.cells
    ? row.cells.map((cell) => cell.raw.replace('__ROW__', String(row.number))).join('')
    : row.body;
  const open = row.startTag.endsWith('/>')
    ? `${row.startTag.slice(0, -2).replace(/\s+$/, '')}>`
    : row.startTag;
  return `${open}${cells}</${prefix}row>`;
}

export function startTagOf(raw: string): string {
  return raw.slice(0, startTagEnd(raw, 0));
}

function replaceStartTag(raw: string, edit: (tag: string) => string): string {
  const tag = startTagOf(raw);
  return edit(tag) + raw.slice(tag.length);
}

/** Column styles from <cols>: 0-based column → style index. */
export function columnStyles(xml: string, prefix: string): Map<number, number> {
  const styles = new Map<number, number>();
  const cols = findElement(xml, `${prefix}cols`);
  if (!cols?.inner) return styles;
  const pattern = new RegExp(`<${prefix}col\\s[^>]*>`, 'g');
  for (const match of cols.inner.matchAll(pattern)) {
    const style = getAttr(match[0], 'style');
    if (style === undefined) continue;
    const min = Number(getAttr(match[0], 'min'));
    const max = Math.min(Number(getAttr(match[0], 'max')), min + 16384);
    for (let col = min; col <= max; col++) styles.set(col - 1, Number(style));
  }
  return styles;
}
