// Range: the heart of WPS 表格's object model as an add-in sees it [notes §3]. 1-based Row/Column and Item(r, c);
// Value2 and Formula as 2-D arrays of rows (0-based JS arrays) for several cells and a scalar for one; null for
// an empty cell; NumberFormat, MergeCells, HasFormula, Interior.* null when the cells differ; BGR colours.
import { MAX_COLS, areaA1, intersects, type Area } from './address';
import { NO_FILL_COLOR_READBACK, bgrToHex, hexToBgr } from './colors';
import { NotImitated, SimWpsError, expose, type SimWpsCore } from './core';
import {
  areaSize,
  cellAt,
  deleteRows,
  ensureCell,
  insertRows,
  mergeAreas,
  mergeAt,
  removeMergesIn,
  storedIn,
  tidy,
} from './sheet-ops';
import type { WpsCell, WpsSheet, WpsStyle, WpsValue } from './state';

/** WPS 表格's body font in a new Chinese workbook. **UNCONFIRMED** for every build. */
const DEFAULT_FONT_NAME = '宋体';

export const XL_NONE = -4142; // xlColorIndexNone = xlPatternNone
export const XL_PATTERN_SOLID = 1;
export const XL_SHIFT_DOWN = -4121;
export const XL_SHIFT_UP = -4162;
export const XL_CONTINUOUS = 1;

/** Everything the model hands out; `sheet` and `area` are hidden from the add-in by the bridge proxy. */
export interface RangeHost {
  readonly core: SimWpsCore;
  worksheet(sheet: WpsSheet): unknown;
  activate(sheet: WpsSheet): void;
  isActive(sheet: WpsSheet): boolean;
  select(sheet: WpsSheet, area: Area): void;
}

/** How a value typed into a cell is stored: text that reads as a number becomes one unless the cell is Text
 *  ("@"), "=..." becomes a formula (uncalculated here: its value is null until WPS recalculates). */
function storeTyped(cell: WpsCell, input: unknown): void {
  delete cell.formula;
  if (input === null || input === undefined || input === '') {
    cell.value = null;
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = null;
    return;
  }
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim())) {
    cell.value = Number(text);
    return;
  }
  const percent = /^([-+]?(\d+\.?\d*|\.\d+))%$/.exec(text.trim());
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    if (!cell.numberFormat) cell.numberFormat = Number.isInteger(Number(percent[1])) ? '0%' : '0.00%';
    return;
  }
  cell.value = text;
}

/** What Formula reports for a cell without a formula: its constant as typed (VBA semantics). */
function formulaText(cell: WpsCell | undefined): string {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  if (cell.value === null) return '';
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}

export class SimRange {
  constructor(
    private readonly _host: RangeHost,
    private readonly _sheet: WpsSheet,
    private readonly _area: Area,
  ) {}

  private get _core(): SimWpsCore {
    return this._host.core;
  }

  private _live(): WpsSheet {
    return this._core.alive(this._sheet);
  }

  private _rows(): number {
    return this._area.bottom - this._area.top + 1;
  }

  private _cols(): number {
    return this._area.right - this._area.left + 1;
  }

  private _sub(area: Area): SimRange {
    return makeRange(this._host, this._sheet, area);
  }

  private _single(): boolean {
    return this._rows() === 1 && this._cols() === 1;
  }

  /** The value of one attribute over every cell: the common value, or null when they differ. */
  private _uniform<T>(read: (cell: WpsCell | undefined, row: number, col: number) => T): T | null {
    const sheet = this._live();
    const stored = storedIn(sheet, this._area);
    const values = new Set<string>();
    let first: T | undefined;
    let seen = false;
    const add = (value: T) => {
      const key = JSON.stringify(value);
      if (!seen) first = value;
      seen = true;
      values.add(key);
    };
    for (const { row, col, cell } of stored) add(read(cell, row, col));
    if (stored.length < areaSize(this._area)) {
      // Some cell holds nothing: find one to read its (default) attribute.
      outer: for (let row = this._area.top; row <= this._area.bottom; row++)
        for (let col = this._area.left; col <= this._area.right; col++)
          if (!cellAt(sheet, row, col)) {
            add(read(undefined, row, col));
            break outer;
          }
    }
    return values.size === 1 ? (first as T) : null;
  }

