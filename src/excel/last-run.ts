// The ribbon's last result, kept in the workbook's settings so a task pane opened later — in its own runtime
// when the host has no shared runtime — can say what the ribbon found. workbook.settings is read live through
// Excel.run, so the pane sees a save made by the ribbon's runtime without a refresh.
import type { Severity } from '../engine/rules/types';
import type { LastRibbonRun } from '../host/port';

export const LAST_RUN_SETTING = 'selfeval.lastRibbonRun';

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

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Whatever an older version stored: anything not shaped like a run counts as no run. */
export function parseLastRun(stored: unknown): LastRibbonRun | null {
  try {
    const value = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Partial<LastRibbonRun> | null;
    if (!value || typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at))) return null;
    const counts = value.counts as Partial<Record<Severity, unknown>> | undefined;
    if (!counts || !SEVERITIES.every((severity) => typeof counts[severity] === 'number')) return null;
    return {
      at: value.at,
      sheet: typeof value.sheet === 'string' ? value.sheet : '',
      counts: {
        error: counts.error as number,
        warning: counts.warning as number,
        info: counts.info as number,
      },
      tables: typeof value.tables === 'number' ? value.tables : 0,
    };
  } catch {
    return null;
  }
}
