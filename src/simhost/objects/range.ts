import type { CellArea } from '../../engine/grid/types';
import { areaToA1 } from '../../engine/grid/a1';
import {
  NO_FILL_COLOR,
  cellAt,
  clipToUsed,
  deleteUp,
  insertDown,
  matrix,
  mergeAreas,
  normalizeColor,
  parseAddress,
  qualifiedAddress,
  setFill,
  upsert,
  writeEach,
  writeValue,
} from '../book';
import type { SimRequestContext } from '../context';
import { SimClientObject, SimClientResult, propertyNames } from '../client-object';
import { SimHostError } from '../errors';
import { formatValue } from '../number-format';
import type { SimCellStyle, SimSheet, SimValue } from '../state';
import type { RangeTarget, Resolver } from './target';
import { required } from './target';

const MAX_MERGED_AREAS = 512;

const RANGE_DEFAULTS = [
  'address',
  'values',
  'text',
  'numberFormat',
  'formulas',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
];

export class SimRange extends SimClientObject {
  readonly format: SimRangeFormat;

  constructor(
    context: SimRequestContext,
    readonly resolveTarget: Resolver<RangeTarget>,
  ) {
    super(context, 'Range');
    this.format = new SimRangeFormat(context, () => this.target());
  }

  private target(): RangeTarget {
    return required(this.resolveTarget, 'Range');
  }

  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, RANGE_DEFAULTS), (names) => {
      const target = this.resolveTarget();
      if (target === null) return null;
      const snapshot = snapshotRange(target, names);
      this.context.chargeResponse(responseCells(snapshot));
      return snapshot;
    });
    return this;
  }

  get address(): string {
    return this.loadedProperty('address');
  }
  get values(): SimValue[][] {
    return this.loadedProperty('values');
  }
  set values(input: SimValue[][]) {
    this.write((target) => writeEach(target.sheet, target.area, input, writeValue));
  }
  get text(): string[][] {
    return this.loadedProperty('text');
  }
  get numberFormat(): string[][] {
    return this.loadedProperty('numberFormat');
  }
  set numberFormat(input: string[][]) {
    this.write((target) =>
      writeEach(target.sheet, target.area, input, (cell, format: string) => {
        cell.numberFormat = format;
      }),
    );
  }
  get formulas(): SimValue[][] {
    return this.loadedProperty('formulas');
  }
  set formulas(input: SimValue[][]) {
    this.write((target) => writeEach(target.sheet, target.area, input, writeValue));
  }
  get rowIndex(): number {
    return this.loadedProperty('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedProperty('columnIndex');
  }
  get rowCount(): number {
    return this.loadedProperty('rowCount');
  }
  get columnCount(): number {
    return this.loadedProperty('columnCount');
  }

  private write(apply: (target: RangeTarget) => void): void {
    this.context.enqueue(() => {
      const target = this.target();
      apply(target);
      this.context.recordChange({
        sheetId: sheetIdOf(target),
        area: target.area,
        address: areaToA1(target.area),
      });
    }, true);
  }

  /** ExcelApi 1.13; like Excel, only merges whose top-left cell lies in this range (office-js #3611). */
  getMergedAreasOrNullObject(): SimRangeAreas {
    this.context.requireSet('1.13', 'Range.getMergedAreasOrNullObject');
    return new SimRangeAreas(this.context, () => {
      const target = this.target();
      const areas = mergeAreas(target.sheet).filter((merge) => contains(target.area, merge.top, merge.left));
      // Excel fails the request above 512 merged areas (see OFFICE-NOTES); callers must query in parts.
      if (areas.length > MAX_MERGED_AREAS)
        throw new SimHostError(
          'GeneralException',
          `${areas.length} merged areas: more than Excel returns at once.`,
        );
      return areas.length === 0 ? null : { sheet: target.sheet, areas };
    });
  }

  /** ExcelApi 1.9; supports format.fill.{color,pattern} and address, enough for reading original fills. */
  getCellProperties(spec: CellPropertiesSpec): SimClientResult<SimCellProperties[][]> {
    this.context.requireSet('1.9', 'Range.getCellProperties');
    const result = new SimClientResult<SimCellProperties[][]>();
    this.context.enqueue(() => {
      const target = this.target();
      this.context.chargeResponse(areaCells(target.area));
      result.set(
        matrix(target.area, (row, col) => {
          const fill = cellAt(target.sheet, row, col)?.fill;
          const properties: SimCellProperties = {};
          if (spec.address)
            properties.address = qualifiedAddress(target.sheet.name, {
              top: row,
              left: col,
              bottom: row,
              right: col,
            });
          if (spec.format?.fill) {
            properties.format = {
              fill: {
                ...(spec.format.fill.color ? { color: fill ?? NO_FILL_COLOR } : {}),
                ...(spec.format.fill.pattern ? { pattern: fill ? 'Solid' : 'None' } : {}),
              },
            };
          }
          return properties;
        }),
      );
    });
    return result;
  }

  select(): void {
    this.context.enqueue(() => {
      const target = this.target();
      this.context.host.state.activeSheet = target.sheet.name;
      this.context.host.state.selection = { sheet: target.sheet.name, address: areaToA1(target.area) };
    });
  }

  insert(shift: string): SimRange {
    if (shift !== 'Down')
      throw new SimHostError(
        'InvalidArgument',
        `The sim host inserts with shift "Down" only, not "${shift}".`,
      );
    this.context.enqueue(() => {
      const target = this.target();
      insertDown(target.sheet, target.area);
      this.context.recordChange(
        { sheetId: sheetIdOf(target), area: target.area, address: areaToA1(target.area) },
        'RowInserted',
      );
    }, true);
    return this;
  }

  delete(shift: string): void {
    if (shift !== 'Up')
      throw new SimHostError('InvalidArgument', `The sim host deletes with shift "Up" only, not "${shift}".`);
    this.context.enqueue(() => {
      const target = this.target();
      deleteUp(target.sheet, target.area);
      this.context.recordChange(
        { sheetId: sheetIdOf(target), area: target.area, address: areaToA1(target.area) },
        'RowDeleted',
      );
    }, true);
  }

  merge(across = false): void {
    this.context.enqueue(() => {
      const target = this.target();
      const { top, left, bottom, right } = target.area;
      const rows = across ? Array.from({ length: bottom - top + 1 }, (_, i) => top + i) : [top];
      for (const row of rows) {
        const area = across ? { top: row, left, bottom: row, right } : target.area;
        target.sheet.merges = target.sheet.merges.filter((m) => !overlaps(parseAddress(m), area));
        target.sheet.merges.push(areaToA1(area));
      }
    }, true);
  }

  unmerge(): void {
    this.context.enqueue(() => {
      const target = this.target();
      target.sheet.merges = target.sheet.merges.filter((m) => !overlaps(parseAddress(m), target.area));
    }, true);
  }

  /**
   * ExcelApi 1.9. Formats only ("Formats"): number format, fill and style, the source tiled over this range as
   * Excel repeats a one-row source over many rows. Row heights are not copied (Excel's paste-formats of a
   * partial row does not either); the adapter sets them.
   */
  copyFrom(source: SimRange | string, copyType = 'All'): void {
    if (!this.context.requireSet('1.9', 'Range.copyFrom')) return;
    if (copyType !== 'Formats')
      throw new SimHostError('InvalidArgument', `The sim host copies formats only, not "${copyType}".`);
    this.context.enqueue(() => {
      const target = this.target();
      const from =
        typeof source === 'string'
          ? { sheet: target.sheet, area: parseAddress(source) }
          : required(source.resolveTarget, 'Range');
      const rows = from.area.bottom - from.area.top + 1;
      const cols = from.area.right - from.area.left + 1;
      const { top, left, bottom, right } = target.area;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const src = cellAt(
            from.sheet,
            from.area.top + ((r - top) % rows),
            from.area.left + ((c - left) % cols),
          );
          upsert(target.sheet, r, c, (cell) => {
            if (src?.numberFormat === undefined) delete cell.numberFormat;
            else cell.numberFormat = src.numberFormat;
            if (src?.fill === undefined) delete cell.fill;
            else cell.fill = src.fill;
            if (src?.style === undefined) delete cell.style;
            else cell.style = { ...src.style };
          });
        }
      }
    }, true);
  }
}

