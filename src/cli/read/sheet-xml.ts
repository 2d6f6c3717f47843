// One worksheet part → a Grid, within limits. Cells are counted before any is built; merges are clipped to the
// cells that exist (an 11 KB file may declare A100:XFD1048576 merged); the XML is scanned in slices of whole rows
// so no copy of the whole part is ever made.
import { parseA1Area } from '../../engine/grid/a1';
import { Grid } from '../../engine/grid/grid';
import type { CellArea } from '../../engine/grid/types';
import type { Cell } from '../../engine/grid/types';
import { cellFrom, sharedStringCell, shownFormat, valueCell } from './cell-of';
import type { CellContext } from './cell-of';
import type { ReadLimits } from './limits';
import { ReadRefusal, refuseHugeMerge } from './limits';
import { itemText } from './shared-strings';
import { NextIndex, attribute, decodeEntities } from './xml-text';

export interface SheetContext extends CellContext {
  readonly styleFormats: readonly (string | undefined)[];
  readonly limits: ReadLimits;
}

const CELL_OPEN = Buffer.from('<c');
const SLICE_BYTES = 4 * 1024 * 1024;

export function readSheetXml(name: string, bytes: Buffer, context: SheetContext): Grid {
  // A sheet that fits one slice (every real template) is turned into one latin1 string and its cells and merges
  // read from it; only a bigger one is scanned from the bytes slice by slice.
  const whole = bytes.length <= SLICE_BYTES ? bytes.toString('latin1') : undefined;
  // Each counted "<c" holds three bytes no other one shares, so a part of at most 3 × limit + 2 bytes cannot
  // pass the limit: only a bigger one is counted.
  const limit = context.limits.cellsPerSheet;
  if (bytes.length > 3 * limit + 2) {
    const cells = whole === undefined ? countCells(bytes) : countCellsIn(whole);
    if (cells > limit) throw new ReadRefusal({ kind: 'sheet-cells', sheet: name, cells, limit });
  }
  const grid = new Grid(name);
  const source = whole ?? bytes;
  const dataStart = source.indexOf('<sheetData');
  let dataEnd = source.lastIndexOf('</sheetData>');
  if (dataEnd < 0) dataEnd = dataStart;
  const extent = { rows: 0, cols: 0 };
  if (dataStart >= 0) {
    const scan = new SheetScan(bytes, grid, context, extent);
    if (whole !== undefined) {
      if (dataStart < dataEnd) scan.slice(whole.slice(dataStart, dataEnd), dataStart);
    } else
      for (let from = dataStart; from < dataEnd;) {
        const to = sliceEnd(bytes, from, dataEnd);
        scan.slice(bytes.toString('latin1', from, to), from);
        from = to;
      }
  }
  addMerges(name, grid, source, Math.max(dataEnd, 0), extent, context.limits);
  return grid;
}

function countCells(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(CELL_OPEN); at >= 0; at = bytes.indexOf(CELL_OPEN, at + 2)) {
    const next = bytes[at + 2];
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) count++;
  }
  return count;
}

/** countCells over the part as latin1 text: a string search costs far less per hit than a Buffer's. */
function countCellsIn(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2))
    if (isTagEnd(xml.charCodeAt(at + 2))) count++;
  return count;
}

/** Where a slice starting at `from` ends: after a whole row, about SLICE_BYTES on. */
function sliceEnd(bytes: Buffer, from: number, end: number): number {
  if (end - from <= SLICE_BYTES) return end;
  const rowEnd = bytes.lastIndexOf('</row>', from + SLICE_BYTES);
  if (rowEnd > from) return rowEnd + 6;
  const next = bytes.indexOf('</row>', from + SLICE_BYTES);
  return next < 0 || next > end ? end : next + 6;
}

/**
 * The cells of a sheet, one slice of whole rows at a time. The common cell, a tag without entities holding
 * nothing or one <v>, is read from the slice's characters without building strings or objects for its
 * attributes; every other cell goes the general way (`cellInGeneral`), which the fast way must always agree with.
 */
