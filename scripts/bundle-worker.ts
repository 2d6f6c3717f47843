// Part of `npm run build:cli`, after tsc: the checking worker as one file plus V8's code cache for it (see
// src/cli/batch/worker-loader.ts for why). The cache is made by a worker started the way the CLI starts its own
// (its loader sets the same V8 flags), after it has checked the samples in both languages. Nothing here may fail the build: without
// a bundle or a cache the CLI starts its workers from the compiled modules, only a little slower.
import { build } from 'esbuild';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'dist/cli/cli/batch');

async function main(): Promise<void> {
  // Loaded from the build it completes, so the file names are the CLI's own.
  /* eslint-disable @typescript-eslint/no-require-imports -- the compiled CLI, loaded at run time */
  const files = require(path.join(DIR, 'worker-files.js')) as typeof import('../src/cli/batch/worker-files');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const bundle = path.join(DIR, files.BUNDLE_FILE);
  const cache = path.join(DIR, files.CACHE_FILE);
  await fs.rm(cache, { force: true });
  await build({
    entryPoints: [path.join(DIR, 'worker-entry.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Loaded only for what needs them (.xls files, summary workbooks), from node_modules as usual.
    external: ['@e965/xlsx', 'exceljs'],
    outfile: bundle,
    logLevel: 'warning',
  });
  const samples = path.join(ROOT, 'samples');
  const inputs = (await fs.readdir(samples).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => path.join(samples, name));
  if (inputs.length === 0)
    return console.warn('bundle-worker: no samples to warm the code cache with; none written');
  const temporary = `${cache}.${process.pid}.tmp`;
  const written = await new Promise<boolean>((resolve) => {
    const worker = new Worker(path.join(DIR, 'worker-loader.js'), {
      workerData: { cacheOrder: { files: inputs, out: temporary } },
    });
    worker.once('message', () => resolve(true));
    worker.once(
      'error',
      (error) => (console.warn(`bundle-worker: no code cache (${error.message})`), resolve(false)),
    );
    worker.once('exit', () => resolve(false));
  });
  if (written) await fs.rename(temporary, cache);
  else await fs.rm(temporary, { force: true });
  process.exit(0);
}

main().catch((error: unknown) => {
  console.warn(
    `bundle-worker: the worker stays unbundled (${error instanceof Error ? error.message : String(error)})`,
  );
  void fs.rm(path.join(DIR, 'worker-bundle.js'), { force: true }).finally(() => process.exit(0));
});
