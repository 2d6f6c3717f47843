/**
 * Figures typed as text: "605.21", "605.21万元", "０.５", "90.12%", "=161.73 万元", "1,234.50",
 * "34（其中 26 万元纳入基本支出…）". The grammar is deliberately narrow: a number, then optionally a '%',
 * a short unit and a bracketed remark. Anything else (a number in the middle of a sentence, a date,
 * "600次以上的活动") is words, because guessing a figure out of prose would invent errors.
 */

import { toHalfWidth } from '../text/normalize';
import { type DecimalToken, isUsableFigure, tokenDecimals, tokenValue } from './decimal';
import type { Figure, FigureNote, FigureRole, NoFigure } from './types';
import { UnitPattern } from './unit-pattern';

/** A signed decimal with optional grouping commas and exponent. Capture groups: sign, digits, exponent. */
export const NUMBER_PATTERN = String.raw`([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?`;

/** A unit starts with a letter or symbol and is short: 万元, 次, 家, 分, m², 元/人, 个百分点 (see unit-pattern.ts). */
const FIGURE = new UnitPattern(
  (unit) => String.raw`^${NUMBER_PATTERN}\s*(%)?\s*(${unit})?\s*([(\[【〔].*)?$`,
  'su',
);

/** Only dashes, slashes or ellipses: the clerk's way of saying "not applicable". */
const DASH = /^[-—–―─━‐‑‒~/\\、.。…·\s]+$/;
const EXCEL_ERROR =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)/i;
const NOT_A_NUMBER = /^[+-]?(?:nan|inf|infinity|∞)$/i;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19\uff0e]/;
const OTHER_DIGIT_ANY = /[\u0660-\u0669\u06f0-\u06f9]/;
/** Arabic-Indic (٠–٩) and extended Arabic-Indic (۰–۹) digits, and the Arabic decimal separator. */
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u066b]/g;

function toAsciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x066b) return '.';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export interface ScannedFigure {
  readonly token: DecimalToken;
  readonly percent: boolean;
  /** Unit written after the number, '' when none. */
  readonly unit: string;
  /** The bracketed remark after the figure, '' when none. */
  readonly remark: string;
}

/**
 * Half-width, real minus signs, trimmed, every run of spaces and line breaks one space. Collapsing the runs
 * also keeps the patterns below linear: adjacent `\s*` over a long run of spaces would backtrack badly.
 */
export function cleanFigureText(raw: string): string {
  if (isClean(raw)) return raw;
  return toAsciiDigits(toHalfWidth(raw))
    .replace(/\u2212/g, '-')
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
}

/**
 * What cleanFigureText would change: Arabic-Indic digits and separators (U+0660–U+06F9), '−', U+3000, U+FEFF and
 * the full-width forms above it; or untidy spacing (isTidy's white space, spaces at the ends or doubled). One regex: asked of every figure text and target,
 * mostly by unoptimised code, where a compiled regex beats a character loop.
 */
const UNCLEAN =
  /[\t-\r\u00a0\u0660-\u06f9\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2212\u3000\ufeff-\uffff]|^ | $| {2}/;

/** Nothing for cleanFigureText to change: no full-width or Arabic-Indic forms, no '−', already tidy. */
function isClean(raw: string): boolean {
  return !UNCLEAN.test(raw);
}

export function toToken(
  sign: string | undefined,
  digits: string,
  exponent: string | undefined,
): DecimalToken {
  return {
    negative: sign === '-',
    digits: digits.replace(/,/g, ''),
    exponent: exponent ? Number(exponent) : 0,
  };
}

/**
 * "605.21", "-5", "+12": what FIGURE would read, without running it. Most figures are written this way, and
 * the full pattern (Unicode classes for units, remarks) is the dearest step of reading one.
 */
