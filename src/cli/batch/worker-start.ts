// Starting a checking worker costs ~25–35 ms before it runs a line of ours (a V8 isolate and Node's bootstrap),
// then ~10 ms loading the bundled reader and engine; the main thread needs about as long to load the CLI's own
// modules.
// `selfeval check` therefore starts its workers first thing (../main.ts) so the two overlap, and the pool adopts
// them. A started worker that is not adopted is unref'd (it never keeps the process alive) and is stopped as soon
// as the pool knows how many it needs.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { compiledWorkerFile } from './worker-files';

/** Old-generation heap cap of each worker, in MB. */
export const DEFAULT_HEAP_MB = 1024;

interface Waiting {
  readonly worker: Worker;
  readonly forget: () => void;
}

const waiting: Waiting[] = [];

/** Starts `count` workers with the default heap cap ahead of need. */
export function prestartWorkers(count: number): void {
  for (let k = 0; k < count; k++) {
    const worker = spawnWorker(DEFAULT_HEAP_MB);
    worker.unref();
    // A worker that fails before it is adopted is simply dropped; the pool starts another when it needs one.
    const drop = () => {
      const at = waiting.findIndex((entry) => entry.worker === worker);
      if (at >= 0) waiting.splice(at, 1);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    waiting.push({ worker, forget: () => (worker.off('error', drop), worker.off('exit', drop)) });
  }
}

/** A started worker for the pool: a waiting one when its heap cap fits, else a new one. */
export function startWorker(heapMb: number): Worker {
  const adopted = heapMb === DEFAULT_HEAP_MB ? waiting.shift() : undefined;
  if (adopted) {
    adopted.forget();
    adopted.worker.ref();
    return adopted.worker;
  }
  return spawnWorker(heapMb);
}

/** How many started workers wait to be adopted. */
export function waitingWorkers(): number {
  return waiting.length;
}

/** Stops waiting workers beyond the first `keep`. */
export function stopWaitingWorkers(keep = 0): void {
  for (const { worker, forget } of waiting.splice(keep)) {
    forget();
    void worker.terminate();
  }
}

function spawnWorker(heapMb: number): Worker {
  const compiled = compiledWorkerFile(__dirname);
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 };
  if (compiled) return new Worker(compiled, { resourceLimits });
  // Running from TypeScript sources (tests, tsx): the worker loads them through tsx's require hook.
  const source = path.join(__dirname, 'worker-entry.ts');
  // Resolved here, from the project, whatever the working directory of the run.
  const tsx = require.resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
