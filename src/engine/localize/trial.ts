/**
 * What the search needs to know of a cell holding a trial value, without building the Field it would read as:
 * the identities ask this of every figure on every trial, and a new Field (and figure) each time was most of
 * the search's allocation. `fieldWith` (system.ts) builds the same figure from the same rule.
 */
import type { NumberFigure } from '../figures/types';
import { exactSumOver, neededDecimals } from '../rules/support/decimal';
import { figureOf } from '../rules/support/shown';
import type { Lookup, Variable, VarId } from './types';

/** The decimals a figure shows once it holds `value`: its own, or more when the value needs them. */
export function decimalsHolding(
  variable: Variable,
  figure: NumberFigure | undefined,
  percent: boolean,
  value: number,
): number {
  const cap = variable.measure === 'count' ? 0 : variable.measure === 'rate' && !percent ? 4 : 2;
  return Math.max(figure?.decimals ?? 0, neededDecimals(percent ? value * 100 : value, cap));
}

/** `figureOf(fieldWith(variable, value))?.decimals ?? 0`. */
export function decimalsWith(variable: Variable, value: number | undefined): number {
  const figure = figureOf(variable.field);
  if (value === variable.value) return figure?.decimals ?? 0;
  if (value === undefined) return 0;
  return decimalsHolding(variable, figure, figure?.percent ?? variable.measure === 'rate', value);
}

/** The most decimals any of `ids` shows under `get` (-Infinity for none, as Math.max of nothing). */
export function maxDecimals(
  variables: ReadonlyMap<VarId, Variable>,
  ids: readonly VarId[],
  get: Lookup,
): number {
  let most = -Infinity;
  for (const id of ids) most = Math.max(most, decimalsWith(variables.get(id) as Variable, get(id)));
  return most;
}

/** The exact sum of the cells' values under `get` (a blank counts 0), leaving out `except`. */
export function sumUnder(ids: readonly VarId[], get: Lookup, except?: VarId): number {
  return exactSumOver(ids, (id) => get(id) ?? 0, except);
}
