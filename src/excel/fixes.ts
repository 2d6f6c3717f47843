// Writing fixes: the value only, so each cell keeps its number format (a percent cell takes a fraction).
import { SheetCache } from './batch';
import type { OwnWrites } from '../host/own-writes';
import type { CellFix } from '../host/port';

export async function applyCellFixes(fixes: readonly CellFix[], ownWrites: OwnWrites): Promise<void> {
  if (fixes.length === 0) return;
  await Excel.run(async (context) => {
    const sheets = new SheetCache(context);
    for (const fix of fixes) {
      sheets.get(fix.sheet).getRange(fix.cell).values = [[fix.value]];
      ownWrites.expect(fix.sheet, [fix.cell]);
    }
    await context.sync();
  });
}
