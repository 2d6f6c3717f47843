/**
 * Reading figures the way a reviewer reads the sheet, whatever the clerk typed. Never throws.
 *
 * Rules of interpretation:
 * - A number cell is its value. Its `decimals` come from the number format ("0.00" → 2, "0.00%" → 2 of a
 *   percent, "0.0#" → 1–2 as the value needs); with General ("G/通用格式" in Chinese Excel) or '@' they come
 *   from the displayed `cell.text` when it agrees with the value, else from the value's own digits, capped
 *   at 10. A percent format makes the figure a percent: 0.9012 shown as "90.12%" is 0.9012, percent, 2.
 * - Text holding exactly one figure is read too: "605.21" (note number-as-text), "605.21万元" and "90.12%"
 *   (note unit-in-cell: the '%' is the unit the clerk typed), "34（其中 26 万元…）" (the leading figure,
 *   note leading-figure), full-width "０.５" (also note full-width-digits), "1,234.50", "−5". A leading '='
 *   in TEXT ("=161.73 万元", "=100%") is a comparison the clerk wrote, not a formula, and is dropped.
 *   Prose with a number inside ("完成 100%", "2024年12月31日前") is words: reason 'text', and so is a
 *   calendar year "2024年" (a 时效 value, not a quantity; "3年" still reads as 3).
 *   Exactly one "typed as text" note is given: leading-figure, else unit-in-cell, else number-as-text.
 * - The "100 in a rate cell" convention: in the 'rate' role a bare number above 1.5 (by magnitude) is a whole
 *   percent, since clerks type 100 or 92.85 meaning 100% / 92.85%; it reads as 1 / 0.9285 with percent true
 *   and decimals counted in the percent. At or below 1.5 it is already a fraction (1.2 means 120%).
 *   Rates are always fractions in `value`.
 * - No figure: blank → 'empty'; "——", "—", "-", "/", "……" → 'dash' (not applicable); words → 'text';
 *   NaN, Infinity, magnitudes beyond 10^15 (1e308) and error values such as "#DIV/0!" → 'not-finite';
 *   TRUE/FALSE → 'boolean'.
 * - −0 reads as 0.
 */

import type { Cell } from '../grid/types';
import {
  MAX_GENERAL_DECIMALS,
  isUsableFigure,
  normalizeZero,
  ownDecimals,
  percentToFraction,
  tokenDecimals,
  tokenValue,
} from './decimal';
import { readNumberFormat } from './number-format';
import { RATE_PERCENT_THRESHOLD, cleanFigureText, readTextFigure, scanFigure } from './text-figure';
import type { Figure, FigureRole, NumberFigure } from './types';

export { readFigureInLabel } from './label';
export { parseTarget } from './target';

/** How a number cell is shown according to its text, when the format leaves it open. */
function shownByText(
  text: string | undefined,
  value: number,
): { decimals: number; percent: boolean } | undefined {
  if (typeof text !== 'string') return undefined;
  const scanned = scanFigure(cleanFigureText(text));
  if (!scanned || scanned.unit || scanned.remark) return undefined;
  const shown = tokenValue(scanned.token, scanned.percent ? -2 : 0);
  const decimals = tokenDecimals(scanned.token, scanned.percent ? -2 : 0);
  // The display is rounded; accept it when it is the value rounded to the decimals it shows.
  const tolerance = 0.5001 * 10 ** -decimals + 1e-12 * Math.abs(value);
  if (!(Math.abs(shown - value) <= tolerance)) return undefined;
  // A CLI reader may render float noise ("0.30000000000000004"); Excel's General never shows that many.
  if (tokenDecimals(scanned.token) > MAX_GENERAL_DECIMALS) return undefined;
  return { decimals: tokenDecimals(scanned.token), percent: scanned.percent };
}

function readNumberCell(cell: Cell, value: number, role: FigureRole): Figure {
  if (!isUsableFigure(value)) return { kind: 'none', reason: 'not-finite' };
  const format = readNumberFormat(cell.numberFormat, value);
  const byText = format.decimals === undefined ? shownByText(cell.text, value) : undefined;
  const formatPercent = format.percent || byText?.percent === true;
  const decimals = format.decimals ?? byText?.decimals ?? ownDecimals(formatPercent ? value * 100 : value);
  if (formatPercent) return numberFigure(value, decimals, true);
  if (role === 'rate' && Math.abs(value) > RATE_PERCENT_THRESHOLD)
    return numberFigure(percentToFraction(value), decimals, true);
  return numberFigure(value, decimals, false);
}

// A module-level function rather than a closure per cell: readers run once for every figure of a sheet.
function numberFigure(value: number, decimals: number, percent: boolean): NumberFigure {
  return { kind: 'number', value: normalizeZero(value), decimals, percent, notes: [] };
}

/** Reads a figure from a cell as the sheet shows it; see the module comment for the rules. Never throws. */
export function readFigure(cell: Cell | undefined, role: FigureRole = 'any'): Figure {
  if (!cell) return { kind: 'none', reason: 'empty' };
  const { value } = cell;
  if (value === null || value === undefined) return { kind: 'none', reason: 'empty' };
  if (typeof value === 'boolean') return { kind: 'none', reason: 'boolean' };
  if (typeof value === 'number') return readNumberCell(cell, value, role);
  if (typeof value === 'string') return readTextFigure(value, role);
  return { kind: 'none', reason: 'text' };
}
