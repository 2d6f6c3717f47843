import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUNDLE_BUILTINS, BUNDLE_FILE, compiledWorkerFile } from '../../src/cli/batch/worker-files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/cli/main.js');
const BATCH = path.join(ROOT, 'dist/cli/cli/batch');

describe('the built selfeval bin', () => {
  beforeAll(() => {
    // Build as `npm run build:cli` does; other folders' type errors must not stop the emit.
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch {
      /* tsc still emits on type errors; the run below shows whether the bin works */
    }
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/bundle-worker.ts'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  }, 120_000);

  it('checks the seed samples from a shell and exits 1 because they hold errors', () => {
    const result = spawnSync(process.execPath, [BIN, 'check', 'samples/seed-004.xlsx', '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('samples/seed-004.xlsx');
    expect(result.stdout).toMatch(/1 file\(s\) checked/);
    expect(result.stdout).toContain('execution-score');
    expect(result.status).toBe(1);
  });

  it('starts with a node shebang so npm can link it', () => {
    const head = spawnSync('head', ['-1', BIN], { encoding: 'utf8' }).stdout;
    expect(head.trim()).toBe('#!/usr/bin/env node');
  });

  it('starts its workers from the one-file bundle, whose code cache V8 accepts, with the same findings', async () => {
    expect(compiledWorkerFile(BATCH)).toBe(path.join(BATCH, 'worker-loader.js'));
    // The loader sets the CLI's V8 flags before it compiles the bundle with the cache; V8 must take the cache.
    const out = path.join(os.tmpdir(), `selfeval-cache-${process.pid}.tmp`);
    const rejected = await new Promise((resolve, reject) => {
      const worker = new Worker(path.join(BATCH, 'worker-loader.js'), {
        workerData: { cacheOrder: { files: [], out } },
      });
      worker.once('message', (message: { rejected?: boolean }) => {
        resolve(message.rejected);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    await fs.rm(out, { force: true });
    expect(rejected).toBe(false);
    const run = () =>
      spawnSync(process.execPath, [BIN, 'check', 'samples', '--format', 'json', '--lang', 'en'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const bundled = run();
    expect(bundled.status).toBe(1);
    // A compile newer than the bundle makes the workers start from the modules again (a stale bundle is never used).
    const entry = path.join(BATCH, 'worker-entry.js');
    const original = await fs.stat(entry);
    await fs.utimes(entry, new Date(), new Date(Date.now() + 60_000));
    try {
      expect(compiledWorkerFile(BATCH)).toBe(entry);
      const modules = run();
      expect(modules.stdout).toBe(bundled.stdout);
      expect(JSON.parse(bundled.stdout).files.length).toBeGreaterThan(5);
    } finally {
      // Seconds as fractions keep the sub-millisecond time: a Date would round it, perhaps past the bundle's.
      await fs.utimes(entry, original.atimeMs / 1000, original.mtimeMs / 1000);
    }
    expect(compiledWorkerFile(BATCH)).toBe(path.join(BATCH, 'worker-loader.js'));
  });

  it('loads every Node module the bundle needs before the V8 flags change', async () => {
    const bundle = await fs.readFile(path.join(BATCH, BUNDLE_FILE), 'utf8');
    const required = new Set([...bundle.matchAll(/require\("(node:[^"]+)"\)/g)].map((match) => match[1]));
    expect(required.size).toBeGreaterThan(2);
    expect([...required].filter((id) => !BUNDLE_BUILTINS.includes(id))).toEqual([]);
  });
});
