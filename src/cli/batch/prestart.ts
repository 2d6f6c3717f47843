// `selfeval check …` starts its workers before the rest of the CLI loads (see ./worker-start.ts). The guess of how
// many is cheap on purpose: one per file named, as many as `--jobs` (or cores) when a folder is named; the pool
// stops any it does not need. A worker started for nothing costs ~30 MB while it lives, so a single file gets one.
import { statSync } from 'node:fs';
import { defaultJobs } from './pool';
import { prestartWorkers } from './worker-start';

export function prestartForCommandLine(argv: readonly string[]): void {
  if (argv[0] !== 'check' || argv.includes('--help') || argv.includes('-h')) return;
  const jobs = jobsAsked(argv) ?? defaultJobs();
  prestartWorkers(Math.min(jobs, inputsGuessed(argv.slice(1))));
}

export function jobsAsked(argv: readonly string[]): number | undefined {
  for (let k = 1; k < argv.length; k++) {
    const arg = argv[k];
    const value =
      arg === '--jobs' || arg === '-j' ? argv[k + 1] : arg.startsWith('--jobs=') ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    const jobs = Number(value);
    // A bad value is run.ts's to report; starting no worker for it costs nothing.
    return Number.isInteger(jobs) && jobs >= 1 ? Math.min(jobs, defaultJobs()) : 0;
  }
  return undefined;
}

/** How many files `check`'s arguments name: each file counts one, a folder counts as many as can run. */
export function inputsGuessed(args: readonly string[]): number {
  let files = 0;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg.startsWith('-')) {
      // Every option of check but --help takes a value: `--out DIR` names no input.
      if (!arg.includes('=') && arg !== '--help' && arg !== '-h') k++;
      continue;
    }
    try {
      if (statSync(arg).isDirectory()) return Infinity;
    } catch {
      // A missing file is still an input (reported when read).
    }
    files++;
  }
  return files;
}
