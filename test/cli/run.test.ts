import { loadSheetJs } from '../../src/cli/read/sheetjs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { parseA1Area } from '../../src/engine/grid/a1';
import type { Finding } from '../../src/engine/rules/types';

const SAMPLES = path.resolve(__dirname, '../../samples');
const sample = (name: string) => path.join(SAMPLES, name);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err };
}

interface JsonReport {
  files: {
    file: string;
    tables: { sheet: string; kind: string; range: string; profile?: string }[];
    findings: Finding[];
  }[];
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-cli-'));
});

describe('selfeval check --format json', () => {
  it('prints { files: [ { file, tables: [ { sheet, kind, range, profile } ], findings } ] } and nothing else', async () => {
    const { code, stdout } = await cli('check', sample('seed-004.xlsx'), '--format', 'json');
    const report = JSON.parse(stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['files', 'failed']);
    expect(Object.keys(report.files[0])).toEqual(['file', 'tables', 'findings']);
    for (const table of report.files[0].tables)
      expect(Object.keys(table).sort()).toEqual(['kind', 'profile', 'range', 'sheet']);
    for (const finding of report.files[0].findings) {
      expect(finding).toEqual(
        expect.objectContaining({
          sheet: expect.any(String),
          cell: expect.any(String),
          rule: expect.any(String),
          severity: expect.any(String),
        }),
      );
    }
    const hasError = report.files[0].findings.some((f) => f.severity === 'error');
    expect(code).toBe(hasError ? 1 : 0);
  });

  it('finds no error or warning in the corrected seeds and exits 0', async () => {
    const files = ['000', '002', '003', '004'].map((id) => sample(`seed-${id}-corrected.xlsx`));
    const { code, stdout } = await cli('check', ...files, '--format', 'json', '--lang', 'en');
    const report = JSON.parse(stdout) as JsonReport;
    const loud = report.files.flatMap((f) => f.findings).filter((f) => f.severity !== 'info');
    expect(loud).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('selfeval check --profile', () => {
  it('reads every table with the profile asked for, and names it in tables and findings', async () => {
    const { stdout } = await cli(
      'check',
      sample('seed-004.xlsx'),
      '--format',
      'json',
      '--profile',
      'national',
    );
    const report = JSON.parse(stdout) as JsonReport & {
      files: { tables: { profile?: string }[] }[];
    };
    const file = report.files[0];
    expect(file.tables.length).toBeGreaterThan(0);
    expect(file.tables.map((table) => table.profile)).toEqual(file.tables.map(() => 'national'));
    expect(file.findings.length).toBeGreaterThan(0);
    expect(file.findings.every((finding) => finding.profile === 'national')).toBe(true);
  });

  it('matches each table automatically without it (the seeds read as hunan)', async () => {
    const { stdout } = await cli('check', sample('seed-004.xlsx'), '--format', 'json');
    const report = JSON.parse(stdout) as { files: { tables: { profile?: string }[] }[] };
    expect(report.files[0].tables.map((table) => table.profile)).toEqual(
      report.files[0].tables.map(() => 'hunan'),
    );
  });

  it('refuses an unknown profile with the list of known ones, in both languages', async () => {
    const zh = await cli('check', sample('seed-004.xlsx'), '--profile', 'guangdong');
    expect(zh.code).toBe(2);
    expect(zh.stderr.join('\n')).toContain('national、hunan、sichuan');
    const en = await cli('check', sample('seed-004.xlsx'), '--profile', 'guangdong', '--lang', 'en');
    expect(en.stderr.join('\n')).toMatch(/--profile.*national, hunan, sichuan/);
  });

  it('shows the profile in the table heading of the terminal report', async () => {
    const { stdout } = await cli('check', sample('seed-004.xlsx'), '--lang', 'en');
    expect(stdout).toContain('profile hunan');
  });
});

describe('unusable input', () => {
  let files: Record<'missing' | 'text' | 'corrupt' | 'encrypted', string>;
  beforeAll(async () => {
    files = {
      missing: path.join(tmp, 'nowhere.xlsx'),
      text: path.join(tmp, 'notes.xlsx'),
      corrupt: path.join(tmp, 'broken.xlsx'),
      encrypted: path.join(tmp, 'locked.xlsx'),
    };
    await fs.writeFile(files.text, '这不是工作簿\n');
    const original = await fs.readFile(sample('seed-004.xlsx'));
    await fs.writeFile(files.corrupt, original.subarray(0, 2000)); // a zip cut short
    // An encrypted .xlsx is an OLE container holding these two streams.
    const { CFB } = loadSheetJs();
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.alloc(64, 1));
    CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 2));
    await fs.writeFile(files.encrypted, CFB.write(container, { type: 'buffer' }) as Buffer);
  });

  it.each([
    ['missing', '找不到该文件'],
    ['text', '不是 Excel 工作簿'],
    ['corrupt', '已损坏'],
    ['encrypted', '设有打开密码'],
  ] as const)('gives a %s file one clear line and exit 2', async (kind, words) => {
    const { code, stderr } = await cli('check', files[kind]);
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain(files[kind]);
    expect(stderr[0]).toContain(words);
    expect(stderr[0]).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says it in English with --lang en', async () => {
    const { stderr } = await cli('check', files.encrypted, '--lang', 'en');
    expect(stderr[0]).toMatch(/password-protected/);
  });

  it('still checks the other files and reports them', async () => {
    const { code, stdout, stderr } = await cli(
      'check',
      files.missing,
      sample('seed-004-corrected.xlsx'),
      files.encrypted,
      '--format',
      'json',
    );
    expect(code).toBe(2);
    expect(stderr).toHaveLength(2);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((f) => path.basename(f.file))).toEqual(['seed-004-corrected.xlsx']);
    expect(report.files[0].tables.length).toBeGreaterThan(0);
  });
});

