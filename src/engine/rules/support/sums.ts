/** A total and its parts in one column: the shared core of sub-total and partial-breakdown. */
import type { Field } from '../../model/tables';
import { exactSum } from './decimal';
import { figureOf, shownDecimals } from './shown';

export interface PartsSum {
  /** The parts that carry a figure, in sheet order. */
  readonly counted: readonly Field[];
  readonly sum: number;
  /** The most decimals any part shows: a sum is known to that precision even when its total shows fewer. */
  readonly decimals: number;
}

/** The sum of the parts that carry a figure; undefined when none does (an all-blank breakdown says nothing). */
export function sumParts(parts: readonly (Field | undefined)[]): PartsSum | undefined {
  const counted = parts.filter((part): part is Field => figureOf(part) !== undefined);
  if (counted.length === 0) return undefined;
  return {
    counted,
    sum: exactSum(counted.map((part) => figureOf(part)?.value ?? 0)),
    decimals: Math.max(...counted.map(shownDecimals)),
  };
}
