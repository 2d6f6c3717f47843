import { executionRate } from './execution-rate';
import { executionScore } from './execution-score';
import { fundingBreakdown } from './funding-breakdown';
import { groupWeight } from './group-weight';
import { partialBreakdown } from './partial-breakdown';
import { subTotal } from './sub-total';
import { totalScore } from './total-score';
import { totalWeight } from './total-weight';
import type { Rule } from './types';

/** Every built-in rule, in the order findings of one cell should read. */
export const ALL_RULES: readonly Rule[] = [
  subTotal,
  partialBreakdown,
  executionRate,
  executionScore,
  fundingBreakdown,
  groupWeight,
  totalWeight,
  totalScore,
];
