// Where a checking worker starts, in a built CLI: the one-file bundle through its loader (./worker-loader.ts)
// when the build made one after the last compile, else the compiled modules as they are.
import { statSync } from 'node:fs';
import * as path from 'node:path';

export const BUNDLE_FILE = 'worker-bundle.js';
export const CACHE_FILE = 'worker-bundle.cache';
/** Every Node module the bundle requires (a test holds the bundle to this list): the loader loads them first. */
export const BUNDLE_BUILTINS: readonly string[] = [
  'node:fs',
  'node:path',
  'node:path/posix',
  'node:v8',
  'node:worker_threads',
  'node:zlib',
];

/** The compiled worker to start, or undefined when running from the TypeScript sources. */
export function compiledWorkerFile(dir: string): string | undefined {
  const entry = path.join(dir, 'worker-entry.js');
  const entryTime = mtimeOf(entry);
  if (entryTime === undefined) return undefined;
  // tsc rewrites every module it emits: a bundle older than them no longer holds the code (a rebuild without
  // the bundling step, as tests do), so the modules are used instead.
  const bundleTime = mtimeOf(path.join(dir, BUNDLE_FILE));
  return bundleTime !== undefined && bundleTime >= entryTime ? path.join(dir, 'worker-loader.js') : entry;
}

function mtimeOf(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
