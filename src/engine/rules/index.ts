import { buildingRate } from './building-rate';
import { crossTable } from './cross-table';
import { deductionReason } from './deduction-reason';
import { executionRate } from './execution-rate';
import { executionScore } from './execution-score';
import { figureFormat } from './figure-format';
import { fundingBreakdown } from './funding-breakdown';
import { grade } from './grade';
import { groupWeight } from './group-weight';
import { negativeAmount } from './negative-amount';
import { notANumber } from './not-a-number';
import { overBudget } from './over-budget';
import { partialBreakdown } from './partial-breakdown';
import { profileConvention } from './profile-convention';
import { scoreRange } from './score-range';
import { staffControlRate } from './staff-control-rate';
import { subTotal } from './sub-total';
import { tablePartial } from './table-partial';
import { targetUnmet } from './target-unmet';
import { totalScore } from './total-score';
import { totalWeight } from './total-weight';
import type { Rule } from './types';

/** Every built-in rule, in the order findings of one cell should read: errors of arithmetic first, notes last. */
export const ALL_RULES: readonly Rule[] = [
  notANumber,
  staffControlRate,
  subTotal,
  partialBreakdown,
  buildingRate,
  executionRate,
  executionScore,
  overBudget,
  negativeAmount,
  fundingBreakdown,
  scoreRange,
  groupWeight,
  totalWeight,
  totalScore,
  targetUnmet,
  deductionReason,
  crossTable,
  grade,
  profileConvention,
  figureFormat,
  tablePartial,
];
