// Checks files on all cores, each in a worker thread with a heap cap: a file that exhausts its worker's memory,
// runs past the time limit or crashes it is reported as that file's failure, the worker is replaced, and the
// other files go on. The process itself never holds a file's cells.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../engine/rules/types';
import type { FileOutcome, WorkerFailure } from './check-file';
import type { CheckRequest } from './worker-entry';

export interface PoolOptions {
  readonly jobs: number;
  readonly lang: Lang;
  readonly snapshots?: boolean;
  readonly profile?: string;
  /** Old-generation heap cap of each worker, in MB. */
  readonly heapMb?: number;
  /** Longest time one file may take, in ms. */
  readonly timeoutMs?: number;
  readonly onOutcome: (index: number, outcome: FileOutcome) => void;
}

export const DEFAULT_HEAP_MB = 1024;
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

export function defaultJobs(): number {
  return Math.max(
    1,
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  );
}

export async function checkInPool(files: readonly string[], options: PoolOptions): Promise<void> {
  let next = 0;
  const lanes = Math.max(1, Math.min(options.jobs, files.length));
  const lane = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      while (next < files.length) {
        const index = next++;
        worker ??= startWorker(options.heapMb ?? DEFAULT_HEAP_MB);
        const result = await runOne(
          worker,
          {
            index,
            file: files[index],
            lang: options.lang,
            snapshots: !!options.snapshots,
            profile: options.profile,
          },
          options,
        );
        options.onOutcome(index, result.outcome);
        if (!result.reusable) {
          await worker.terminate();
          worker = undefined;
        }
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

function runOne(
  worker: Worker,
  request: CheckRequest,
  options: PoolOptions,
): Promise<{ outcome: FileOutcome; reusable: boolean }> {
  return new Promise((resolve) => {
    const finish = (outcome: FileOutcome, reusable: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ outcome, reusable });
    };
    const failed = (failure: WorkerFailure) => finish({ ok: false, failure }, false);
    const onMessage = (message: { index: number; outcome: FileOutcome }) => {
      if (message.index === request.index) finish(message.outcome, true);
    };
    const onError = (error: Error & { code?: string }) =>
      failed(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { reason: 'out-of-memory', detail: `${options.heapMb ?? DEFAULT_HEAP_MB} MB` }
          : { reason: 'crashed', detail: error.message.split('\n')[0] },
      );
    const onExit = (code: number) => failed({ reason: 'crashed', detail: `exit ${code}` });
    const limit = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(
      () => failed({ reason: 'timed-out', detail: `${Math.round(limit / 1000)} s` }),
      limit,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

function startWorker(heapMb: number): Worker {
  const compiled = path.join(__dirname, 'worker-entry.js');
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 };
  if (existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  // Running from TypeScript sources (tests, tsx): the worker loads them through tsx's require hook.
  const source = path.join(__dirname, 'worker-entry.ts');
  // Resolved here, from the project, whatever the working directory of the run.
  const tsx = require.resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
