import { toA1 } from '../../grid/a1';
import type { CellArea } from '../../grid/types';
import { emptyPlan, type CellStyle, type CellWrite, type SheetPlan, type StyleRange } from '../plan';
import { BODY_FONT_SIZE, SONG_FONT, TITLE_FONT_SIZE, a4Landscape, type PageSetup } from '../sheet-style';
import { fitRowHeights, heightForLines } from './fit';

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

/**
 * One number format per kind of figure (README: "Number formats"): money 0.00, rates 0.00%, and every 分值 and
 * 得分 — indicator rows, the 年度资金总额 row, 总分 — 0.00, whether written as a number or a formula.
 */
export const MONEY = '0.00';
export const RATE = '0.00%';
export const SCORE = '0.00';

/** Where the form sits on the sheet and how it prints. */
export interface TemplateLayout {
  readonly columnWidths: readonly number[];
  /** First and last row of the bordered table. */
  readonly tableTop: number;
  readonly tableBottom: number;
  /** Rows repeated at the top of every printed page. */
  readonly printTitleRows?: { readonly top: number; readonly bottom: number };
  readonly orientation?: PageSetup['orientation'];
}

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

  /** The form's title: one row across the table, bold 小二, centred, with room above the table. */
  title(text: string): number {
    const row = this.row(span(this.width, text));
    this.style(row, 0, row, this.width - 1, {
      bold: true,
      fontSize: TITLE_FONT_SIZE,
      horizontal: 'center',
      vertical: 'middle',
    });
    this.height(row, heightForLines(1, TITLE_FONT_SIZE) + 12);
    return row;
  }

  /**
   * The plan: borders and wrapping over the table, the sheet's 宋体 and print setup, and every row as tall
   * as its wrapped text needs (heights asked for with `height` are minimums).
   */
  toPlan(sheet: string, layout: TemplateLayout): SheetPlan {
    const body: StyleRange = {
      area: { top: layout.tableTop, left: 0, bottom: layout.tableBottom, right: this.width - 1 },
      style: { border: true, wrap: true, vertical: 'middle' },
    };
    const styles = [body, ...this.styles];
    const rowHeights = fitRowHeights({
      rowCount: this.rows,
      writes: this.writes,
      merges: this.merges,
      columnWidths: layout.columnWidths,
      styles,
      bodyFontSize: BODY_FONT_SIZE,
      minimums: this.heights,
    });
    const page = a4Landscape(layout.printTitleRows);
    return {
      ...emptyPlan(sheet, 'new-sheet'),
      styles,
      writes: this.writes,
      merges: this.merges,
      columnWidths: layout.columnWidths.map((width, col) => ({ col, width })),
      rowHeights,
      sheetStyle: {
        font: { ...SONG_FONT, size: BODY_FONT_SIZE },
        area: { top: 0, left: 0, bottom: this.rows - 1, right: this.width - 1 },
        page: layout.orientation ? { ...page, orientation: layout.orientation } : page,
      },
    };
  }
}