  private _grid<T>(read: (cell: WpsCell | undefined, row: number, col: number) => T): T | T[] | T[][] {
    const sheet = this._live();
    if (this._single())
      return read(cellAt(sheet, this._area.top, this._area.left), this._area.top, this._area.left);
    if (this._cols() > 256 || this._rows() > 100000)
      throw new NotImitated('reading whole rows or columns (the adapter reads UsedRange)');
    const rows: T[][] = [];
    for (let row = this._area.top; row <= this._area.bottom; row++) {
      const line: T[] = [];
      for (let col = this._area.left; col <= this._area.right; col++)
        line.push(read(cellAt(sheet, row, col), row, col));
      rows.push(line);
    }
    if (this._core.options.flattenVectors) {
      if (rows.length === 1) return rows[0];
      if (rows.every((line) => line.length === 1)) return rows.map((line) => line[0]);
    }
    return rows;
  }

  /** Writes a scalar to every cell, or a 2-D array of the range's shape cell by cell. */
  private _put(input: unknown, store: (cell: WpsCell, value: unknown) => void): void {
    const sheet = this._live();
    const isGrid = Array.isArray(input);
    if (isGrid) {
      const rows = input as unknown[];
      if (
        rows.length !== this._rows() ||
        rows.some((row) => !Array.isArray(row) || row.length !== this._cols())
      )
        throw new NotImitated('writing an array whose shape differs from the range');
    }
    for (let row = this._area.top; row <= this._area.bottom; row++)
      for (let col = this._area.left; col <= this._area.right; col++) {
        const value = isGrid ? (input as unknown[][])[row - this._area.top][col - this._area.left] : input;
        store(ensureCell(sheet, row, col), value);
        tidy(sheet, row, col);
      }
    this._changed();
  }

  private _changed(): void {
    const host = this._host;
    this._core.raiseChange(
      { sheet: this._sheet, area: this._area },
      (event) => [host.worksheet(event.sheet), makeRange(host, event.sheet, event.area)],
      true,
    );
  }

  // ---- position and shape ----
  get Row(): number {
    return this._area.top + 1;
  }
  get Column(): number {
    return this._area.left + 1;
  }
  get Count(): number {
    return areaSize(this._area);
  }
  get Rows(): unknown {
    const count = () => this._rows();
    const item = (index: number) =>
      this._sub({ ...this._area, top: this._area.top + index - 1, bottom: this._area.top + index - 1 });
    return expose(
      this._core,
      {
        get Count() {
          return count();
        },
        Item: item,
      },
      'Rows',
    );
  }
  get Columns(): unknown {
    const count = () => this._cols();
    const item = (index: number) =>
      this._sub({ ...this._area, left: this._area.left + index - 1, right: this._area.left + index - 1 });
    return expose(
      this._core,
      {
        get Count() {
          return count();
        },
        Item: item,
      },
      'Columns',
    );
  }
  /** Address(RowAbsolute = true, ColumnAbsolute = true): "$A$1:$B$2", or "A1:B2" with (false, false). */
  Address(rowAbsolute = true, columnAbsolute = true): string {
    if (rowAbsolute !== columnAbsolute) throw new NotImitated('mixed absolute addresses');
    return areaA1(this._area, rowAbsolute);
  }
  /** Item(row, column), 1-based and relative to the range; may point outside it, as in VBA. */
  Item(row: number, col?: number): SimRange {
    if (col === undefined) {
      const index = row - 1;
      const cols = this._cols();
      return this.Item(Math.floor(index / cols) + 1, (index % cols) + 1);
    }
    if (row < 1 || col < 1) throw new SimWpsError('Item: rows and columns start at 1');
    const top = this._area.top + row - 1;
    const left = this._area.left + col - 1;
    return this._sub({ top, left, bottom: top, right: left });
  }
  get Cells(): unknown {
    return expose(this._core, { Item: (row: number, col?: number) => this.Item(row, col) }, 'Cells');
  }
  Resize(rows?: number, cols?: number): SimRange {
    return this._sub({
      ...this._area,
      bottom: this._area.top + (rows ?? this._rows()) - 1,
      right: this._area.left + (cols ?? this._cols()) - 1,
    });
  }
  Offset(rows = 0, cols = 0): SimRange {
    const a = this._area;
    return this._sub({
      top: a.top + rows,
      bottom: a.bottom + rows,
      left: a.left + cols,
      right: a.right + cols,
    });
  }
  get EntireRow(): SimRange {
    return this._sub({ ...this._area, left: 0, right: MAX_COLS - 1 });
  }
  get Worksheet(): unknown {
    return this._host.worksheet(this._live());
  }

