// Turning what WPS's Value2 and Formula report into the engine's cell: errors come back as CVErr integers
// [notes §3.3: AWD et-formula-error-probe], dates as serial numbers [DOC Range.Value2]; the displayed text is
// formatted here (Range.Text has no bulk read), with the formatter the CLI uses, so both read the same figures.
import { cellOf } from '../engine/grid/grid';
import { formatNumber } from '../engine/grid/format-number';
import type { Cell } from '../engine/grid/types';

const CV_ERROR_BASE = -2146828288; // 0x800A0000 as a signed 32-bit integer
const CV_ERRORS: Readonly<Record<number, string>> = {
  2000: '#NULL!',
  2007: '#DIV/0!',
  2015: '#VALUE!',
  2023: '#REF!',
  2029: '#NAME?',
  2036: '#NUM!',
  2042: '#N/A',
  2043: '#GETTING_DATA',
};

/** The error text for a CVErr value; undefined for a genuine number. A typed number equal to a CVErr code has
 *  itself as its formula text, which an error never has. */
export function errorText(value: unknown, formula: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  const text = CV_ERRORS[value - CV_ERROR_BASE];
  if (!text) return undefined;
  return String(formula) === String(value) ? undefined : text;
}

/** A date or time format: y, d, h or s outside quotes and brackets, or m with no digit placeholder. */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[ydhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

/** Serial date → "2024-12-31" (with the time when there is one), as the CLI shows dates (Excel's 1900 system). */
function dateText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** The engine's cell for one position, or undefined when it holds nothing. */
export function cellFrom(value: unknown, formula: unknown, numberFormat: string): Cell | undefined {
  const formulaText = typeof formula === 'string' ? formula : '';
  // A text cell holding "=100%" would report that text as its formula: a real formula differs from its value.
  const hasFormula = formulaText.startsWith('=') && formulaText !== value;
  if ((value === null || value === undefined || value === '') && !hasFormula) return undefined;
  const error = errorText(value, formula);
  const f = hasFormula ? formulaText : undefined;
  if (error) return cellOf(error, numberFormat, error, f);
  if (value === null || value === undefined || value === '') return cellOf(null, numberFormat, '', f);
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat)) {
      const text = dateText(value);
      return cellOf(text, numberFormat, text, f);
    }
    return cellOf(value, numberFormat, formatNumber(value, numberFormat), f);
  }
  if (typeof value === 'boolean') return cellOf(value, numberFormat, value ? 'TRUE' : 'FALSE', f);
  // Strings from the bridge may be wrapped objects (notes §3.1: ZOT "don't use includes"): normalise with String.
  const text = String(value);
  return cellOf(text, numberFormat, text, f);
}
