import { toA1 } from '../../grid/a1';
import type { CellArea } from '../../grid/types';
import { emptyPlan, type CellStyle, type CellWrite, type SheetPlan, type StyleRange } from '../plan';

/** A value, or a formula with the format its result needs. */
export type TemplateEntry =
  | string
  | number
  | undefined
  | { readonly value?: string | number | null; readonly formula?: string; readonly numberFormat?: string };

/** A cell spanning `width` columns (a horizontal merge). */
export interface Span {
  readonly width: number;
  readonly entry: TemplateEntry;
}
export const span = (width: number, entry: TemplateEntry): Span => ({ width, entry });

export const MONEY = '0.00';
export const RATE = '0.00%';
export const SCORE = '0.00';

/** Lays a template out row by row, the way the printed form reads, and turns it into a new-sheet plan. */
export class TemplateBuilder {
  private readonly writes: CellWrite[] = [];
  private readonly merges: CellArea[] = [];
  private readonly styles: StyleRange[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  private rows = 0;

  constructor(private readonly width: number) {}

  get rowCount(): number {
    return this.rows;
  }

  /** A1 address of a cell, for formulas. */
  static at(row: number, col: number): string {
    return toA1(row, col);
  }

  /** Appends a row of cells and spans; returns its index. */
  row(...segments: (TemplateEntry | Span)[]): number {
    const row = this.rows++;
    let col = 0;
    for (const segment of segments) {
      const isSpan = typeof segment === 'object' && segment !== null && 'width' in segment;
      const entry = isSpan ? segment.entry : segment;
      const width = isSpan ? segment.width : 1;
      this.put(row, col, entry);
      if (width > 1) this.merge(row, col, row, col + width - 1);
      col += width;
    }
    return row;
  }

  /** Appends `count` empty rows; returns the first. */
  skip(count: number): number {
    const first = this.rows;
    this.rows += count;
    return first;
  }

  put(row: number, col: number, entry: TemplateEntry): void {
    if (entry === undefined || entry === '') return;
    if (typeof entry === 'string' || typeof entry === 'number') this.writes.push({ row, col, value: entry });
    else
      this.writes.push({
        row,
        col,
        value: entry.value ?? null,
        ...(entry.formula ? { formula: entry.formula } : {}),
        ...(entry.numberFormat ? { numberFormat: entry.numberFormat } : {}),
      });
  }

  add(writes: readonly CellWrite[], merges: readonly CellArea[]): void {
    this.writes.push(...writes);
    this.merges.push(...merges);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    this.styles.push({ area: { top, left, bottom, right }, style });
  }

  height(row: number, height: number): void {
    this.heights.push({ row, height });
  }

  /** Bold, centred header cells across the table's width. */
  header(row: number): void {
    this.style(row, 0, row, this.width - 1, { bold: true, horizontal: 'center' });
  }

  toPlan(sheet: string, columnWidths: readonly number[], tableTop: number, tableBottom: number): SheetPlan {
    const body: StyleRange = {
      area: { top: tableTop, left: 0, bottom: tableBottom, right: this.width - 1 },
      style: { border: true, wrap: true, vertical: 'middle', fontSize: 10 },
    };
    return {
      ...emptyPlan(sheet, 'new-sheet'),
      styles: [body, ...this.styles],
      writes: this.writes,
      merges: this.merges,
      columnWidths: columnWidths.map((width, col) => ({ col, width })),
      rowHeights: this.heights,
    };
  }
}
