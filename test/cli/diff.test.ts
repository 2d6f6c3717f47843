// `selfeval diff OLD NEW`: a sample against its corrected twin, and against itself.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import type { Comparison } from '../../src/cli/diff/compare';
import type { Finding } from '../../src/engine/rules/types';

const SAMPLES = path.resolve(__dirname, '../../samples');
const sample = (name: string) => path.join(SAMPLES, name);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err };
}

async function findingsOf(file: string): Promise<Finding[]> {
  const { stdout } = await cli('check', file, '--format', 'json');
  return (JSON.parse(stdout) as { files: { findings: Finding[] }[] }).files[0].findings;
}

const key = (f: Finding) => `${f.sheet}|${f.cell}|${f.rule}|${f.message}`;

describe.each(['seed-000', 'seed-002', 'seed-003', 'seed-004'])(
  'selfeval diff %s and its corrected twin',
  (seed) => {
    it('lists every mistake as corrected, none open or new, and exits 0', async () => {
      const mistakes = await findingsOf(sample(`${seed}.xlsx`));
      expect(mistakes.length).toBeGreaterThan(0);
      const { code, stdout } = await cli(
        'diff',
        sample(`${seed}.xlsx`),
        sample(`${seed}-corrected.xlsx`),
        '--format',
        'json',
      );
      const comparison = JSON.parse(stdout) as Comparison;
      expect(comparison.corrected.map(key).sort()).toEqual(mistakes.map(key).sort());
      expect(comparison.open).toEqual([]);
      expect(comparison.added).toEqual([]);
      expect(code).toBe(0);
    });

    it('shows the cells that changed, each with its old and new text', async () => {
      const { stdout } = await cli(
        'diff',
        sample(`${seed}.xlsx`),
        sample(`${seed}-corrected.xlsx`),
        '--format',
        'json',
      );
      const comparison = JSON.parse(stdout) as Comparison;
      expect(comparison.changes.length).toBeGreaterThan(0);
      for (const change of comparison.changes) expect(change.before).not.toBe(change.after);
    });
  },
);

describe('changed figures', () => {
  it('gives seed-004 the corrected 执行率得分 and 总分 cell by cell', async () => {
    const { stdout } = await cli(
      'diff',
      sample('seed-004.xlsx'),
      sample('seed-004-corrected.xlsx'),
      '--format',
      'json',
    );
    const changes = (JSON.parse(stdout) as Comparison).changes;
    expect(changes).toContainEqual({
      sheet: '附件2 整体支出自评表',
      cell: 'I4',
      before: '9.2',
      after: '9.01',
    });
    expect(changes).toContainEqual({
      sheet: '附件2 整体支出自评表',
      cell: 'H24',
      before: '98.2',
      after: '98.01',
    });
  });
});

describe('selfeval diff of a file against itself', () => {
  it('keeps every error and warning open, changes nothing, and exits 1', async () => {
    const file = sample('seed-004.xlsx');
    const { code, stdout } = await cli('diff', file, file, '--format', 'json');
    const comparison = JSON.parse(stdout) as Comparison;
    expect(comparison.corrected).toEqual([]);
    expect(comparison.open.map(key)).toEqual((await findingsOf(file)).map(key));
    expect(comparison.changes).toEqual([]);
    expect(code).toBe(1);
  });

  it('prints sections and a summary line in the terminal, in English with --lang en', async () => {
    const { stdout } = await cli(
      'diff',
      sample('seed-004.xlsx'),
      sample('seed-004-corrected.xlsx'),
      '--lang',
      'en',
    );
    expect(stdout).toContain('Still open (0)');
    expect(stdout).toMatch(/Corrected \(\d+\)/);
    expect(stdout.trim().split('\n').pop()).toMatch(
      /^\d+ corrected, 0 still open, 0 new, \d+ cell\(s\) changed$/,
    );
  });
});

describe('selfeval diff --report', () => {
  it('writes the comparison as a workbook with the findings and the changed cells', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-diff-'));
    const report = path.join(dir, '对比.xlsx');
    const { code } = await cli(
      'diff',
      sample('seed-000.xlsx'),
      sample('seed-000-corrected.xlsx'),
      '--report',
      report,
    );
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const findings = workbook.getWorksheet('问题对比')!;
    const statuses = Array.from(
      { length: findings.rowCount - 1 },
      (_, k) => findings.getRow(k + 2).getCell(1).value,
    );
    expect(statuses.length).toBe((await findingsOf(sample('seed-000.xlsx'))).length);
    expect(new Set(statuses)).toEqual(new Set(['已改正']));
    expect(workbook.getWorksheet('数值变化')!.rowCount).toBeGreaterThan(1);
  });

  it('exits 2 naming a file it cannot read', async () => {
    const missing = path.join(os.tmpdir(), 'selfeval-no-such-file.xlsx');
    const { code, stderr } = await cli('diff', sample('seed-000.xlsx'), missing);
    expect(code).toBe(2);
    expect(stderr.join('\n')).toContain(missing);
  });

  it('refuses a missing second file with a message saying what is missing', async () => {
    const { code, stderr } = await cli('diff', sample('seed-000.xlsx'));
    expect(code).toBe(2);
    expect(stderr.join('\n')).toContain('需要两个文件');
  });
});
