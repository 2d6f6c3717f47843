// Workers started before the CLI has loaded are adopted by the pool, and the ones it does not need are stopped.
import * as path from 'node:path';
import type { FileOutcome } from '../../../src/cli/batch/check-file';
import { checkInPool, defaultJobs } from '../../../src/cli/batch/pool';
import { inputsGuessed, jobsAsked } from '../../../src/cli/batch/prestart';
import { prestartWorkers, waitingWorkers } from '../../../src/cli/batch/worker-start';

const SAMPLES = path.resolve(__dirname, '../../../samples');

it.each([
  [['check', 'a.xlsx'], undefined],
  [['check', '--jobs', '1', 'a.xlsx'], 1],
  [['check', '-j', '1', 'dir'], 1],
  [['check', '--jobs=1', 'dir'], 1],
  [['check', '--jobs', '999', 'dir'], defaultJobs()],
  [['check', '--jobs', 'two', 'dir'], 0],
  [['check', '--jobs', '0', 'dir'], 0],
])('guesses the workers %j asks for', (argv, expected) => {
  expect(jobsAsked(argv)).toBe(expected);
});

it.each([
  [['samples/seed-000.xlsx'], 1],
  [['samples/seed-000.xlsx', '--format', 'json', '--out', 'samples'], 1],
  [['samples/seed-000.xlsx', 'samples/seed-004.xlsx', '--lang=en'], 2],
  [['--jobs', '2', 'samples'], Infinity],
  [['--format', 'json'], 0],
  [['missing.xlsx'], 1],
])('guesses how many inputs %j names (a folder: as many as can run)', (args, expected) => {
  expect(inputsGuessed(args)).toBe(expected);
});

it('adopts started workers, stops the ones a run does not need, and checks as without them', async () => {
  prestartWorkers(3);
  expect(waitingWorkers()).toBe(3);
  const files = ['seed-000.xlsx', 'seed-004.xlsx'].map((f) => path.join(SAMPLES, f));
  const outcomes: FileOutcome[] = [];
  await checkInPool(files, { jobs: 1, lang: 'en', onOutcome: (k, o) => (outcomes[k] = o) });
  // One lane adopted one worker; the other two were stopped when the pool saw it needed one.
  expect(waitingWorkers()).toBe(0);
  expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
  const fresh: FileOutcome[] = [];
  await checkInPool(files, { jobs: 2, lang: 'en', onOutcome: (k, o) => (fresh[k] = o) });
  expect(fresh).toEqual(outcomes);
});
