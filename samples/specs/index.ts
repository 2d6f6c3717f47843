// The seeds' attachment tables as the finance bureau's templates lay them out, with their real figures and
// real mistakes, plus a corrected variant of each. Recognition and rule tests import these.
export * from './types';
export * from './layout';
export { pct, money, FW_SPACE } from './cells';
export { seed000, seed000Corrected } from './seed000';
export { seed002, seed002Corrected } from './seed002';
export { seed003, seed003Corrected } from './seed003';
export { seed004, seed004Corrected, seed004BlankProject } from './seed004';

import { seed000, seed000Corrected } from './seed000';
import { seed002, seed002Corrected } from './seed002';
import { seed003, seed003Corrected } from './seed003';
import { seed004, seed004Corrected } from './seed004';
import type { SeedSpec } from './types';

export const SEEDS: readonly SeedSpec[] = [seed000, seed002, seed003, seed004];
export const CORRECTED_SEEDS: readonly SeedSpec[] = [
  seed000Corrected,
  seed002Corrected,
  seed003Corrected,
  seed004Corrected,
];