class SheetScan {
  private row = -1;
  private col = -1;
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  /** The shown format of each style index, General for a style without one. */
  private readonly formats: readonly string[];
  // Offsets of the r, s and t attribute values in the current cell tag (start -1: absent).
  private refStart = -1;
  private refEnd = -1;
  private styleStart = -1;
  private styleEnd = -1;
  private typeStart = -1;
  private typeEnd = -1;

  constructor(
    private readonly bytes: Buffer,
    private readonly grid: Grid,
    private readonly context: SheetContext,
    private readonly extent: { rows: number; cols: number },
  ) {
    this.formats = context.styleFormats.map(shownFormat);
  }

  /** Scans `xml`, the part's latin1 text from offset `base`. */
  slice(xml: string, base: number): void {
    const entities = new NextIndex(xml, '&');
    let at = xml.indexOf('<');
    while (at >= 0) {
      const c1 = xml.charCodeAt(at + 1);
      if (c1 === 99 /* c */ && isTagEnd(xml.charCodeAt(at + 2))) {
        at = this.cell(xml, base, at, entities);
      } else if (c1 === 114 /* r */ && xml.startsWith('row', at + 1) && isTagEnd(xml.charCodeAt(at + 4))) {
        const close = xml.indexOf('>', at);
        this.row = this.rowNumber(xml, at, close) - 1;
        this.col = -1;
        at = close;
      }
      at = xml.indexOf('<', at + 1);
    }
  }

  /** The one-based number of the <row> tag at `at` (its r, else the row after the last). */
  private rowNumber(xml: string, at: number, close: number): number {
    // <row r="12" …>: the first r of the tag, so attribute() would read this value.
    if (close > at && xml.startsWith(' r="', at + 4)) {
      const end = xml.indexOf('"', at + 8);
      const number = end > at + 8 && end < close && end - at - 8 <= 15 ? digitsValue(xml, at + 8, end) : -1;
      if (number >= 0) return number;
    }
    const r = attribute(xml.slice(at, close), 'r');
    return r ? parseInt(r, 10) : this.row + 2;
  }

  /** Reads the <c> at `at`; returns the offset of its last character. */
  /** Counts the current cell in the sheet's extent; where its </c> is, or -1 for a self-closed <c …/>. */
  private cellClose(xml: string, tagEnd: number): number {
    if (this.row + 1 > this.extent.rows) this.extent.rows = this.row + 1;
    if (this.col + 1 > this.extent.cols) this.extent.cols = this.col + 1;
    if (xml.charCodeAt(tagEnd - 1) === 47) return -1;
    const close = xml.indexOf('</c>', tagEnd);
    if (close < 0) throw new ReadRefusal({ kind: 'unterminated-cell', sheet: this.grid.name });
    return close;
  }

