// The worker pool: outcomes for every file whatever happens to one of them; a file that exhausts its worker's
// heap is that file's failure, and the files after it are still checked.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeRows200k } from '../../../scripts/lib/generated-workbooks';
import type { FileOutcome } from '../../../src/cli/batch/check-file';
import { checkInPool } from '../../../src/cli/batch/pool';
import { collectInputs } from '../../../src/cli/batch/inputs';
import { identifyInputs } from '../../../src/cli/write-copy';

const SAMPLES = path.resolve(__dirname, '../../../samples');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-pool-'));
  await writeRows200k(path.join(dir, 'big.xlsx'), 60_000, 20);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it('reports a worker out of memory as that file’s failure and checks the rest', async () => {
  const files = [
    path.join(SAMPLES, 'seed-000.xlsx'),
    path.join(dir, 'big.xlsx'),
    path.join(SAMPLES, 'seed-004.xlsx'),
  ];
  const outcomes: FileOutcome[] = [];
  await checkInPool(files, { jobs: 1, lang: 'en', heapMb: 48, onOutcome: (k, o) => (outcomes[k] = o) });
  expect(outcomes[0]).toMatchObject({ ok: true });
  expect(outcomes[1]).toEqual({ ok: false, failure: { reason: 'out-of-memory', detail: '48 MB' } });
  expect(outcomes[2]).toMatchObject({ ok: true });
  const third = outcomes[2];
  expect(third.ok && third.checked.findings.length).toBeGreaterThan(0);
});

it('hands the file queued behind a failing one to a fresh worker: every file gets exactly one outcome', async () => {
  // Each worker is given its next file before it finishes the current one; when the current one exhausts the
  // heap, the queued file must be checked again elsewhere, not charged with the failure or lost.
  const samples = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-003.xlsx', 'seed-004.xlsx'].map((f) =>
    path.join(SAMPLES, f),
  );
  const files = [...samples, path.join(dir, 'big.xlsx'), ...samples, path.join(dir, 'big.xlsx'), ...samples];
  const seen = new Map<number, FileOutcome[]>();
  await checkInPool(files, {
    jobs: 2,
    lang: 'en',
    heapMb: 48,
    onOutcome: (k, o) => seen.set(k, [...(seen.get(k) ?? []), o]),
  });
  expect([...seen.keys()].sort((a, b) => a - b)).toEqual(files.map((_, k) => k));
  for (const [k, outcomes] of seen) {
    expect(outcomes).toHaveLength(1);
    if (files[k].endsWith('big.xlsx'))
      expect(outcomes[0]).toMatchObject({ ok: false, failure: { reason: 'out-of-memory' } });
    else expect(outcomes[0]).toMatchObject({ ok: true });
  }
});

it('stops a file that runs past the time limit and goes on', async () => {
  const files = [path.join(dir, 'big.xlsx'), path.join(SAMPLES, 'seed-000.xlsx')];
  const outcomes: FileOutcome[] = [];
  await checkInPool(files, { jobs: 1, lang: 'en', timeoutMs: 50, onOutcome: (k, o) => (outcomes[k] = o) });
  expect(outcomes[0]).toMatchObject({ ok: false, failure: { reason: 'timed-out' } });
  // The second file starts a fresh worker; loading it may take longer than 50 ms on a loaded machine.
  expect(outcomes).toHaveLength(2);
});

it('walks folders recursively in name order, keeping the folder each file was found under', async () => {
  const root = path.join(dir, 'inbox');
  await fs.mkdir(path.join(root, 'dept-b'), { recursive: true });
  await fs.mkdir(path.join(root, 'dept-a/sub'), { recursive: true });
  await fs.copyFile(path.join(SAMPLES, 'seed-000.xlsx'), path.join(root, 'dept-b/x.xlsx'));
  await fs.copyFile(path.join(SAMPLES, 'seed-000.xlsx'), path.join(root, 'dept-a/sub/x.XLSX'));
  await fs.copyFile(path.join(SAMPLES, 'xls/seed-000.xls'), path.join(root, 'dept-a/old.xls'));
  await fs.writeFile(path.join(root, 'dept-a/notes.txt'), 'x');
  await fs.writeFile(path.join(root, 'dept-a/~$old.xlsx'), 'lock');
  const single = path.join(SAMPLES, 'seed-004.xlsx');
  const { inputs, problems } = await collectInputs([root, single]);
  expect(problems).toEqual([]);
  expect(inputs).toEqual([
    { path: path.join(root, 'dept-a/old.xls'), root },
    { path: path.join(root, 'dept-a/sub/x.XLSX'), root },
    { path: path.join(root, 'dept-b/x.xlsx'), root },
    { path: single },
  ]);
});

it('has each worker write its file’s annotated copy, and refuses an order that points at an input', async () => {
  const out = path.join(dir, 'copies');
  const inputs = ['seed-000.xlsx', 'seed-004.xlsx'].map((f) => path.join(SAMPLES, f));
  const identity = await identifyInputs(inputs);
  const before = await fs.readFile(inputs[1]);
  const orders = [
    { target: path.join(out, 'seed-000.xlsx'), inputs: identity },
    // A wrong plan must still never overwrite an input: the worker checks again before it writes.
    { target: inputs[1], inputs: identity },
  ];
  const outcomes: FileOutcome[] = [];
  await checkInPool(inputs, {
    jobs: 2,
    lang: 'en',
    copyOrders: orders,
    onOutcome: (k, o) => (outcomes[k] = o),
  });
  const [first, second] = outcomes;
  expect(first.ok && first.checked.copy).toBe(orders[0].target);
  expect((await fs.readFile(orders[0].target)).subarray(0, 2).toString()).toBe('PK');
  expect(second.ok && second.checked.copyFailure?.reason).toBe('is-an-input');
  expect(second.ok && second.checked.findings.length).toBeGreaterThan(0);
  expect(await fs.readFile(inputs[1])).toEqual(before);
});

it('ends with the error of an outcome handler that throws, instead of crashing the process', async () => {
  const files = [path.join(SAMPLES, 'seed-000.xlsx')];
  await expect(
    checkInPool(files, {
      jobs: 1,
      lang: 'en',
      onOutcome: () => {
        throw new Error('handler failed');
      },
    }),
  ).rejects.toThrow('handler failed');
});
