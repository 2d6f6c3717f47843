import type { CellValue } from '../../src/engine/grid/types';
import type { TableKind } from '../../src/engine/model/tables';

/** One cell as the template holds it: a raw value, optionally a number format and a display override. */
export interface SpecCell {
  readonly value: CellValue;
  /** Excel number format, e.g. '0.00%' for 90.12% stored as 0.9012. */
  readonly numberFormat?: string;
  /** What the sheet shows when it is not simply the formatted value. */
  readonly text?: string;
}

/** A plain value stands for itself with format General; undefined and null leave the cell empty. */
export type SpecEntry = CellValue | SpecCell | undefined;

/** A mistake the filer made, located relative to the table's top-left (A1 = the table's first cell). */
export interface SpecMistake {
  readonly rule: string;
  /** A1 address relative to the table's top-left. */
  readonly cell: string;
  readonly note: string;
}

/** One attachment table as the finance bureau's template lays it out. */
export interface TableSpec {
  readonly id: string;
  readonly kind: TableKind;
  /** The sheet the template puts it on, e.g. '附件2 整体支出自评表'. */
  readonly sheetName: string;
  readonly rows: readonly (readonly SpecEntry[])[];
  /** Merged areas as A1 ranges relative to the table's top-left. */
  readonly merges: readonly string[];
  /** Column widths in Excel character units, from the table's first column. */
  readonly columnWidths: readonly number[];
  /** Rows (0-based, relative) that hold headers, for bold text in built workbooks. */
  readonly headerRows?: readonly number[];
  /** The mistakes this table carries; empty for a corrected table. */
  readonly mistakes: readonly SpecMistake[];
}

export interface SeedSpec {
  /** '000', '002', … or '000-corrected'. */
  readonly id: string;
  readonly year: number;
  readonly department: string;
  readonly tables: readonly TableSpec[];
}
