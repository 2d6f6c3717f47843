// Error localisation and the one fix plan: see plan.ts and the README's "Fix plan".
import { checkWorkbook, type CheckOptions } from '../check';
import type { SheetGrid } from '../grid/types';
import type { FixPlan } from './plan';

export type { FixPlan, FixChange, Recalculated, Unresolved, Localized } from './plan';
export { applyPlanToGrids } from './apply';

/** The fix plan for a workbook: what 全部修正, the ribbon and `selfeval fix` write. Pure. */
export function planFixes(
  sheets: readonly SheetGrid[],
  options: Omit<CheckOptions, 'localize'> = {},
): FixPlan {
  return (
    checkWorkbook(sheets, { ...options, localize: true }).fixPlan ?? {
      changes: [],
      recalculated: [],
      unresolved: [],
    }
  );
}