  // ---- contents ----
  get Value2(): unknown {
    return this._grid((cell, row, col) => {
      const merge = mergeAt(this._sheet, row, col);
      if (merge && (merge.top !== row || merge.left !== col)) return null; // only the top-left cell holds the value
      return cell?.value ?? null;
    });
  }
  set Value2(input: unknown) {
    this._put(input, storeTyped);
  }
  get Formula(): unknown {
    return this._grid((cell) => formulaText(cell));
  }
  set Formula(input: unknown) {
    this._put(input, storeTyped);
  }
  get HasFormula(): boolean | null {
    return this._uniform((cell) => !!cell?.formula);
  }
  ClearContents(): void {
    this._put(null, storeTyped);
  }
  get NumberFormat(): string | null {
    return this._uniform((cell) => cell?.numberFormat ?? 'General');
  }
  set NumberFormat(format: string) {
    if (typeof format !== 'string') throw new NotImitated('NumberFormat set to anything but one string');
    this._put(format, (cell) => {
      if (format === 'General') delete cell.numberFormat;
      else cell.numberFormat = format;
    });
  }

  // ---- merges ----
  /** true when every cell lies in a merged area, false when none does, null when some do [DOC Range.MergeCells]. */
  get MergeCells(): boolean | null {
    const sheet = this._live();
    let merged = 0;
    for (const merge of mergeAreas(sheet)) {
      if (!intersects(merge, this._area)) continue;
      merged += areaSize({
        top: Math.max(merge.top, this._area.top),
        left: Math.max(merge.left, this._area.left),
        bottom: Math.min(merge.bottom, this._area.bottom),
        right: Math.min(merge.right, this._area.right),
      });
    }
    return merged === 0 ? false : merged === areaSize(this._area) ? true : null;
  }
  set MergeCells(value: boolean) {
    if (value) this.Merge();
    else this.UnMerge();
  }
  /** The merged area holding the range's top-left cell, or that cell itself. */
  get MergeArea(): SimRange {
    const sheet = this._live();
    const merge = mergeAt(sheet, this._area.top, this._area.left);
    return this._sub(
      merge ?? { top: this._area.top, left: this._area.left, bottom: this._area.top, right: this._area.left },
    );
  }
  Merge(): void {
    const sheet = this._live();
    if (this._single()) return;
    // WPS asks before dropping the other cells' values; with alerts off it keeps the top-left one.
    const others = storedIn(sheet, this._area).filter(
      ({ row, col, cell }) =>
        (row !== this._area.top || col !== this._area.left) && (cell.value !== null || cell.formula),
    );
    if (others.length > 0 && this._core.displayAlerts)
      throw new SimWpsError('Merge would show a confirmation dialog (DisplayAlerts is on)');
    for (const { cell } of others) {
      cell.value = null;
      delete cell.formula;
    }
    removeMergesIn(sheet, this._area);
    sheet.merges.push(areaA1(this._area));
  }
  UnMerge(): void {
    removeMergesIn(this._live(), this._area);
  }

