// Checks files on all cores, each in a worker thread with a heap cap: a file that exhausts its worker's memory,
// runs past the time limit or crashes it is reported as that file's failure, the worker is replaced, and the
// other files go on. The process itself never holds a file's cells.
//
// Each worker is handed its next file before it finishes the current one (two in flight), so it never sits idle
// waiting for the main thread's reply: with a few milliseconds per file that round trip was a tenth of the run.
// A worker still checks one file at a time (./worker-entry.ts queues them); the time limit runs from when a file
// reaches the head of its worker's queue, and a failure is charged to that head file only — the file queued behind
// it is handed out again.
import * as os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Lang } from '../../engine/rules/types';
import type { CopyOrder } from '../copy-plan';
import type { FileOutcome, WorkerFailure } from './check-file';
import { DEFAULT_HEAP_MB, startWorker, stopWaitingWorkers } from './worker-start';
import type { CheckRequest, CheckResponse } from './worker-entry';

export interface PoolOptions {
  readonly jobs: number;
  readonly lang: Lang;
  readonly snapshots?: boolean;
  readonly profile?: string;
  /** Old-generation heap cap of each worker, in MB. */
  readonly heapMb?: number;
  /** Longest time one file may take, in ms. */
  readonly timeoutMs?: number;
  /** Per file (by index): where its worker writes the annotated copy (`check --out`). */
  readonly copyOrders?: readonly (CopyOrder | undefined)[];
  readonly onOutcome: (index: number, outcome: FileOutcome) => void;
}

export { DEFAULT_HEAP_MB };
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
/**
 * Files handed to one worker at a time: the one it checks and the one it starts next — while more files wait than
 * there are workers. Near the end each worker gets one at a time, so none sits idle while another still holds a
 * file it has not started (two in flight to the end left the lanes finishing up to two files apart).
 */
const IN_FLIGHT = 2;

export function defaultJobs(): number {
  return Math.max(
    1,
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  );
}

/** The files not yet handed out: first any handed back by a failed worker, then the rest in order. */
class WorkQueue {
  private next = 0;
  private readonly returned: number[] = [];

  constructor(private readonly count: number) {}

  take(): number | undefined {
    if (this.returned.length) return this.returned.shift();
    return this.next < this.count ? this.next++ : undefined;
  }

  get remaining(): number {
    return this.returned.length + this.count - this.next;
  }

  giveBack(indices: readonly number[]): void {
    this.returned.push(...indices);
  }
}

export async function checkInPool(files: readonly string[], options: PoolOptions): Promise<void> {
  const lanes = Math.max(1, Math.min(options.jobs, files.length));
  const adoptable = files.length > 0 && (options.heapMb ?? DEFAULT_HEAP_MB) === DEFAULT_HEAP_MB;
  stopWaitingWorkers(adoptable ? lanes : 0);
  if (files.length === 0) return;
  const queue = new WorkQueue(files.length);
  await Promise.all(Array.from({ length: lanes }, () => runLane(files, queue, lanes, options)));
}

/** One worker's lane: keeps it fed until the queue is empty, replacing it after a failure. */
function runLane(
  files: readonly string[],
  queue: WorkQueue,
  lanes: number,
  options: PoolOptions,
): Promise<void> {
  return new Promise((laneDone, laneFailed) => {
    const heapMb = options.heapMb ?? DEFAULT_HEAP_MB;
    const limit = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const inFlight: number[] = [];
    let worker: Worker | undefined;
    let timer: NodeJS.Timeout | undefined;

    const restartTimer = () => {
      clearTimeout(timer);
      timer =
        inFlight.length > 0
          ? setTimeout(() => fail({ reason: 'timed-out', detail: `${Math.round(limit / 1000)} s` }), limit)
          : undefined;
    };
    const onMessage = (message: CheckResponse) => {
      if (message.index !== inFlight[0]) return;
      inFlight.shift();
      if (!deliver(message.index, message.outcome)) return;
      restartTimer();
      feed();
    };
    const onError = (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { reason: 'out-of-memory', detail: `${heapMb} MB` }
          : { reason: 'crashed', detail: error.message.split('\n')[0] },
      );
    const onExit = (code: number) => fail({ reason: 'crashed', detail: `exit ${code}` });

    const retire = (): Promise<number> | undefined => {
      const old = worker;
      worker = undefined;
      if (!old) return undefined;
      old.off('message', onMessage);
      old.off('error', onError);
      old.off('exit', onExit);
      return old.terminate();
    };
    /** The head file failed with its worker; the files queued behind it go back to be checked by another. */
    function fail(failure: WorkerFailure): void {
      void retire();
      const [failed, ...queued] = inFlight.splice(0);
      clearTimeout(timer);
      if (failed === undefined) return;
      queue.giveBack(queued);
      if (deliver(failed, { ok: false, failure })) feed();
    }
    /** Hands an outcome on; a handler that throws ends this lane with its error (and stops its worker). */
    function deliver(index: number, outcome: FileOutcome): boolean {
      try {
        options.onOutcome(index, outcome);
        return true;
      } catch (error) {
        clearTimeout(timer);
        inFlight.splice(0);
        void retire();
        laneFailed(error);
        return false;
      }
    }
    function feed(): void {
      while (inFlight.length < (queue.remaining > lanes ? IN_FLIGHT : 1)) {
        const index = queue.take();
        if (index === undefined) break;
        if (!worker) {
          worker = startWorker(heapMb);
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', onExit);
        }
        inFlight.push(index);
        if (inFlight.length === 1) restartTimer();
        const request: CheckRequest = {
          index,
          file: files[index],
          lang: options.lang,
          snapshots: !!options.snapshots,
          profile: options.profile,
          copy: options.copyOrders?.[index],
        };
        worker.postMessage(request);
      }
      if (inFlight.length === 0) {
        clearTimeout(timer);
        // The worker stops in the background: the run's output need not wait for it (the process does).
        void retire()?.catch(() => undefined);
        laneDone();
      }
    }
    feed();
  });
}