  private cell(xml: string, base: number, at: number, entities: NextIndex): number {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0 || entities.after(at) < tagEnd) return this.cellInGeneral(xml, base, at);
    this.readAttributes(xml, at + 2, tagEnd);
    if (this.refStart >= 0 && this.refEnd > this.refStart) this.moveTo(xml, this.refStart, this.refEnd);
    else this.col++;
    const row = this.row;
    const col = this.col;
    const close = this.cellClose(xml, tagEnd);
    if (close < 0) return tagEnd;
    const typeLength = this.typeEnd - this.typeStart;
    const sharedString = this.typeStart >= 0 && typeLength === 1 && xml.charCodeAt(this.typeStart) === 115;
    // No type, or a one-letter one (s, n, b, e, d): never str or inlineStr.
    const plain = this.typeStart < 0 || typeLength <= 1;
    // <c …><v>text</v></c> with nothing else in it, for a type that is not str or inlineStr.
    const vStart = tagEnd + 4;
    const vEnd = close - 4;
    if (
      plain &&
      close > vStart &&
      xml.startsWith('<v>', tagEnd + 1) &&
      xml.startsWith('</v>', vEnd) &&
      xml.indexOf('<', vStart) === vEnd
    ) {
      if (vEnd === vStart) return close + 3;
      const numberFormat = this.numberFormat(xml);
      let cell: Cell | undefined;
      const index = sharedString && vEnd - vStart <= 9 ? digitsValue(xml, vStart, vEnd) : -1;
      if (index >= 0) cell = sharedStringCell(index, numberFormat, this.context);
      else {
        const type = this.typeStart < 0 ? undefined : xml.slice(this.typeStart, this.typeEnd);
        const raw = xml.slice(vStart, vEnd);
        const value = entities.after(vStart) < vEnd ? decodeEntities(raw) : raw;
        cell = value === '' ? undefined : valueCell(type, value, numberFormat, this.context);
      }
      if (cell) this.grid.setCell(row, col, cell);
      return close + 3;
    }
    const type = this.typeStart < 0 ? undefined : xml.slice(this.typeStart, this.typeEnd);
    return this.cellBody(xml, base, tagEnd, close, type, this.numberFormat(xml));
  }

  /** The r, s and t attribute values of a <c> tag in xml[from, end), as offsets, in one pass. */
  private readAttributes(xml: string, from: number, end: number): void {
    if (this.readUsualAttributes(xml, from, end)) return;
    this.refStart = this.styleStart = this.typeStart = -1;
    let at = from;
    for (;;) {
      const eq = xml.indexOf('=', at);
      if (eq < 0 || eq >= end) return;
      const quote = xml.charCodeAt(eq + 1);
      const close = quote === 34 || quote === 39 ? xml.indexOf(quote === 34 ? '"' : "'", eq + 2) : -1;
      if (close < 0 || close > end) return;
      const before = xml.charCodeAt(eq - 2);
      if (before === 32 || before === 9 || before === 10) {
        const name = xml.charCodeAt(eq - 1);
        if (name === 114 /* r */) {
          this.refStart = eq + 2;
          this.refEnd = close;
        } else if (name === 115 /* s */) {
          this.styleStart = eq + 2;
          this.styleEnd = close;
        } else if (name === 116 /* t */) {
          this.typeStart = eq + 2;
          this.typeEnd = close;
        }
      }
      at = close + 1;
    }
  }

  /**
   * readAttributes for the tag every writer writes, ` r="…"[ s="…"][ t="…"]` then its end, read by following it
   * instead of searching for each "=": with nothing else in the tag the search would find exactly these.
   * False, with nothing decided, for any other tag.
   */
  private readUsualAttributes(xml: string, from: number, end: number): boolean {
    let at = from;
    let refStart = -1;
    let refEnd = -1;
    let styleStart = -1;
    let styleEnd = -1;
    let typeStart = -1;
    let typeEnd = -1;
    if (xml.startsWith(' r="', at)) {
      refStart = at + 4;
      refEnd = xml.indexOf('"', refStart);
      if (refEnd < 0 || refEnd >= end) return false;
      at = refEnd + 1;
    }
    if (xml.startsWith(' s="', at)) {
      styleStart = at + 4;
      styleEnd = xml.indexOf('"', styleStart);
      if (styleEnd < 0 || styleEnd >= end) return false;
      at = styleEnd + 1;
    }
    if (xml.startsWith(' t="', at)) {
      typeStart = at + 4;
      typeEnd = xml.indexOf('"', typeStart);
      if (typeEnd < 0 || typeEnd >= end) return false;
      at = typeEnd + 1;
    }
    if (at !== end && !(at === end - 1 && xml.charCodeAt(at) === 47)) return false;
    this.refStart = refStart;
    this.refEnd = refEnd;
    this.styleStart = styleStart;
    this.styleEnd = styleEnd;
    this.typeStart = typeStart;
    this.typeEnd = typeEnd;
    return true;
  }

  /** The cell's position from its reference xml[start, end), as cellPosition reads it; else the next column. */
  private moveTo(xml: string, start: number, end: number): void {
    let col = 0;
    let k = start;
    for (; k < end; k++) {
      const code = xml.charCodeAt(k);
      if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
      else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
      else break;
    }
    // Up to 15 digits the row is exact as a sum; anything else is cellPosition's to decide.
    const row = k > start && k < end && end - k <= 15 ? digitsValue(xml, k, end) : -1;
    if (row >= 0) {
      if (row >= 1) {
        this.row = row - 1;
        this.col = col - 1;
      } else this.col++;
      return;
    }
    const position = cellPosition(xml.slice(start, end));
    if (position) {
      this.row = position.row;
      this.col = position.col;
    } else this.col++;
  }

  /** The shown format of the current tag's s attribute. */
  private numberFormat(xml: string): string {
    const start = this.styleStart;
    const end = this.styleEnd;
    if (start < 0 || end === start) return 'General';
    const index = end - start <= 9 ? digitsValue(xml, start, end) : -1;
    if (index >= 0) return this.formats[index] ?? 'General';
    return shownFormat(this.context.styleFormats[parseInt(xml.slice(start, end), 10)]);
  }

  /** Any <c> the fast way does not take: attributes decoded as strings, then as cellBody reads it. */
  private cellInGeneral(xml: string, base: number, at: number): number {
    const tagEnd = xml.indexOf('>', at);
    const { r: ref, s: style, t: type } = cellAttributes(xml, at + 2, tagEnd);
    const position = ref ? cellPosition(ref) : undefined;
    if (position) {
      this.row = position.row;
      this.col = position.col;
    } else this.col++;
    const row = this.row;
    const col = this.col;
    const close = this.cellClose(xml, tagEnd);
    if (close < 0) return tagEnd;
    const numberFormat = shownFormat(style ? this.context.styleFormats[parseInt(style, 10)] : undefined);
    // The common cell, <c …><v>figure</v></c>, read without searching its children.
    if (type !== 'str' && type !== 'inlineStr' && xml.startsWith('<v>', tagEnd + 1) && close > tagEnd + 4) {
      const vEnd = close - 4;
      if (xml.startsWith('</v>', vEnd) && xml.indexOf('<', tagEnd + 4) === vEnd) {
        const raw = xml.slice(tagEnd + 4, vEnd);
        const value = raw === '' ? undefined : decode(raw);
        const cell = cellFrom(type, value, undefined, numberFormat, this.context);
        if (cell) this.grid.setCell(row, col, cell);
        return close + 3;
      }
    }
    return this.cellBody(xml, base, tagEnd, close, type, numberFormat);
  }

  /** A cell whose children must be searched: formulas, inline strings, string results, anything unusual. */
  private cellBody(
    xml: string,
    base: number,
    tagEnd: number,
    close: number,
    type: string | undefined,
    numberFormat: string,
  ): number {
    const row = this.row;
    const col = this.col;
    // Children are searched in the cell's own text; searching the slice would make reading quadratic.
    const bodyStart = tagEnd + 1;
    const body = xml.slice(bodyStart, close);
    const at0 = base + bodyStart;
    let value: string | undefined;
    let formula: string | undefined;
    const f = findChild(body, 'f');
    if (f) formula = this.formula(body, at0, f, row, col);
    if (type === 'inlineStr') {
      if (body.includes('<is')) {
        // Scanned as UTF-8 text: its markup is ASCII, so it is found where the latin1 scan finds it.
        const text8 = this.bytes.toString('utf8', at0, at0 + body.length);
        const text = itemText(text8.slice(text8.indexOf('<is')), body.includes('<r>'));
        value = text === '' ? undefined : text;
      }
    } else {
      const v = findChild(body, 'v');
      if (v && !v.empty) {
        // Only a string result can hold other than ASCII; the rest is read from the latin1 text directly.
        const raw =
          type === 'str'
            ? this.bytes.toString('utf8', at0 + v.textStart, at0 + v.textEnd)
            : body.slice(v.textStart, v.textEnd);
        value = decode(raw);
        if (value === '') value = undefined;
      }
    }
    const cell = cellFrom(type, value, formula, numberFormat, this.context);
    if (cell) this.grid.setCell(row, col, cell);
    return close + 3;
  }

  private formula(xml: string, base: number, f: Child, row: number, col: number): string | undefined {
    const tag = xml.slice(f.tagStart, f.textStart);
    const text = f.empty
      ? undefined
      : decode(this.bytes.toString('utf8', base + f.textStart, base + f.textEnd));
    if (attribute(tag, 't') !== 'shared') return text ?? '';
    const si = attribute(tag, 'si') ?? '';
    if (attribute(tag, 'ref') !== undefined && text !== undefined) {
      this.sharedFormulas.set(si, { formula: text, row, col });
      return text;
    }
    if (text !== undefined) return text;
    const master = this.sharedFormulas.get(si);
    return master ? slideFormula(master.formula, master, { row, col }) : '';
  }
}

