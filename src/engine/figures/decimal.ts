/**
 * Decimal helpers shared by the figure readers. They work on the decimal string a clerk typed, not on the
 * binary float, so that "90.12%" becomes exactly the double nearest 0.9012 rather than 90.12 / 100.
 */

/** Most decimals we ever report for a number whose display we cannot see; Excel's General shows ~10. */
export const MAX_GENERAL_DECIMALS = 10;

/** A number token split into parts: "-1,234.50" → { sign: '-', digits: '1234.50', exponent: 0 }. */
export interface DecimalToken {
  readonly negative: boolean;
  /** Digits with at most one '.', no grouping commas. */
  readonly digits: string;
  readonly exponent: number;
}

/** The value of a token scaled by 10^shift, computed in decimal so no float noise creeps in. */
export function tokenValue(token: DecimalToken, shift = 0): number {
  const mantissa = token.digits.startsWith('.') ? `0${token.digits}` : token.digits;
  const exponent = token.exponent + shift;
  // "605.21" and "605.21e0" name the same decimal, so the common case needs no string built.
  const value = Number(exponent === 0 ? mantissa : `${mantissa}e${exponent}`);
  return normalizeZero(token.negative ? -value : value);
}

/** Decimal places the token shows after scaling by 10^shift: "1.5e3" → 0, "92.85" with shift −2 → 4. */
export function tokenDecimals(token: DecimalToken, shift = 0): number {
  const dot = token.digits.indexOf('.');
  const written = dot < 0 ? 0 : token.digits.length - dot - 1;
  return Math.max(0, written - token.exponent - shift);
}

/**
 * The largest magnitude a figure of these tables can hold: 10^15 is beyond any budget in 元 and beyond the 15
 * digits Excel keeps exactly. A larger value (1e308) is a slip or a hostile cell; read as a number it would
 * overflow sums to Infinity and turn rates into 0, so it reads as 'not-finite' and is reported, never computed.
 */
export const MAX_FIGURE_MAGNITUDE = 1e15;

/** A value that can take part in the tables' arithmetic: finite and within MAX_FIGURE_MAGNITUDE. */
export function isUsableFigure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE_MAGNITUDE;
}

/** −0 reads as 0: a sheet never means a negative zero, and it keeps equality checks simple. */
export function normalizeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** The decimals a finite number carries once float noise is dropped: 0.1 + 0.2 → 1, 1e-7 → 7; capped. */
export function ownDecimals(value: number, cap = MAX_GENERAL_DECIMALS): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const text = Number(value.toPrecision(15)).toString();
  const match = /^-?(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) return cap;
  const fraction = match[2]?.length ?? 0;
  const exponent = match[3] ? Number(match[3]) : 0;
  return Math.min(cap, Math.max(0, fraction - exponent));
}

/** A rate typed as a whole percent (92.85 meaning 92.85%) as a fraction, without float noise. */
export function percentToFraction(value: number): number {
  return normalizeZero(Number((value / 100).toPrecision(15)));
}