function scanPlainDecimal(text: string): ScannedFigure | undefined {
  const start = text.charCodeAt(0) === 0x2d || text.charCodeAt(0) === 0x2b ? 1 : 0;
  let dot = -1;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    if (code !== 0x2e || dot >= 0) return undefined;
    dot = i;
  }
  // At least one digit on each side of the point, and some digit at all.
  if (dot === start || dot === text.length - 1 || text.length === start) return undefined;
  return {
    token: { negative: start === 1 && text[0] === '-', digits: text.slice(start), exponent: 0 },
    percent: false,
    unit: '',
    remark: '',
  };
}

/** Whether a figure may start with this character: FIGURE's sign, digit or point ('+', '-', '0'–'9', '.'). */
function startsFigure(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

/** Scans already-cleaned text that must be exactly one figure (see the module comment). */
export function scanFigure(text: string): ScannedFigure | undefined {
  // Cleaned text has no leading space, so FIGURE can only match text that starts as a number does. Words (most
  // text cells: names, reasons, 健全) are turned away here without testing the whole text for the unit pattern.
  if (!startsFigure(text.charCodeAt(0))) return undefined;
  const plain = scanPlainDecimal(text);
  if (plain) return plain;
  const match = FIGURE.exec(text);
  if (!match) return undefined;
  const [, sign, digits, exponent, percentSign, unit, remark] = match;
  return {
    token: toToken(sign, digits, exponent),
    percent: percentSign === '%',
    unit: unit ?? '',
    remark: remark ?? '',
  };
}

/** Why text holds no figure, or undefined when it may hold one. */
export function blankReason(clean: string): NoFigure | undefined {
  if (clean === '') return { kind: 'none', reason: 'empty' };
  // A digit or an ideograph first is none of the three below (they start with a dash or space, '#', a sign, n, i
  // or ∞): the usual case, answered without running them.
  const first = clean.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || (first >= 0x4e00 && first <= 0x9fff)) return undefined;
  if (DASH.test(clean)) return { kind: 'none', reason: 'dash' };
  if (EXCEL_ERROR.test(clean) || NOT_A_NUMBER.test(clean)) return { kind: 'none', reason: 'not-finite' };
  return undefined;
}

/** In a rate cell a bare number above this is a whole percent (92.85 → 92.85%); at or below, a fraction. */
export const RATE_PERCENT_THRESHOLD = 1.5;

/** "2024年" under 时效指标 names a year, not a quantity of years ("3年" still reads as 3). */
export function isCalendarYear(value: number, unit: string): boolean {
  return unit.startsWith('年') && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** Reads text a clerk typed into a cell. Never throws. */
export function readTextFigure(raw: string, role: FigureRole): Figure {
  // Text that starts with an ideograph keeps it first once cleaned, which makes it neither blank nor a figure
  // (see blankReason and scanFigure). Names, reasons and remarks are most text cells, and are often long: this
  // spares cleaning a copy of them only to find that out.
  const first = raw.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff) return { kind: 'none', reason: 'text' };
  const clean = cleanFigureText(raw);
  const blank = blankReason(clean);
  if (blank) return blank;
  // A leading '=' in a text value is the clerk writing "= 100%" as a comparison, not a formula.
  const scanned = scanFigure(clean.charCodeAt(0) === 0x3d ? clean.replace(/^=\s*/, '') : clean);
  if (!scanned) return { kind: 'none', reason: 'text' };
  const { token, unit, remark } = scanned;
  const written = tokenValue(token);
  if (!isUsableFigure(written)) return { kind: 'none', reason: 'not-finite' };
  if (isCalendarYear(written, unit)) return { kind: 'none', reason: 'text' };
  const percent =
    scanned.percent || (role === 'rate' && unit === '' && Math.abs(written) > RATE_PERCENT_THRESHOLD);

  const notes: FigureNote[] = [];
  if (remark) notes.push('leading-figure');
  else if (scanned.percent || unit) notes.push('unit-in-cell');
  else notes.push('number-as-text');
  if (FULL_WIDTH_DIGIT.test(raw)) notes.push('full-width-digits');
  if (OTHER_DIGIT_ANY.test(raw)) notes.push('other-digits');

  return {
    kind: 'number',
    value: percent ? tokenValue(token, -2) : written,
    decimals: tokenDecimals(token),
    percent,
    notes,
  };
}
