import type { RuleReport } from '../types';

/**
 * The report `check` gives for each item, skipping items it has nothing to say about. A loop rather than
 * flatMap: nearly every row of a table reports nothing, and an empty array for each is garbage to collect.
 */
export function reportsOf<T>(items: readonly T[], check: (item: T) => RuleReport | undefined): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const item of items) {
    const report = check(item);
    if (report) reports.push(report);
  }
  return reports;
}
