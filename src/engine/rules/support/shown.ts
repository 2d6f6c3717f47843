/**
 * A figure as the sheet shows it: the unit it is displayed in (a percent or a plain number), the decimals shown,
 * and how to write an expected value back so it reads the same way ("9.28", "92.85%", or "92.85" when the
 * filer typed percent numbers without a sign).
 */
import type { NumberFigure } from '../../figures/types';
import type { Field } from '../../model/tables';
import { formatFixed, neededDecimals, roundHalfUp, sameAt } from './decimal';

/** money and score: 万元 / points at 2 decimals; rate: a fraction shown at 2 decimals of a percent; count: people. */
export type Measure = 'money' | 'score' | 'rate' | 'count';

/** The longest run of decimals we repeat back from a sheet; more is noise from a formula. */
const MAX_SHOWN_DECIMALS = 6;

export interface Display {
  /** 100 when the figure reads as a percent (92.85 for 0.9285), else 1. */
  readonly factor: 1 | 100;
  /** Decimals shown, in the display unit. */
  readonly decimals: number;
  /** The cell shows a '%' sign (a percent format, or text such as "90.12%"). */
  readonly percentSign: boolean;
  /** The percent is typed as text ("90.12%"), so a fix is written the same way. */
  readonly textPercent: boolean;
}

/** Precision every comparison is capped at, in the display unit (DOMAIN.md: 2 decimals, of a percent for rates). */
export function canonicalDecimals(measure: Measure, factor: 1 | 100): number {
  if (measure === 'count') return 0;
  return measure === 'rate' && factor === 1 ? 4 : 2;
}

export function numberOf(field: Field | undefined): number | undefined {
  return field?.figure.kind === 'number' ? field.figure.value : undefined;
}

export function figureOf(field: Field | undefined): NumberFigure | undefined {
  return field?.figure.kind === 'number' ? field.figure : undefined;
}

/** How `field` displays (or, when blank, would display) a figure of `measure`. */
export function displayOf(field: Field, measure: Measure): Display {
  const figure = figureOf(field);
  const format = field.cell?.numberFormat ?? '';
  const raw = field.cell?.value;
  const textPercent = typeof raw === 'string' && /[%％]/.test(raw);
  const percentSign = textPercent || format.includes('%');
  if (measure !== 'rate') {
    return { factor: 1, decimals: figure?.decimals ?? 2, percentSign: false, textPercent: false };
  }
  // A blank rate cell, or a bare 0 that says nothing about its unit, is written as a percent: that is how
  // every template shows 执行率 and 控制率.
  if (!figure || (figure.value === 0 && !figure.percent))
    return { factor: 100, decimals: 2, percentSign: true, textPercent };
  return {
    factor: figure.percent ? 100 : 1,
    decimals: figure.decimals,
    percentSign: figure.percent && percentSign,
    textPercent,
  };
}

/** Writes `value` in the display unit at `decimals`: (0.9285, rate) → "92.85%". */
export function formatIn(display: Display, value: number, decimals: number): string {
  return `${formatFixed(value * display.factor, decimals)}${display.percentSign ? '%' : ''}`;
}

/** The figure in `field` as the sheet shows it; '' for a blank cell. */
export function formatActual(field: Field, measure: Measure): string {
  const figure = figureOf(field);
  if (!figure) return field.cell?.text?.trim() ?? '';
  const display = displayOf(field, measure);
  // A bare 0 is shown as the clerk typed it, whatever unit an expected value is written in.
  if (figure.value === 0 && !figure.percent)
    return formatFixed(0, Math.min(figure.decimals, MAX_SHOWN_DECIMALS));
  return formatIn(display, figure.value, Math.min(display.decimals, MAX_SHOWN_DECIMALS));
}

/** The expected value written like the cell: at least the decimals it shows, more when the value needs them. */
export function formatExpected(field: Field, measure: Measure, expected: number): string {
  const display = displayOf(field, measure);
  const cap = canonicalDecimals(measure, display.factor);
  const decimals = Math.max(Math.min(display.decimals, cap), neededDecimals(expected * display.factor, cap));
  return formatIn(display, expected, decimals);
}

/**
 * The raw value to write into `field` so it shows `expected`. Money and scores: the number at 2 decimals.
 * Rates: a fraction for a percent-formatted (or blank) cell; the percent number when the filer typed percent
 * numbers without a sign (100 for 100%); the text "92.85%" when the filer typed the percent as text.
 */
export function fixFor(field: Field, measure: Measure, expected: number): number | string {
  const display = displayOf(field, measure);
  const cap = canonicalDecimals(measure, display.factor);
  if (measure !== 'rate') return roundHalfUp(expected, cap);
  if (display.textPercent) return formatExpected(field, measure, expected);
  if (display.factor === 100 && !display.percentSign && figureOf(field))
    return roundHalfUp(expected * 100, 2);
  return roundHalfUp(expected, 4);
}

/**
 * Whether the figure in `field` agrees with `expected` at the precision the sheet shows, capped at the
 * canonical precision. `atLeast` raises the precision (a sum of figures shown at 2 decimals is known to 2
 * decimals even when its total is typed as a whole number).
 */
export function agrees(field: Field, measure: Measure, expected: number, atLeast = 0): boolean {
  const figure = figureOf(field);
  if (!figure) return false;
  return sameAt(
    figure.value,
    expected,
    comparisonDecimals(field, measure, atLeast) + (displayOf(field, measure).factor === 100 ? 2 : 0),
  );
}

/** Decimals (in the display unit) a comparison is made at. */
export function comparisonDecimals(field: Field, measure: Measure, atLeast = 0): number {
  const display = displayOf(field, measure);
  const cap = canonicalDecimals(measure, display.factor);
  // A rate typed as a bare fraction ("0.9" for 90%) is read to whole percents at least: 0.9 is not 0.92.
  const floor = measure === 'rate' && display.factor === 1 ? Math.max(atLeast, 2) : atLeast;
  return Math.min(Math.max(display.decimals, floor), cap);
}

/** Decimals a figure shows, for raising the precision of a sum to that of its parts. */
export function shownDecimals(field: Field | undefined): number {
  return figureOf(field)?.decimals ?? 0;
}

/** Everything a mismatch report carries about one cell. */
export interface Mismatch {
  readonly expected: string;
  readonly actual: string;
  readonly fix: number | string;
}

export function mismatch(field: Field, measure: Measure, expected: number): Mismatch {
  return {
    expected: formatExpected(field, measure, expected),
    actual: formatActual(field, measure),
    fix: fixFor(field, measure, expected),
  };
}