/** The number xml[start, end) spells in decimal digits; -1 when it holds anything else or nothing. */
function digitsValue(xml: string, start: number, end: number): number {
  if (end <= start) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const digit = xml.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

interface Child {
  readonly tagStart: number;
  readonly textStart: number;
  readonly textEnd: number;
  readonly empty: boolean;
}

function findChild(body: string, name: string): Child | undefined {
  const open = `<${name}`;
  for (let at = body.indexOf(open); at >= 0; at = body.indexOf(open, at + 1)) {
    if (!isTagEnd(body.charCodeAt(at + open.length))) continue;
    const tagEnd = body.indexOf('>', at);
    if (tagEnd < 0) return undefined;
    if (body.charCodeAt(tagEnd - 1) === 47)
      return { tagStart: at, textStart: tagEnd, textEnd: tagEnd, empty: true };
    const close = body.indexOf(`</${name}>`, tagEnd);
    if (close < 0) return undefined;
    return { tagStart: at, textStart: tagEnd + 1, textEnd: close, empty: close === tagEnd + 1 };
  }
  return undefined;
}

function decode(text: string): string {
  return text.includes('&') ? decodeEntities(text) : text;
}

/** The r, s and t attributes of a <c> tag in one pass over xml[from, end). */
function cellAttributes(xml: string, from: number, end: number): { r?: string; s?: string; t?: string } {
  const found: { r?: string; s?: string; t?: string } = {};
  let at = from;
  for (;;) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq >= end) return found;
    const quote = xml[eq + 1];
    const close = quote === '"' || quote === "'" ? xml.indexOf(quote, eq + 2) : -1;
    if (close < 0 || close > end) return found;
    if (xml.charCodeAt(eq - 2) === 32 || xml.charCodeAt(eq - 2) === 9 || xml.charCodeAt(eq - 2) === 10) {
      const name = xml[eq - 1];
      if (name === 'r' || name === 's' || name === 't')
        found[name] = decodeEntities(xml.slice(eq + 2, close));
    }
    at = close + 1;
  }
}

function isTagEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** "AB12" → zero-based row and column; undefined for anything else. */
export function cellPosition(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (k === 0 || k === ref.length) return undefined;
  const row = Number(ref.slice(k));
  if (!Number.isInteger(row) || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** ExcelJS's slideFormula: relative references of a shared formula moved from its master to this cell. */
export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  return formula.replace(
    /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (whole, sheet: string | undefined, _sheetName, address: string, paren: string | undefined) => {
      if (paren) return whole;
      const match = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(address);
      if (!match) return whole;
      const [, colDollar, colLetters, rowDollar, rowDigits] = match;
      const letters = colLetters.toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
      let col = columnNumber(letters);
      let row = parseInt(rowDigits, 10);
      if (!colDollar) col += to.col - from.col;
      if (!rowDollar) row += to.row - from.row;
      return `${sheet ?? ''}${colDollar ?? ''}${columnLetters(col)}${rowDollar ?? ''}${row}`;
    },
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

function addMerges(
  name: string,
  grid: Grid,
  source: string | Buffer,
  from: number,
  extent: { rows: number; cols: number },
  limits: ReadLimits,
): void {
  const start = source.indexOf('<mergeCells', from);
  if (start < 0) return;
  const end = source.indexOf('</mergeCells>', start);
  const xml =
    typeof source === 'string'
      ? source.slice(start, end < 0 ? source.length : end)
      : source.toString('latin1', start, end < 0 ? source.length : end);
  let covered = 0;
  // tags(xml, 'mergeCell'), with the usual tag's ref read in place.
  for (let at = xml.indexOf('<mergeCell'); at >= 0; at = xml.indexOf('<mergeCell', at)) {
    const close = xml.indexOf('>', at);
    if (close < 0) break;
    const ref = isTagEnd(xml.charCodeAt(at + 10)) ? mergeRef(xml, at, close) : undefined;
    at = close;
    if (ref === undefined) continue;
    const area = mergeArea(ref);
    if (area) refuseHugeMerge(name, ref, area.bottom - area.top + 1, area.right - area.left + 1, limits);
    const clipped = area && clip(area, extent);
    if (!clipped) continue;
    covered += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
    if (covered > limits.mergedCellsPerSheet)
      throw new ReadRefusal({
        kind: 'merged-cells',
        sheet: name,
        cells: covered,
        limit: limits.mergedCellsPerSheet,
      });
    grid.addMerge(clipped);
  }
}

/** attribute(tag, 'ref') ?? '' for the tag xml[at, close]; `<mergeCell ref="…"` read without slicing the tag. */
function mergeRef(xml: string, at: number, close: number): string {
  if (xml.startsWith(' ref="', at + 10)) {
    const end = xml.indexOf('"', at + 16);
    // The first "ref" of that tag is this one, so attribute() would take this value.
    if (end >= 0 && end < close) return decodeEntities(xml.slice(at + 16, end));
  }
  return attribute(xml.slice(at, close + 1), 'ref') ?? '';
}

/**
 * parseA1Area's answer; the usual "B3:C3" (upper-case letters, no $) read from its characters instead of its
 * trim, split and two regular-expression matches: a template's sheet declares a hundred merges or more.
 */
function mergeArea(ref: string): CellArea | undefined {
  const colon = ref.indexOf(':');
  if (colon < 0) return parseA1Area(ref);
  const first = plainCell(ref, 0, colon);
  const second = first < 0 ? -1 : plainCell(ref, colon + 1, ref.length);
  if (first < 0 || second < 0) return parseA1Area(ref);
  const top = Math.floor(first / COLUMNS);
  const left = first % COLUMNS;
  const bottom = Math.floor(second / COLUMNS);
  const right = second % COLUMNS;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** More than ZZZ, the most three letters name. */
const COLUMNS = 32768;

/**
 * "B3" in ref[start, end) as row × COLUMNS + column (zero-based), for 1–3 upper-case letters and 1–9 digits
 * (parseA1's answer then); -1 for anything else.
 */
function plainCell(ref: string, start: number, end: number): number {
  let col = 0;
  let k = start;
  for (; k < end && k < start + 3; k++) {
    const code = ref.charCodeAt(k);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (k === start || k === end || end - k > 9) return -1;
  let row = 0;
  for (; k < end; k++) {
    const digit = ref.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  // parseA1 takes row "0" as row -1; leave that to it.
  if (row < 1) return -1;
  return (row - 1) * COLUMNS + (col - 1);
}

/** A merge cut to the sheet's cells; none when its first cell lies beyond them. */
function clip(area: CellArea, extent: { rows: number; cols: number }): CellArea | undefined {
  if (area.top >= extent.rows || area.left >= extent.cols) return undefined;
  return {
    top: area.top,
    left: area.left,
    bottom: Math.min(area.bottom, extent.rows - 1),
    right: Math.min(area.right, extent.cols - 1),
  };
}
