// One worksheet part → a Grid, within limits. Cells are counted before any is built; merges are clipped to the
// cells that exist (an 11 KB file may declare A100:XFD1048576 merged); the XML is scanned in slices of whole rows
// so no copy of the whole part is ever made.
import { parseA1Area } from '../../engine/grid/a1';
import { Grid } from '../../engine/grid/grid';
import type { CellArea } from '../../engine/grid/types';
import { cellOf } from './cell-of';
import type { CellContext } from './cell-of';
import type { ReadLimits } from './limits';
import { ReadRefusal, refuseHugeMerge } from './limits';
import { itemText } from './shared-strings';
import { attribute, decodeEntities, tags } from './xml-text';

export interface SheetContext extends CellContext {
  readonly styleFormats: readonly (string | undefined)[];
  readonly limits: ReadLimits;
}

const CELL_OPEN = Buffer.from('<c');
const SLICE_BYTES = 4 * 1024 * 1024;

export function readSheetXml(name: string, bytes: Buffer, context: SheetContext): Grid {
  const cells = countCells(bytes);
  if (cells > context.limits.cellsPerSheet)
    throw new ReadRefusal({ kind: 'sheet-cells', sheet: name, cells, limit: context.limits.cellsPerSheet });
  const grid = new Grid(name);
  const dataStart = bytes.indexOf('<sheetData');
  let dataEnd = bytes.lastIndexOf('</sheetData>');
  if (dataEnd < 0) dataEnd = dataStart;
  const extent = { rows: 0, cols: 0 };
  if (dataStart >= 0) {
    const scan = new SheetScan(bytes, grid, context, extent);
    for (let from = dataStart; from < dataEnd;) {
      const to = sliceEnd(bytes, from, dataEnd);
      scan.slice(from, to);
      from = to;
    }
  }
  addMerges(name, grid, bytes, Math.max(dataEnd, 0), extent, context.limits);
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

/** Where a slice starting at `from` ends: after a whole row, about SLICE_BYTES on. */
function sliceEnd(bytes: Buffer, from: number, end: number): number {
  if (end - from <= SLICE_BYTES) return end;
  const rowEnd = bytes.lastIndexOf('</row>', from + SLICE_BYTES);
  if (rowEnd > from) return rowEnd + 6;
  const next = bytes.indexOf('</row>', from + SLICE_BYTES);
  return next < 0 || next > end ? end : next + 6;
}

class SheetScan {
  private row = -1;
  private col = -1;
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();

  constructor(
    private readonly bytes: Buffer,
    private readonly grid: Grid,
    private readonly context: SheetContext,
    private readonly extent: { rows: number; cols: number },
  ) {}

  slice(from: number, to: number): void {
    const xml = this.bytes.toString('latin1', from, to);
    let at = xml.indexOf('<');
    while (at >= 0) {
      const c1 = xml.charCodeAt(at + 1);
      if (c1 === 99 /* c */ && isTagEnd(xml.charCodeAt(at + 2))) {
        at = this.cell(xml, from, at);
      } else if (c1 === 114 /* r */ && xml.startsWith('row', at + 1) && isTagEnd(xml.charCodeAt(at + 4))) {
        const close = xml.indexOf('>', at);
        const r = attribute(xml.slice(at, close), 'r');
        this.row = r ? parseInt(r, 10) - 1 : this.row + 1;
        this.col = -1;
        at = close;
      }
      at = xml.indexOf('<', at + 1);
    }
  }

  /** Reads the <c> at `at`; returns the offset of its last character. */
  private cell(xml: string, base: number, at: number): number {
    const tagEnd = xml.indexOf('>', at);
    const { r: ref, s: style, t: type } = cellAttributes(xml, at + 2, tagEnd);
    const position = ref ? cellPosition(ref) : undefined;
    if (position) {
      this.row = position.row;
      this.col = position.col;
    } else this.col++;
    const row = this.row;
    const col = this.col;
    if (row + 1 > this.extent.rows) this.extent.rows = row + 1;
    if (col + 1 > this.extent.cols) this.extent.cols = col + 1;
    if (xml.charCodeAt(tagEnd - 1) === 47) return tagEnd;
    const close = xml.indexOf('</c>', tagEnd);
    if (close < 0) throw new ReadRefusal({ kind: 'unterminated-cell', sheet: this.grid.name });
    const numberFormat = style ? this.context.styleFormats[parseInt(style, 10)] : undefined;
    // The common cell, <c …><v>figure</v></c>, read without searching its children.
    if (type !== 'str' && type !== 'inlineStr' && xml.startsWith('<v>', tagEnd + 1) && close > tagEnd + 4) {
      const vEnd = close - 4;
      if (xml.startsWith('</v>', vEnd) && xml.indexOf('<', tagEnd + 4) === vEnd) {
        const raw = xml.slice(tagEnd + 4, vEnd);
        const value = raw === '' ? undefined : decode(raw);
        const cell = cellOf({ type, value, formula: undefined, numberFormat }, this.context);
        if (cell) this.grid.setCell(row, col, cell);
        return close + 3;
      }
    }
    // Children are searched in the cell's own text; searching the slice would make reading quadratic.
    const bodyStart = tagEnd + 1;
    const body = xml.slice(bodyStart, close);
    const at0 = base + bodyStart;
    let value: string | undefined;
    let formula: string | undefined;
    const f = findChild(body, 'f');
    if (f) formula = this.formula(body, at0, f, row, col);
    if (type === 'inlineStr') {
      const is = body.indexOf('<is');
      if (is >= 0) {
        const text = itemText(this.bytes.subarray(at0), body, is, body.length, body.includes('<r>'));
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
    const cell = cellOf({ type, value, formula, numberFormat }, this.context);
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
  bytes: Buffer,
  from: number,
  extent: { rows: number; cols: number },
  limits: ReadLimits,
): void {
  const start = bytes.indexOf('<mergeCells', from);
  if (start < 0) return;
  const end = bytes.indexOf('</mergeCells>', start);
  const xml = bytes.toString('latin1', start, end < 0 ? bytes.length : end);
  let covered = 0;
  for (const { tag } of tags(xml, 'mergeCell')) {
    const ref = attribute(tag, 'ref') ?? '';
    const area = parseA1Area(ref);
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
