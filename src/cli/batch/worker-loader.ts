// The checking worker's first module in a built CLI. A fresh worker otherwise spends ~25 ms resolving and
// compiling the ~90 modules of the reader and engine, and then compiles each function again as it first runs:
// on a 2-core machine, for a batch of small files, that start-up is a tenth of the run. So the build
// (scripts/bundle-worker.ts) puts the worker into one file, worker-bundle.js, and keeps V8's code cache for it
// (worker-bundle.cache: the bytecode of the functions a check of the samples ran). Here the bundle is compiled
// with that cache; V8 checks the cache itself and ignores one made by another V8 or with other flags.
//
// The tiering flag (./v8-tuning.ts) is set here, just before the bundle is compiled, so the cache always meets the
// flags it was made with, whichever worker sets them first. The Node modules the bundle needs are loaded before
// it: once the flag is set, a Node module loaded for the first time compiles without Node's own cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckRequest, CheckResponse } from './worker-entry';
import { tuneForShortTasks } from './v8-tuning';
import { BUNDLE_BUILTINS, BUNDLE_FILE, CACHE_FILE } from './worker-files';

/** Asked of a worker started by the build: check these files, then write the code cache to `out`. */
export interface CacheOrder {
  readonly files: readonly string[];
  readonly out: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for their side effect, in this order
for (const id of BUNDLE_BUILTINS) require(id);
tuneForShortTasks();

const bundle = path.join(__dirname, BUNDLE_FILE);
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(path.join(__dirname, CACHE_FILE));
} catch {
  // No cache: the bundle compiles as usual.
}
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`,
  { filename: bundle, cachedData },
);
const loaded = { exports: {} as { answer?: (request: CheckRequest) => Promise<CheckResponse> } };
(script.runInThisContext() as (...args: unknown[]) => void)(
  loaded.exports,
  createRequire(bundle),
  loaded,
  bundle,
  __dirname,
);

const order = (workerData as { cacheOrder?: CacheOrder } | undefined)?.cacheOrder;
if (order) void writeCache(order);

async function writeCache({ files, out }: CacheOrder): Promise<void> {
  const answer = loaded.exports.answer;
  if (!answer) throw new Error('the worker bundle exports no answer()');
  let index = 0;
  for (const lang of ['zh', 'en'] as const)
    for (const file of files) await answer({ index: index++, file, lang, snapshots: lang === 'en' });
  writeFileSync(out, script.createCachedData());
  parentPort?.postMessage({
    cacheWritten: out,
    rejected: cachedData ? script.cachedDataRejected : undefined,
  });
}