describe('selfeval check --out', () => {
  it('writes an annotated copy that changes no value and marks every error and warning cell', async () => {
    const outDir = path.join(tmp, 'annotated');
    const { stdout } = await cli('check', sample('seed-000.xlsx'), '--format', 'json', '--out', outDir);
    const findings = (JSON.parse(stdout) as JsonReport).files[0].findings.filter(
      (f) => f.severity !== 'info',
    );
    expect(findings.length).toBeGreaterThan(0);

    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(sample('seed-000.xlsx'));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(path.join(outDir, 'seed-000.xlsx'));
    expect(after.worksheets.map((s) => s.name)).toEqual(before.worksheets.map((s) => s.name));
    let compared = 0;
    before.worksheets.forEach((sheet, k) => {
      const other = after.worksheets[k];
      expect(other.rowCount).toBe(sheet.rowCount);
      for (let r = 1; r <= Math.max(sheet.rowCount, other.rowCount); r++) {
        for (let c = 1; c <= Math.max(sheet.columnCount, other.columnCount); c++) {
          expect([r, c, other.getCell(r, c).value]).toEqual([r, c, sheet.getCell(r, c).value]);
          compared++;
        }
      }
    });
    expect(compared).toBeGreaterThan(300);

    for (const finding of findings) {
      const area = parseA1Area(finding.cell)!;
      const cell = after.getWorksheet(finding.sheet)!.getCell(area.top + 1, area.left + 1);
      const fill = cell.fill as ExcelJS.FillPattern;
      // The worst severity on the cell sets its colour: red error, amber warning, blue info.
      const onCell = findings.filter((other) => other.sheet === finding.sheet && other.cell === finding.cell);
      const worst = ['error', 'warning', 'info'].find((severity) =>
        onCell.some((f) => f.severity === severity),
      );
      expect(fill.fgColor?.argb).toBe({ error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' }[worst!]);
      const note =
        typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
      expect(note).toContain(finding.message);
      if (finding.expected) expect(note).toContain(`应为 ${finding.expected}`);
    }
  });

  it('never overwrites the input when --out is its own folder', async () => {
    const copy = path.join(tmp, 'same', 'seed-004.xlsx');
    await fs.mkdir(path.dirname(copy), { recursive: true });
    await fs.copyFile(sample('seed-004.xlsx'), copy);
    const original = await fs.readFile(copy);
    await cli('check', copy, '--out', path.dirname(copy));
    expect((await fs.readFile(copy)).equals(original)).toBe(true);
    await expect(fs.stat(path.join(tmp, 'same', 'seed-004.checked.xlsx'))).resolves.toBeTruthy();
  });
});

describe('selfeval command line', () => {
  it('shows help in both languages, or in the one asked for', async () => {
    const both = await cli('--help');
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('用法');
    expect(both.stdout).toContain('Usage');
    const en = await cli('--help', '--lang', 'en');
    expect(en.stdout).toContain('Usage');
    expect(en.stdout).not.toContain('用法');
  });

  it('rejects an unknown --format with exit 2', async () => {
    const { code, stderr } = await cli('check', sample('seed-004.xlsx'), '--format', 'xml');
    expect(code).toBe(2);
    expect(stderr.join('\n')).toContain('--format');
  });

  it('prints a table grouped by file and table, ending with a summary line', async () => {
    const { stdout } = await cli('check', sample('seed-004.xlsx'), '--lang', 'en');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(sample('seed-004.xlsx'));
    expect(stdout).toContain('Department self-assessment');
    expect(lines[lines.length - 1]).toMatch(/^1 file\(s\) checked: \d+ error/);
  });
});

describe('table output of a sheet typed as text', () => {
  it('shows a few figure-as-text notes per table and counts the rest, while JSON keeps them all', async () => {
    const file = sample('variant-seed-004-text-figures.xlsx');
    const table = await cli('check', file, '--lang', 'en');
    const json = JSON.parse((await cli('check', file, '--format', 'json')).stdout) as JsonReport;
    const infos = json.files[0].findings.filter((f) => f.severity === 'info');
    const shownInfoLines = table.stdout.split('\n').filter((line) => /^\s+\S+\s+info\s/.test(line));
    const counted = [...table.stdout.matchAll(/and (\d+) more info/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(shownInfoLines.length + counted).toBe(infos.length);
    expect(counted).toBeGreaterThan(0);
  });
});