  // ---- formats ----
  get Interior(): unknown {
    return expose(this._core, new SimInterior(this), 'Interior');
  }
  get Font(): unknown {
    const style = this._style.bind(this);
    const setStyle = this._setStyle.bind(this);
    return expose(
      this._core,
      {
        get Bold(): boolean | null {
          return style((s) => s.bold ?? false);
        },
        set Bold(value: boolean | null) {
          setStyle((s) => (s.bold = !!value));
        },
        get Size(): number | null {
          return style((s) => s.fontSize ?? 11);
        },
        set Size(value: number | null) {
          setStyle((s) => (s.fontSize = value ?? 11));
        },
        get Name(): string | null {
          return style((s) => s.fontName ?? DEFAULT_FONT_NAME);
        },
        set Name(value: string | null) {
          if (typeof value !== 'string' || !value) throw new SimWpsError('Font.Name must be a font name');
          setStyle((s) => (s.fontName = value));
        },
      },
      'Font',
    );
  }
  get Borders(): unknown {
    const style = this._style.bind(this);
    const setStyle = this._setStyle.bind(this);
    return expose(
      this._core,
      {
        /** XlLineStyle: 1 continuous, -4142 none; null when the cells differ. */
        get LineStyle(): number | null {
          return style((s) => (s.border ? XL_CONTINUOUS : XL_NONE));
        },
        set LineStyle(value: number | null) {
          setStyle((s) => {
            if (value === XL_CONTINUOUS) s.border = true;
            else delete s.border;
          });
        },
      },
      'Borders',
    );
  }
  get HorizontalAlignment(): number | null {
    return this._style((s) => s.horizontal ?? 1); // xlGeneral
  }
  set HorizontalAlignment(value: number) {
    this._setStyle((s) => (s.horizontal = value));
  }
  get VerticalAlignment(): number | null {
    return this._style((s) => s.vertical ?? -4107); // xlBottom
  }
  set VerticalAlignment(value: number) {
    this._setStyle((s) => (s.vertical = value));
  }
  get WrapText(): boolean | null {
    return this._style((s) => s.wrap ?? false);
  }
  set WrapText(value: boolean) {
    this._setStyle((s) => (s.wrap = !!value));
  }
  get RowHeight(): number | null {
    const sheet = this._live();
    const heights = new Set<number>();
    for (let row = this._area.top; row <= this._area.bottom && heights.size < 2; row++)
      heights.add(sheet.rowHeights?.[String(row)] ?? 13.5);
    return heights.size === 1 ? [...heights][0] : null;
  }
  set RowHeight(points: number) {
    const sheet = this._live();
    sheet.rowHeights ??= {};
    for (let row = this._area.top; row <= this._area.bottom; row++) sheet.rowHeights[String(row)] = points;
  }
  get ColumnWidth(): number | null {
    const sheet = this._live();
    const widths = new Set<number>();
    for (let col = this._area.left; col <= this._area.right && widths.size < 2; col++)
      widths.add(sheet.columnWidths?.[String(col)] ?? 8.38);
    return widths.size === 1 ? [...widths][0] : null;
  }
  set ColumnWidth(chars: number) {
    const sheet = this._live();
    sheet.columnWidths ??= {};
    for (let col = this._area.left; col <= this._area.right; col++) sheet.columnWidths[String(col)] = chars;
  }

  _style<T>(read: (style: WpsStyle) => T): T | null {
    return this._uniform((cell) => read(cell?.style ?? {}));
  }
  _setStyle(write: (style: WpsStyle) => void): void {
    const sheet = this._live();
    for (let row = this._area.top; row <= this._area.bottom; row++)
      for (let col = this._area.left; col <= this._area.right; col++) {
        const cell = ensureCell(sheet, row, col);
        cell.style ??= {};
        write(cell.style);
      }
  }
  _fill(): { color: number | null; pattern: number | null } {
    return {
      color: this._uniform((cell) => (cell?.fill ? hexToBgr(cell.fill) : NO_FILL_COLOR_READBACK)),
      pattern: this._uniform((cell) => (cell?.fill ? XL_PATTERN_SOLID : XL_NONE)),
    };
  }
  _setFill(hex: string | null): void {
    const sheet = this._live();
    for (let row = this._area.top; row <= this._area.bottom; row++)
      for (let col = this._area.left; col <= this._area.right; col++) {
        if (hex === null) {
          const cell = cellAt(sheet, row, col);
          if (cell) delete cell.fill;
          tidy(sheet, row, col);
        } else ensureCell(sheet, row, col).fill = hex;
      }
  }

  // ---- comments ----
  /** The cell's comment, or null [notes §3.2: AWD tests `if (cell.Comment)`]. */
  get Comment(): unknown {
    const sheet = this._live();
    if (!this._single()) throw new NotImitated('Comment of several cells');
    const cell = cellAt(sheet, this._area.top, this._area.left);
    if (!cell?.comment) return null;
    const row = this._area.top;
    const col = this._area.left;
    const core = this._core;
    return expose(
      core,
      {
        get Author() {
          return cellAt(core.alive(sheet), row, col)?.comment?.author ?? '';
        },
        /** Text(Text?, Start?, Overwrite?) is a method [TYPES]: no argument reads, a string replaces. */
        Text(text?: string): string {
          const current = cellAt(core.alive(sheet), row, col);
          if (!current?.comment) throw new SimWpsError('The comment was deleted');
          if (text !== undefined) current.comment.text = String(text);
          return current.comment.text;
        },
        Delete(): void {
          const current = cellAt(core.alive(sheet), row, col);
          if (!current?.comment) throw new SimWpsError('The comment was deleted');
          delete current.comment;
          tidy(sheet, row, col);
        },
      },
      'Comment',
    );
  }
  /** Fails on a cell that already has a comment, as VBA's AddComment does. */
  AddComment(text?: string): unknown {
    if (!this._single()) throw new SimWpsError('AddComment needs a single cell');
    const sheet = this._live();
    const cell = ensureCell(sheet, this._area.top, this._area.left);
    if (cell.comment) throw new SimWpsError('The cell already has a comment');
    cell.comment = { text: text === undefined ? '' : String(text), author: 'selfeval' };
    return this.Comment;
  }
  ClearComments(): void {
    const sheet = this._live();
    for (const { row, col, cell } of storedIn(sheet, this._area)) {
      delete cell.comment;
      tidy(sheet, row, col);
    }
  }

