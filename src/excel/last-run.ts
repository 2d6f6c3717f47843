// The ribbon's last result, kept in the workbook's settings so a task pane opened later — in its own runtime
// when the host has no shared runtime — can say what the ribbon found. workbook.settings is read live through
// Excel.run, so the pane sees a save made by the ribbon's runtime without a refresh.
import { LAST_RUN_SETTING, parseLastRun } from '../host/last-run';
import type { LastRibbonRun } from '../host/port';

export { LAST_RUN_SETTING, parseLastRun };

export async function saveLastRun(run: LastRibbonRun): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(LAST_RUN_SETTING, JSON.stringify(run));
    await context.sync();
  });
}

export async function loadLastRun(): Promise<LastRibbonRun | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(LAST_RUN_SETTING).load('value');
    await context.sync();
    return setting.isNullObject ? null : parseLastRun(setting.value);
  });
}
