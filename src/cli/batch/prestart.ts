// `selfeval check …` starts its workers before the rest of the CLI loads (see ./worker-start.ts). The guess of how
// many is cheap on purpose: `--jobs N` when given plainly, else one per core; the pool stops any it does not need.
import { defaultJobs } from './pool';
import { prestartWorkers } from './worker-start';

export function prestartForCommandLine(argv: readonly string[]): void {
  if (argv[0] !== 'check' || argv.includes('--help') || argv.includes('-h')) return;
  prestartWorkers(jobsAsked(argv) ?? defaultJobs());
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
