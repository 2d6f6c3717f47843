// `selfeval check … --report 汇总.xlsx|汇总.html`: the reviewer's summary of a batch with a corrupt file and two
// same-named files from different folders.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import type { Finding } from '../../src/engine/rules/types';

const SAMPLES = path.resolve(__dirname, '../../samples');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err };
}

let dir: string;
let inputs: string[];
let findingsByFile: Map<string, Finding[]>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-report-'));
  await fs.mkdir(path.join(dir, '收到的', '教育局'), { recursive: true });
  await fs.mkdir(path.join(dir, '收到的', '卫健委'), { recursive: true });
  inputs = [];
  for (const name of ['seed-000.xlsx', 'seed-002.xlsx', 'seed-004-corrected.xlsx']) {
    const target = path.join(dir, '收到的', name);
    await fs.copyFile(path.join(SAMPLES, name), target);
    inputs.push(target);
  }
  const sameA = path.join(dir, '收到的', '教育局', '自评表.xlsx');
  const sameB = path.join(dir, '收到的', '卫健委', '自评表.xlsx');
  await fs.copyFile(path.join(SAMPLES, 'seed-003.xlsx'), sameA);
  await fs.copyFile(path.join(SAMPLES, 'seed-004.xlsx'), sameB);
  const corrupt = path.join(dir, '收到的', '损坏.xlsx');
  await fs.writeFile(corrupt, (await fs.readFile(path.join(SAMPLES, 'seed-002.xlsx'))).subarray(0, 3000));
  inputs.push(sameA, sameB, corrupt);
  const json = await cli('check', ...inputs, '--format', 'json');
  const parsed = JSON.parse(json.stdout) as { files: { file: string; findings: Finding[] }[] };
  findingsByFile = new Map(parsed.files.map((f) => [f.file, f.findings]));
});

