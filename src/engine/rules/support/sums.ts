/** A total and its parts in one column: the shared core of sub-total and partial-breakdown. */
import type { Field } from '../../model/tables';
import { exactSumOver } from './decimal';
import { figureOf } from './shown';

export interface PartsSum {
  /** The parts that carry a figure, in sheet order. */
  readonly counted: readonly Field[];
  readonly sum: number;
  /** The most decimals any part shows: a sum is known to that precision even when its total shows fewer. */
  readonly decimals: number;
}

/** The sum of the parts that carry a figure; undefined when none does (an all-blank breakdown says nothing). */
export function sumParts(parts: readonly (Field | undefined)[]): PartsSum | undefined {
  // One pass, no intermediate arrays: every rule that adds a column calls this for every column.
  const counted: Field[] = [];
  let decimals = -Infinity;
  // An indexed loop: the checking workers run most code unoptimised, where for…of allocates a result per step.
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const figure = figureOf(part);
    if (!figure || !part) continue;
    counted.push(part);
    decimals = Math.max(decimals, figure.decimals);
  }
  if (counted.length === 0) return undefined;
  return { counted, sum: exactSumOver(counted, figureValue), decimals };
}

function figureValue(part: Field): number {
  return figureOf(part)?.value ?? 0;
}
