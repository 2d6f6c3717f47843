// Issue 11's Done, end to end: a folder of the samples (.xlsx and .xls), a corrupt file and two same-named files
// from different sub-folders → exit 2 naming the corrupt file, one annotated copy per readable input at its path
// relative to the folder (.xls copies written as .xlsx and marked), the summary workbook and the HTML page.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import type { Finding } from '../../src/engine/rules/types';

const SAMPLES = path.resolve(__dirname, '../../samples');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

interface Report {
  files: { file: string; findings: Finding[] }[];
  failed: { file: string; reason: string }[];
}

let dir: string;
let received: string;
let readable: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-desk-'));
  received = path.join(dir, '收到的');
  await fs.mkdir(path.join(received, 'xls'), { recursive: true });
  await fs.mkdir(path.join(received, '教育局'));
  await fs.mkdir(path.join(received, '卫健委'));
  readable = [];
  for (const name of (await fs.readdir(SAMPLES)).filter((f) => f.endsWith('.xlsx'))) {
    await fs.copyFile(path.join(SAMPLES, name), path.join(received, name));
    readable.push(name);
  }
  for (const name of ['seed-004.xls', 'seed-002-corrected.xls']) {
    await fs.copyFile(path.join(SAMPLES, 'xls', name), path.join(received, 'xls', name));
    readable.push(path.join('xls', name));
  }
  await fs.copyFile(path.join(SAMPLES, 'seed-003.xlsx'), path.join(received, '教育局', '自评表.xlsx'));
  await fs.copyFile(path.join(SAMPLES, 'seed-004.xlsx'), path.join(received, '卫健委', '自评表.xlsx'));
  readable.push(path.join('教育局', '自评表.xlsx'), path.join('卫健委', '自评表.xlsx'));
  const bytes = await fs.readFile(path.join(SAMPLES, 'seed-002.xlsx'));
  await fs.writeFile(path.join(received, '损坏.xlsx'), bytes.subarray(0, 3000));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const copyOf = (relative: string) => relative.replace(/\.xls$/, '.xlsx');

describe('selfeval check FOLDER --out OUT --report 汇总.xlsx|汇总.html', () => {
  let xlsxRun: { code: number; stderr: string };
  beforeAll(async () => {
    xlsxRun = await cli(
      'check',
      received,
      '--out',
      path.join(dir, 'out'),
      '--report',
      path.join(dir, '汇总.xlsx'),
    );
  });

  it('exits 2 naming the corrupt file', () => {
    expect(xlsxRun.code).toBe(2);
    expect(xlsxRun.stderr).toMatch(/损坏\.xlsx：/);
  });

  it('writes one annotated copy per readable input at its relative path, same-named ones apart', async () => {
    const written: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) await walk(full);
        else written.push(path.relative(path.join(dir, 'out'), full));
      }
    };
    await walk(path.join(dir, 'out'));
    expect(written.sort()).toEqual(readable.map(copyOf).sort());
  });

  it('marks an .xls input in its .xlsx copy: the copy reads back with the same findings and carries notes', async () => {
    const original = await cli('check', path.join(received, 'xls', 'seed-004.xls'), '--format', 'json');
    const copy = path.join(dir, 'out', 'xls', 'seed-004.xlsx');
    const again = await cli('check', copy, '--format', 'json');
    const cells = (stdout: string) =>
      (JSON.parse(stdout) as Report).files[0].findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort();
    expect(cells(again.stdout)).toEqual(cells(original.stdout));
    expect(cells(original.stdout).length).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const noted = workbook.worksheets.flatMap((sheet) => {
      const found: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => (cell.note ? found.push(cell.address) : undefined)));
      return found;
    });
    expect(noted.length).toBeGreaterThan(0);
  });

  it('writes the summary workbook: one row per input (the corrupt one too), every finding listed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, '汇总.xlsx'));
    const [summary, findings] = workbook.worksheets;
    expect(summary.actualRowCount).toBe(1 + readable.length + 1);
    const json = JSON.parse((await cli('check', received, '--format', 'json')).stdout) as Report;
    const total = json.files.reduce((sum, file) => sum + file.findings.length, 0);
    expect(findings.actualRowCount).toBe(1 + total);
    expect(json.failed.map((f) => path.basename(f.file))).toEqual(['损坏.xlsx']);
  });

  it('writes the HTML page with a section per input', async () => {
    const run = await cli('check', received, '--report', path.join(dir, '汇总.html'));
    expect(run.code).toBe(2);
    const html = await fs.readFile(path.join(dir, '汇总.html'), 'utf8');
    for (const relative of [...readable, '损坏.xlsx']) expect(html).toContain(path.basename(relative));
    expect(html).toContain('教育局');
    expect(html).toContain('卫健委');
  });
});