describe('--report 汇总.xlsx', () => {
  let workbook: ExcelJS.Workbook;
  let result: { code: number; stderr: string[] };
  beforeAll(async () => {
    result = await cli(
      'check',
      ...inputs,
      '--report',
      path.join(dir, '汇总.xlsx'),
      '--out',
      path.join(dir, '标注'),
    );
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, '汇总.xlsx'));
  });

  it('exits 2 naming the corrupt file, and still writes the summary', () => {
    expect(result.code).toBe(2);
    expect(result.stderr.some((line) => line.includes('损坏.xlsx') && line.includes('已损坏'))).toBe(true);
    expect(result.stderr.some((line) => line.includes('已写出汇总报告'))).toBe(true);
  });

  it('has one row per file, worst first: the unreadable file, then by errors', () => {
    const sheet = workbook.getWorksheet('汇总');
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '序号',
      '文件',
      '单位名称',
      '年度',
      '识别表数',
      '表中总分',
      '复算总分',
      '等级',
      '错误',
      '警告',
      '提示',
      '状态',
      '标注副本',
    ]);
    const rows = Array.from({ length: sheet!.rowCount - 1 }, (_, k) => sheet!.getRow(k + 2));
    expect(rows).toHaveLength(inputs.length);
    expect(String(rows[0].getCell(2).value)).toContain('损坏.xlsx');
    expect(String(rows[0].getCell(12).value)).toMatch(/^无法读取：.*已损坏/);
    expect(rows[0].getCell(9).value).toBeNull();
    const errors = rows.slice(1).map((row) => Number(row.getCell(9).value));
    const expectedErrors = inputs
      .filter((file) => findingsByFile.has(file))
      .map((file) => findingsByFile.get(file)!.filter((f) => f.severity === 'error').length)
      .sort((a, b) => b - a);
    expect(errors).toEqual(expectedErrors);
    // Both same-named files are there, each with its own folder.
    const names = rows.map((row) => String(row.getCell(2).value));
    expect(names.filter((name) => name.endsWith('自评表.xlsx'))).toHaveLength(2);
  });

  it('states unit, year, stated and recomputed 总分 and grade for a scored file', () => {
    const sheet = workbook.getWorksheet('汇总')!;
    const row = Array.from({ length: sheet.rowCount - 1 }, (_, k) => sheet.getRow(k + 2)).find((r) =>
      String(r.getCell(2).value).endsWith('seed-004-corrected.xlsx'),
    )!;
    expect(String(row.getCell(3).value)).toMatch(/\S/);
    expect(row.getCell(4).value).toBe(2024);
    expect(row.getCell(6).value).toBeCloseTo(98.01, 2);
    expect(row.getCell(7).value).toBeCloseTo(98.01, 2);
    expect(row.getCell(6).numFmt).toBe('0.00');
    expect(row.getCell(8).value).toBe('优');
    expect(row.getCell(9).value).toBe(0);
  });

  it('links each checked file to its annotated copy, relative to the report', async () => {
    const sheet = workbook.getWorksheet('汇总')!;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(13);
      if (String(sheet.getRow(r).getCell(2).value).includes('损坏')) {
        expect(cell.value).toBeFalsy();
        continue;
      }
      const link = (cell.value as ExcelJS.CellHyperlinkValue).hyperlink;
      expect(link.startsWith('标注/')).toBe(true);
      await expect(fs.stat(path.join(dir, link))).resolves.toBeDefined();
    }
  });

  it('is a reviewer sheet: frozen header, filters, print titles', () => {
    for (const name of ['汇总', '问题清单']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getCell('A1').font?.bold).toBe(true);
    }
  });

  it('lists every finding of every readable file on the second sheet', () => {
    const sheet = workbook.getWorksheet('问题清单')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['文件', '单位名称', '工作表', '单元格', '级别', '规则', '应为', '实为', '说明']);
    const listed = Array.from({ length: sheet.rowCount - 1 }, (_, k) => sheet.getRow(k + 2)).map((row) =>
      [row.getCell(1).value, row.getCell(3).value, row.getCell(4).value, row.getCell(6).value].join('|'),
    );
    const expected = [...findingsByFile.entries()].flatMap(([file, findings]) =>
      findings.map((f) => [file, f.sheet, f.cell, f.rule].join('|')),
    );
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('--report 汇总.html', () => {
  let html: string;
  beforeAll(async () => {
    await cli('check', ...inputs, '--report', path.join(dir, '汇总.html'), '--lang', 'en');
    html = await fs.readFile(path.join(dir, '汇总.html'), 'utf8');
  });

  it('is one self-contained file: no script, no external stylesheet, image or font', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('has a section per file, the unreadable one saying why', () => {
    const sections = html.match(/<section /g) ?? [];
    expect(sections).toHaveLength(inputs.length);
    expect(html).toMatch(/Could not be read: .*corrupt/);
  });

  it('colours every error and warning cell in the grids and numbers it like its finding', () => {
    for (const [, findings] of findingsByFile)
      for (const finding of findings.filter((f) => f.severity !== 'info')) {
        const topLeft = finding.cell.split(':')[0];
        expect(html).toMatch(new RegExp(`class="sev-${finding.severity}[^"]*" title="${topLeft}"`));
      }
  });

  it('prints on A4', () => {
    expect(html).toContain('@page{size:A4 portrait');
    expect(html).toContain('@media print');
  });
});

describe('--report safety and peers', () => {
  it('never writes the report over an input', async () => {
    const before = await fs.readFile(inputs[0]);
    const { code, stderr } = await cli('check', inputs[0], '--report', inputs[0]);
    expect(code).toBe(2);
    expect(stderr.join('\n')).toContain('--report');
    expect((await fs.readFile(inputs[0])).equals(before)).toBe(true);
  });

  it('prints the HTML page to stdout with --format html', async () => {
    const { stdout } = await cli('check', inputs[0], '--format', 'html');
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).toContain('<table class="grid">');
  });
});

describe('--report with an ending no format has', () => {
  it('says which endings work, before checking anything', async () => {
    const { code, stderr } = await cli('check', inputs[0], '--report', path.join(dir, '汇总.pdf'));
    expect(code).toBe(2);
    expect(stderr.join('\n')).toMatch(/\.xlsx、\.html/);
  });
});