  // ---- rows ----
  private _wholeRows(): boolean {
    return this._area.left === 0 && this._area.right === MAX_COLS - 1;
  }
  /** Insert(Shift?, CopyOrigin?) on whole rows: rows move down; new rows take the formats of the row above unless
   *  CopyOrigin is xlFormatFromRightOrBelow (1) [DOC Range.Insert]. */
  Insert(shift?: number, copyOrigin?: number): boolean {
    if (!this._wholeRows()) throw new NotImitated('Insert on anything but whole rows');
    if (shift !== undefined && shift !== XL_SHIFT_DOWN) throw new NotImitated('Insert shifting right');
    const sheet = this._live();
    const used = storedIn(sheet, { top: 0, left: 0, bottom: 1048575, right: MAX_COLS - 1 });
    const lowest = Math.max(-1, ...used.map((entry) => entry.row));
    if (lowest + this._rows() > 1048575) throw new SimWpsError('Insert would push cells off the sheet');
    insertRows(sheet, this._area.top, this._rows(), copyOrigin !== 1);
    this._changed();
    return true;
  }
  Delete(shift?: number): boolean {
    if (!this._wholeRows()) throw new NotImitated('Delete on anything but whole rows');
    if (shift !== undefined && shift !== XL_SHIFT_UP) throw new NotImitated('Delete shifting left');
    deleteRows(this._live(), this._area.top, this._rows());
    this._changed();
    return true;
  }

  // ---- selection ----
  /** Fails unless the range's sheet is the active one, as in VBA ("Select method of Range class failed"). */
  Select(): boolean {
    const sheet = this._live();
    if (!this._host.isActive(sheet))
      throw new SimWpsError('Select method of Range class failed (sheet not active)');
    this._host.select(sheet, this._area);
    return true;
  }
  Activate(): boolean {
    return this.Select();
  }

  /** The displayed text of one cell, for the number formats the simulation knows; refuses the others. */
  get Text(): string | null {
    if (!this._single()) throw new NotImitated('Text of several cells');
    const cell = cellAt(this._live(), this._area.top, this._area.left);
    return displayText(cell);
  }
}

class SimInterior {
  constructor(private readonly _range: SimRange) {}
  /** BGR long; an unfilled cell reads white (16777215, as Excel; unconfirmed in WPS); null when cells differ. */
  get Color(): number | null {
    return this._range._fill().color;
  }
  set Color(bgr: number) {
    this._range._setFill(bgrToHex(bgr));
  }
  /** -4142 (xlColorIndexNone) for no fill; the palette itself is not imitated. */
  get ColorIndex(): number | null {
    const { pattern } = this._range._fill();
    if (pattern === XL_NONE) return XL_NONE;
    throw new NotImitated('ColorIndex of a filled cell (the 56-colour palette)');
  }
  set ColorIndex(index: number) {
    if (index !== XL_NONE) throw new NotImitated('setting a palette ColorIndex');
    this._range._setFill(null);
  }
  /** 1 (xlPatternSolid) filled, -4142 (xlPatternNone) not, null when cells differ. */
  get Pattern(): number | null {
    return this._range._fill().pattern;
  }
  set Pattern(pattern: number) {
    if (pattern === XL_NONE) this._range._setFill(null);
    else if (pattern !== XL_PATTERN_SOLID) throw new NotImitated('patterns other than solid and none');
  }
}

function displayText(cell: WpsCell | undefined): string {
  const value: WpsValue = cell?.value ?? null;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = cell?.numberFormat ?? 'General';
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(format);
  if (fixed) {
    const digits = fixed[1]?.length ?? 0;
    return fixed[2] ? `${(value * 100).toFixed(digits)}%` : value.toFixed(digits);
  }
  if (format === 'General') return String(Number(value.toPrecision(11)));
  throw new NotImitated(`Text under the number format ${format}`);
}

export function makeRange(host: RangeHost, sheet: WpsSheet, area: Area): SimRange {
  if (area.top < 0 || area.left < 0 || area.bottom < area.top || area.right < area.left)
    throw new SimWpsError('Range outside the sheet');
  return expose(host.core, new SimRange(host, sheet, area), 'Range');
}
