import { columnLetters } from '../../src/engine/grid/a1';
import type { TableKind } from '../../src/engine/model/tables';
import type { SpecEntry, SpecMistake, TableSpec } from './types';

/** A cell spanning `span` columns (a horizontal merge). */
export interface Span {
  readonly span: number;
  readonly v: SpecEntry;
}
export const span = (count: number, v: SpecEntry): Span => ({ span: count, v });
type Segment = SpecEntry | Span;

function isSpan(segment: Segment): segment is Span {
  return typeof segment === 'object' && segment !== null && 'span' in segment;
}

/** Builds a table spec row by row, turning spans into merges, so specs read like the printed template. */
export class TableBuilder {
  private readonly rows: SpecEntry[][] = [];
  private readonly merges: string[] = [];
  private readonly headerRows: number[] = [];

  get rowCount(): number {
    return this.rows.length;
  }

  /** Appends a row; returns its 0-based index. */
  row(...segments: Segment[]): number {
    const cells: SpecEntry[] = [];
    const index = this.rows.length;
    for (const segment of segments) {
      if (isSpan(segment)) {
        const left = cells.length;
        cells.push(segment.v);
        for (let k = 1; k < segment.span; k++) cells.push(undefined);
        if (segment.span > 1) this.merge(index, left, index, left + segment.span - 1);
      } else cells.push(segment);
    }
    this.rows.push(cells);
    return index;
  }

  header(...segments: Segment[]): number {
    const index = this.row(...segments);
    this.headerRows.push(index);
    return index;
  }

  /** Merges a rectangle given by 0-based rows and columns. */
  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left)
      this.merges.push(`${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`);
    return this;
  }

  build(meta: {
    id: string;
    kind: TableKind;
    sheetName: string;
    columnWidths: readonly number[];
    mistakes?: readonly SpecMistake[];
  }): TableSpec {
    return {
      ...meta,
      rows: this.rows,
      merges: this.merges,
      headerRows: this.headerRows,
      mistakes: meta.mistakes ?? [],
    };
  }
}

export interface IndicatorItem {
  /** 二级指标; null continues (and merges with) the one above. */
  readonly level2: string | null;
  readonly name?: SpecEntry;
  readonly target?: SpecEntry;
  readonly actual?: SpecEntry;
  readonly weight?: SpecEntry;
  readonly score?: SpecEntry;
  readonly reason?: SpecEntry;
}

export interface IndicatorGroupSpec {
  readonly label: string;
  readonly items: readonly IndicatorItem[];
}

/**
 * The 绩效指标 block every template shares: column A holds the vertical 绩效指标 label, then
 * 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因. Returns the row of each group's first item.
 */
export function indicatorBlock(
  b: TableBuilder,
  sideLabel: string,
  headers: readonly string[],
  groups: readonly IndicatorGroupSpec[],
  /** Rows after the block (the 总分 row) that the side label's merge also covers. */
  sideExtra = 0,
): number[] {
  const headerRow = b.header(sideLabel, ...headers);
  const firstRows: number[] = [];
  for (const group of groups) {
    const first = b.rowCount;
    firstRows.push(first);
    let level2Start = first;
    group.items.forEach((item, k) => {
      const row = b.row(
        undefined,
        k === 0 ? group.label : undefined,
        item.level2 ?? undefined,
        item.name,
        item.target,
        item.actual,
        item.weight,
        item.score,
        item.reason,
      );
      if (item.level2 !== null) {
        b.merge(level2Start, 2, row - 1, 2);
        level2Start = row;
      }
    });
    const last = b.rowCount - 1;
    b.merge(level2Start, 2, last, 2);
    b.merge(first, 1, last, 1);
  }
  b.merge(headerRow, 0, b.rowCount - 1 + sideExtra, 0);
  return firstRows;
}

export const INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度\n指标值',
  '实际\n完成值',
  '分值',
  '得分',
  '偏差原因\n分析及\n改进措施',
] as const;

/** An indicator scored below its weight (so it needs a 偏差原因). */
export function isDeducted(item: IndicatorItem): boolean {
  return typeof item.score === 'number' && typeof item.weight === 'number' && item.score < item.weight;
}
