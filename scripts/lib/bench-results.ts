// Each benchmark part merges its own keys into bench-results.json (git-ignored) at the repository root.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const BENCH_RESULTS = path.resolve(__dirname, '../../bench-results.json');

export async function mergeBenchResults(keys: Readonly<Record<string, unknown>>): Promise<void> {
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(await fs.readFile(BENCH_RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    /* first run, or an unreadable file: start afresh */
  }
  await fs.writeFile(BENCH_RESULTS, JSON.stringify({ ...current, ...keys }, null, 2) + '\n');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
