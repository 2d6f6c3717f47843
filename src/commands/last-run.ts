// The ribbon's last result, kept in the document's settings so a task pane opened later (in its own runtime,
// when the host has no shared runtime) can show it. Uses the Common API settings, available in every host.
import type { Severity } from '../engine/rules/types';

const KEY = 'selfeval.lastRibbonRun';

export interface LastRibbonRun {
  readonly at: string; // ISO time
  readonly sheet: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly tables: number;
}

function settings(): Office.Settings | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
}

export function saveLastRun(run: LastRibbonRun): Promise<void> {
  const store = settings();
  if (!store) return Promise.resolve();
  store.set(KEY, run);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}

export function loadLastRun(): Promise<LastRibbonRun | undefined> {
  const store = settings();
  if (!store) return Promise.resolve(undefined);
  const read = () => {
    const value = store.get(KEY) as LastRibbonRun | null | undefined;
    return value && typeof value.at === 'string' ? value : undefined;
  };
  // Settings are read once at load; refresh picks up a save from the ribbon's runtime.
  return new Promise((resolve) => {
    if (typeof store.refreshAsync !== 'function') return resolve(read());
    store.refreshAsync(() => resolve(read()));
  });
}
