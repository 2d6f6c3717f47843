/**
 * Exact decimal arithmetic at the precision a sheet shows. Figures are compared as scaled integers
 * (9.285 at 2 decimals → 929) so binary noise never decides whether a clerk's figure is right.
 */

/** Enough digits to hold any money or rate figure a table carries without float noise. */
const SUM_DECIMALS = 6;

/**
 * `value` as a whole count of 10^-decimals, rounded half away from zero: (9.285, 2) → 929, (-1.005, 2) → -101.
 * toPrecision(15) first drops the noise of the float product (1.005 × 100 = 100.49999999999999).
 */
export function toUnits(value: number, decimals: number): number {
  const product = Math.abs(value) * 10 ** decimals;
  const units = Math.floor(clearOfHalf(product) ? product + 0.5 : Number(product.toPrecision(15)) + 0.5);
  return value < 0 && units !== 0 ? -units : units;
}

/**
 * Whether `product` sits so far from a half that dropping its float noise (rounding to 15 significant digits,
 * a change of at most 5e-15 × product) cannot move it across one. Then rounding it directly gives the same
 * units without the string round trip, which the rules would otherwise pay on every figure of every row.
 * NaN, Infinity and figures beyond 2^50 take the exact path.
 */
function clearOfHalf(product: number): boolean {
  if (!(product < 2 ** 50)) return false;
  return Math.abs(product - Math.floor(product) - 0.5) > product * 1e-14 + 1e-12;
}

/** Rounds half away from zero at `decimals` ("half-up" as a clerk and Excel's ROUND do it). */
export function roundHalfUp(value: number, decimals: number): number {
  return toUnits(value, decimals) / 10 ** decimals;
}

/** Whether two values agree once both are rounded at `decimals`. */
export function sameAt(a: number, b: number, decimals: number): boolean {
  return toUnits(a, decimals) === toUnits(b, decimals);
}

/** The sum of figures, added as scaled integers so 0.1 + 0.2 is 0.3. */
export function exactSum(values: readonly number[]): number {
  const units = values.reduce((total, value) => total + toUnits(value, SUM_DECIMALS), 0);
  return units / 10 ** SUM_DECIMALS;
}

/** `exactSum` of `valueOf` over `items` but `except` (added in the same order), without an array of values. */
export function exactSumOver<T>(items: readonly T[], valueOf: (item: T) => number, except?: T): number {
  let units = 0;
  // An indexed loop: the checking workers run most code unoptimised, where for…of allocates a result per step.
  for (let k = 0; k < items.length; k++)
    if (items[k] !== except) units += toUnits(valueOf(items[k]), SUM_DECIMALS);
  return units / 10 ** SUM_DECIMALS;
}

/** The fewest decimals (at most `cap`) that show `value` rounded at `cap` without loss: 9.01 → 2, 34 → 0. */
export function neededDecimals(value: number, cap: number): number {
  const units = toUnits(value, cap);
  for (let decimals = 0; decimals < cap; decimals++) {
    if (units % 10 ** (cap - decimals) === 0) return decimals;
  }
  return cap;
}

/** `value` rounded half-up and written with exactly `decimals` places: (9.285, 2) → "9.29", (0, 2) → "0.00". */
export function formatFixed(value: number, decimals: number): string {
  const units = toUnits(value, decimals);
  const digits = Math.abs(units)
    .toString()
    .padStart(decimals + 1, '0');
  const whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  const fraction = decimals === 0 ? '' : `.${digits.slice(-decimals)}`;
  return `${units < 0 ? '-' : ''}${whole}${fraction}`;
}
