import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/cli/main.js');

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
  });

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
});
