import type { Rule } from './types';

/** Every built-in rule, in the order findings of one cell should read. */
export const ALL_RULES: readonly Rule[] = [];
