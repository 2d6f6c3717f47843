// How a proxy finds its object at sync time; a null object resolves to null.
import type { CellArea } from '../../engine/grid/types';
import { SimHostError } from '../errors';
import type { SimSheet } from '../state';

export type Resolver<T> = () => T | null;

export interface RangeTarget {
  readonly sheet: SimSheet;
  readonly area: CellArea;
}

/** Calling a method on a null object is not something the adapter may rely on: the sim host fails it. */
export function required<T>(resolve: Resolver<T>, what: string): T {
  const target = resolve();
  if (target === null) {
    throw new SimHostError(
      'InvalidObjectPath',
      `The object path '${what}' isn't working: it is a null object.`,
    );
  }
  return target;
}
