// Writing fixes: the value only, so each cell keeps its number format (a percent cell takes a fraction); a
// corrected formula as a formula. All or nothing (../host/fixes.ts): one read sync learns what each cell holds
// and refuses if it is not what was validated; if Excel refuses the write sync part-way, the cells go back.
import { SheetCache } from './batch';
import { errorMessage } from './errors';
import type { OwnWrites } from '../host/own-writes';
import type { CellFix } from '../host/port';
import { FixError, contentOf, firstRefused, restoreWrite, type CellContent } from '../host/fixes';

export async function applyCellFixes(fixes: readonly CellFix[], ownWrites: OwnWrites): Promise<void> {
  if (fixes.length === 0) return;
  const before = await Excel.run(async (context) => {
    const sheets = new SheetCache(context);
    const ranges = fixes.map((fix) => sheets.get(fix.sheet).getRange(fix.cell).load('values,formulas'));
    await context.sync();
    const current = ranges.map((range) => contentOf(range.values[0][0], range.formulas[0][0]));
    const changed = firstRefused(fixes, current);
    if (changed)
      throw new FixError(
        changed.code,
        changed.fix.sheet,
        changed.fix.cell,
        '',
        changed.fix.validated,
        changed.now,
      );

    const writes = new SheetCache(context);
    for (const fix of fixes) {
      const range = writes.get(fix.sheet).getRange(fix.cell);
      if (fix.formula) range.formulas = [[fix.formula]];
      else range.values = [[fix.value]];
      ownWrites.expect(fix.sheet, [fix.cell]);
    }
    try {
      await context.sync();
      return null;
    } catch (error) {
      return { current, error };
    }
  });
  if (!before) return;
  const first = fixes[0];
  const restored = await restore(fixes, before.current, ownWrites);
  throw new FixError(
    restored ? 'host-refused' : 'rollback-incomplete',
    first.sheet,
    first.cell,
    errorMessage(before.error),
  );
}

/** Writes back what every fixed cell held (whichever of the fixes took effect); true when Excel took it. */
async function restore(
  fixes: readonly CellFix[],
  before: readonly CellContent[],
  ownWrites: OwnWrites,
): Promise<boolean> {
  try {
    await Excel.run(async (context) => {
      const sheets = new SheetCache(context);
      fixes.forEach((fix, index) => {
        const range = sheets.get(fix.sheet).getRange(fix.cell);
        const write = restoreWrite(before[index]);
        if ('formula' in write) range.formulas = [[write.formula]];
        else range.values = [[write.value]];
        ownWrites.expect(fix.sheet, [fix.cell]);
      });
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