function overlaps(a: CellArea, b: CellArea): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function contains(area: CellArea, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

function sheetIdOf(target: RangeTarget): string {
  return target.sheet.id ?? `{sim-${target.sheet.name}}`;
}

export interface CellPropertiesSpec {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean } };
}

export interface SimCellProperties {
  address?: string;
  format?: { fill?: { color?: string; pattern?: 'None' | 'Solid' } };
}

function areaCells(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Cell entries in a range snapshot: one per cell of each matrix property loaded. */
function responseCells(snapshot: Record<string, unknown>): number {
  return Object.values(snapshot)
    .filter((value): value is unknown[][] => Array.isArray(value))
    .reduce((sum, rows) => sum + rows.reduce((count, row) => count + (row as unknown[]).length, 0), 0);
}

function snapshotRange(target: RangeTarget, names: readonly string[]): Record<string, unknown> {
  const area = clipToUsed(target.sheet, target.area);
  const cell = (row: number, col: number) => cellAt(target.sheet, row, col);
  const out: Record<string, unknown> = {};
  for (const name of names) {
    switch (name) {
      case 'address':
        out.address = qualifiedAddress(target.sheet.name, area);
        break;
      case 'values':
        // Excel reports an empty cell as "" and a formula cell by its last value.
        out.values = matrix(area, (r, c) => cell(r, c)?.value ?? '');
        break;
      case 'text':
        out.text = matrix(area, (r, c) => {
          const found = cell(r, c);
          return formatValue(found?.value ?? null, found?.numberFormat);
        });
        break;
      case 'numberFormat':
        out.numberFormat = matrix(area, (r, c) => cell(r, c)?.numberFormat ?? 'General');
        break;
      case 'formulas':
        out.formulas = matrix(area, (r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? '');
        break;
      case 'rowIndex':
        out.rowIndex = area.top;
        break;
      case 'columnIndex':
        out.columnIndex = area.left;
        break;
      case 'rowCount':
        out.rowCount = area.bottom - area.top + 1;
        break;
      case 'columnCount':
        out.columnCount = area.right - area.left + 1;
        break;
      case 'cellCount':
        out.cellCount = (area.bottom - area.top + 1) * (area.right - area.left + 1);
        break;
      default:
        throw new SimHostError(
          'InvalidArgument',
          `The property '${name}' is not supported by the sim host's Range.`,
        );
    }
  }
  return out;
}

export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_COLUMN_WIDTH = 48;

/** Range.format: fill, plus the row height, font, alignment and borders a plan sets or copies. */
export class SimRangeFormat extends SimClientObject {
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly borders: SimRangeBorders;

  constructor(
    context: SimRequestContext,
    private readonly target: () => RangeTarget | RangeAreasTarget,
  ) {
    super(context, 'RangeFormat');
    this.fill = new SimRangeFill(context, target);
    this.font = new SimRangeFont((change) => this.style(change));
    this.borders = new SimRangeBorders((change) => this.style(change));
  }

  private range(): RangeTarget {
    const target = this.target();
    if (!('area' in target)) throw new SimHostError('InvalidArgument', 'Use a Range, not RangeAreas, here.');
    return target;
  }

  /** rowHeight: the height when every row of the range has the same, else null (as Excel). */
  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, ['rowHeight']), (names) => {
      const { sheet, area } = this.range();
      const out: Record<string, unknown> = {};
      for (const name of names) {
        if (name !== 'rowHeight')
          throw new SimHostError('InvalidArgument', `RangeFormat.${name} is not supported here.`);
        const heights = new Set<number>();
        for (let row = area.top; row <= area.bottom; row++) heights.add(rowHeightOf(sheet, row));
        out.rowHeight = heights.size === 1 ? [...heights][0] : null;
      }
      return out;
    });
    return this;
  }

  get rowHeight(): number | null {
    return this.loadedProperty('rowHeight');
  }
  set rowHeight(height: number | null) {
    this.queueWrite(() => {
      const { sheet, area } = this.range();
      sheet.rowHeights ??= {};
      for (let row = area.top; row <= area.bottom; row++) {
        if (height === null || height === DEFAULT_ROW_HEIGHT) delete sheet.rowHeights[String(row)];
        else sheet.rowHeights[String(row)] = height;
      }
      if (Object.keys(sheet.rowHeights).length === 0) delete sheet.rowHeights;
    });
  }
  set columnWidth(width: number) {
    this.queueWrite(() => {
      const { sheet, area } = this.range();
      sheet.columnWidths ??= {};
      for (let col = area.left; col <= area.right; col++) sheet.columnWidths[String(col)] = width;
    });
  }
  set wrapText(wrap: boolean) {
    this.style({ wrap });
  }
  set horizontalAlignment(value: string) {
    this.style({ horizontal: value });
  }
  set verticalAlignment(value: string) {
    this.style({ vertical: value });
  }

  private style(change: SimCellStyle): void {
    this.queueWrite(() => {
      const { sheet, area } = this.range();
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          upsert(sheet, r, c, (cell) => {
            cell.style = { ...cell.style, ...change };
          });
    });
  }

  private queueWrite(run: () => void): void {
    this.context.enqueue(run, true);
  }
}

