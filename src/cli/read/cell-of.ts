// One cell of the sheet XML → the engine's Cell, exactly as the ExcelJS reader (src/cli/read-workbook.ts)
// makes it: numbers shown through their format, dates as text, formulas with their cached result.
import { formatGeneral, formatNumber } from '../../engine/grid/format-number';
import type { Cell } from '../../engine/grid/types';
import { dateText } from './date-text';

export interface RawCell {
  /** The `t` attribute: s, str, inlineStr, b, e, n (or absent), d. */
  readonly type: string | undefined;
  /** <v> text, or the inline string's text. */
  readonly value: string | undefined;
  /** Formula text without "=", when the cell has one (a shared formula already translated). */
  readonly formula: string | undefined;
  readonly numberFormat: string | undefined;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

export function cellOf(raw: RawCell, context: CellContext): Cell | undefined {
  return cellFrom(raw.type, raw.value, raw.formula, shownFormat(raw.numberFormat), context);
}

/** The format a cell shows: its style's code, General when it has none. */
export function shownFormat(numberFormat: string | undefined): string {
  return numberFormat && numberFormat.trim() !== '' ? numberFormat : 'General';
}

/** cellOf with the raw cell's fields as arguments and the format already shown (no object per cell to build). */
export function cellFrom(
  type: string | undefined,
  value: string | undefined,
  formula: string | undefined,
  numberFormat: string,
  context: CellContext,
): Cell | undefined {
  if (formula !== undefined) {
    const result = value ? valueCell(type, value, numberFormat, context) : undefined;
    return result
      ? { value: result.value, text: result.text, numberFormat, formula: `=${formula}` }
      : { value: null, text: '', numberFormat, formula: `=${formula}` };
  }
  if (value === undefined) return undefined;
  return valueCell(type, value, numberFormat, context);
}

/** The cell holding a value typed `type`; none for a shared string index beyond the table. */
export function valueCell(
  type: string | undefined,
  value: string,
  numberFormat: string,
  context: CellContext,
): Cell | undefined {
  switch (type) {
    case 's':
      return sharedStringCell(parseInt(value, 10), numberFormat, context);
    case 'str':
    case 'inlineStr':
      return { value, text: value, numberFormat };
    case 'b': {
      const truth = parseInt(value, 10) !== 0;
      return { value: truth, text: truth ? 'TRUE' : 'FALSE', numberFormat };
    }
    case 'e':
      return { value, text: value, numberFormat };
    case 'd': {
      const date = new Date(value.endsWith('Z') || value.length <= 10 ? value : `${value}Z`);
      if (Number.isNaN(date.getTime())) return { value, text: value, numberFormat };
      const text = dateText(date);
      return { value: text, text, numberFormat };
    }
    default:
      return numberCell(parseFloat(value), numberFormat, context);
  }
}

export function sharedStringCell(
  index: number,
  numberFormat: string,
  context: CellContext,
): Cell | undefined {
  const text = context.sharedStrings[index];
  return text === undefined ? undefined : { value: text, text, numberFormat };
}

function numberCell(value: number, numberFormat: string, context: CellContext): Cell {
  if (isDateFormat(numberFormat)) {
    // Excel's serial day → a date, as ExcelJS's excelToDate computes it.
    const ms = Math.round((value - 25569 + (context.date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
    const date = new Date(ms);
    if (!Number.isNaN(date.getTime())) {
      const text = dateText(date);
      return { value: text, text, numberFormat };
    }
  }
  // General is most cells of a big sheet: skip the format parser (same text, see formatNumber).
  if (numberFormat === 'General') return { value, text: generalText(value), numberFormat };
  return { value, text: formatNumber(value, numberFormat), numberFormat };
}

/**
 * formatGeneral's answer, computed the short way when the shortest form of the number already fits General's
 * 11 characters (nothing to round: formatGeneral returns that same string).
 */
function generalText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const shortest = String(value);
  if (shortest.length <= 11 && !shortest.includes('e')) return shortest;
  return formatGeneral(value);
}

/** ExcelJS's test: a date/time letter outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = testDateFormat(format);
    dateFormats.set(format, known);
  }
  return known;
}

const dateFormats = new Map<string, boolean>();

function testDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** ExcelJS drops the backslash of escaped characters in format codes (\\- → -); the grids must match its. */
export function formatCodeAsExcelJs(code: string): string {
  return code.replace(/[\\](.)/g, '$1');
}
