/**
 * Text a preset writes must reach the sheet as the clerk would read it. Excel turns a typed `=100%` into a
 * formula (and `+`, `-`, `@` likewise), and a bare `100%` or `90` into a number, so presets write equality
 * targets with the full-width sign `＝100%`, which Excel keeps as text and parseTarget reads as `=`.
 */

export type UnsafeTextReason = 'formula-leader' | 'coerced-number';

const FORMULA_LEADERS = new Set(['=', '+', '-', '@']);
/** What Excel's input parser would silently turn into a number: 90, 1,234.5, 100%, 1e3. */
const NUMBER_LIKE = /^\s*[\d,]*\.?\d+(e[+-]?\d+)?\s*%?\s*$/i;

/** Why a text would not stay text if typed into Excel; undefined when it is safe. */
export function unsafeTextReason(text: string): UnsafeTextReason | undefined {
  if (text.length > 0 && FORMULA_LEADERS.has(text[0])) return 'formula-leader';
  if (NUMBER_LIKE.test(text)) return 'coerced-number';
  return undefined;
}

export function isSafeText(text: string): boolean {
  return unsafeTextReason(text) === undefined;
}
