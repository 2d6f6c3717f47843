// The ribbon's last result as kept in a workbook (Excel: workbook.settings; WPS: the state sheet), so a pane
// opened later can say what the ribbon found. Parsing is the same for every host.
import type { Severity } from '../engine/rules/types';
import type { LastRibbonRun } from './port';

export const LAST_RUN_SETTING = 'selfeval.lastRibbonRun';

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