export function rowHeightOf(sheet: SimSheet, row: number): number {
  return sheet.rowHeights?.[String(row)] ?? DEFAULT_ROW_HEIGHT;
}

export class SimRangeFont {
  constructor(private readonly style: (change: SimCellStyle) => void) {}
  set bold(bold: boolean) {
    this.style({ bold });
  }
  set size(fontSize: number) {
    this.style({ fontSize });
  }
  set name(fontName: string) {
    this.style({ fontName });
  }
}

/** borders.getItem(edge).style = "Continuous": the sim host keeps one flag for "thin borders all round". */
export class SimRangeBorders {
  constructor(private readonly style: (change: SimCellStyle) => void) {}
  getItem(_edge: string): { style: string } {
    const style = this.style;
    return {
      set style(value: string) {
        style({ border: value !== 'None' });
      },
      get style(): string {
        throw new SimHostError('InvalidArgument', 'Reading border styles is not supported here.');
      },
    };
  }
}

export class SimRangeFill extends SimClientObject {
  constructor(
    context: SimRequestContext,
    private readonly target: () => RangeTarget | RangeAreasTarget,
  ) {
    super(context, 'RangeFill');
  }

  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, ['color']), (names) => {
      const target = this.target();
      if (!('area' in target))
        throw new SimHostError('InvalidArgument', 'Load fills from a Range, not RangeAreas.');
      const fill = cellAt(target.sheet, target.area.top, target.area.left)?.fill;
      const out: Record<string, unknown> = {};
      for (const name of names) {
        if (name === 'color')
          out.color = fill ?? NO_FILL_COLOR; // "No Fill" reads back as white (office-js #6218)
        else if (name === 'pattern' && this.context.host.supports('1.15'))
          out.pattern = fill ? 'Solid' : 'None';
        else throw new SimHostError('InvalidArgument', `RangeFill.${name} is not supported here.`);
      }
      return out;
    });
    return this;
  }

  get color(): string {
    return this.loadedProperty('color');
  }

  set color(color: string) {
    normalizeColor(color); // Excel rejects a bad colour at the call
    this.apply((sheet, area) => setFill(sheet, area, color));
  }

  clear(): void {
    this.apply((sheet, area) => setFill(sheet, area, null));
  }

  private apply(change: (sheet: RangeTarget['sheet'], area: CellArea) => void): void {
    this.context.enqueue(() => {
      const target = this.target();
      const areas = 'area' in target ? [target.area] : target.areas;
      // Formatting raises onFormatChanged in Excel, not onChanged: no change event here.
      for (const area of areas) change(target.sheet, area);
    }, true);
  }
}

export interface RangeAreasTarget {
  readonly sheet: RangeTarget['sheet'];
  readonly areas: readonly CellArea[];
}

export class SimRangeAreas extends SimClientObject {
  readonly format: SimRangeFormat;

  constructor(
    context: SimRequestContext,
    private readonly resolveTarget: Resolver<RangeAreasTarget>,
  ) {
    super(context, 'RangeAreas');
    this.format = new SimRangeFormat(context, () => required(this.resolveTarget, 'RangeAreas'));
  }

  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, ['address', 'areaCount']), (names) => {
      const target = this.resolveTarget();
      if (target === null) return null;
      const out: Record<string, unknown> = {};
      for (const name of names) {
        if (name === 'address')
          out.address = target.areas.map((area) => qualifiedAddress(target.sheet.name, area)).join(', ');
        else if (name === 'areaCount') out.areaCount = target.areas.length;
        else throw new SimHostError('InvalidArgument', `RangeAreas.${name} is not supported here.`);
      }
      return out;
    });
    return this;
  }

  get address(): string {
    return this.loadedProperty('address');
  }

  get areaCount(): number {
    return this.loadedProperty('areaCount');
  }
}
