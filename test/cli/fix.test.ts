// `selfeval fix`: the two cases end to end through real files, exit codes, and the input left alone.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { checkWorkbook } from '../../src/engine/check';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';

const SAMPLES = path.resolve(__dirname, '../../samples');
const sample = (name: string) => path.join(SAMPLES, name);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-fix-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function valueAt(file: string, sheet: string, cell: string): Promise<ExcelJS.CellValue> {
  const workbook = await loadWorkbook(file);
  return workbook.getWorksheet(sheet)?.getCell(cell).value ?? null;
}

describe('selfeval fix on seed 002 (公务用车 5.41 over 0 + 0)', () => {
  it('changes B7 only, prints it, leaves the input as it was, and exits 1 for the weights a person must settle', async () => {
    const input = sample('seed-002.xlsx');
    const bytes = await fs.readFile(input);
    const out = path.join(tmp, 'seed-002-fixed.xlsx');
    const { code, stdout } = await cli('fix', input, '--out', out);
    expect(stdout).toContain('附件1 基础数据表!B7  5.41 → 0.00  （sub-total）');
    expect(stdout).not.toMatch(/!B6 /);
    expect(code).toBe(1);
    expect(await fs.readFile(input)).toEqual(bytes);
    expect(await valueAt(out, '附件1 基础数据表', 'B7')).toBe(0);
    expect(await valueAt(out, '附件1 基础数据表', 'B6')).toBe(5.41);
    const recheck = checkWorkbook(workbookToGrids(await loadWorkbook(out)));
    expect(recheck.findings.filter((f) => f.rule === 'sub-total')).toEqual([]);
    // What stays is the weights: no single cell explains them.
    expect(new Set(recheck.findings.filter((f) => f.severity === 'error').map((f) => f.rule))).toEqual(
      new Set(['group-weight', 'total-weight']),
    );
  });

  it('check --format json marks B7 the root and B6 its consequence', async () => {
    const { stdout } = await cli('check', sample('seed-002.xlsx'), '--format', 'json');
    const findings = (JSON.parse(stdout) as { files: { findings: Record<string, unknown>[] }[] }).files[0]
      .findings;
    expect(findings.find((f) => f.cell === 'B7')).toEqual(expect.objectContaining({ role: 'root', fix: 0 }));
    const b6 = findings.find((f) => f.cell === 'B6');
    expect(b6).toEqual(expect.objectContaining({ role: 'consequence', causedBy: 'B7' }));
    expect(b6).not.toHaveProperty('fix');
  });
});

describe('selfeval fix on a 得分 of 25 over its 分值 of 20', () => {
  it('writes the 得分 back, not 总分, and the copy checks clean (exit 0)', async () => {
    const workbook = await loadWorkbook(sample('seed-004-corrected.xlsx'));
    const sheet = workbook.worksheets.find((ws) => ws.name.includes('整体支出'));
    if (!sheet) throw new Error('no overall sheet');
    // The indicator with 分值 20 (column G) and its 得分 (column H).
    let row = 0;
    sheet.eachRow((r, n) => {
      if (row === 0 && r.getCell('G').value === 20 && typeof r.getCell('H').value === 'number') row = n;
    });
    expect(row).toBeGreaterThan(0);
    const original = sheet.getCell(`H${row}`).value;
    sheet.getCell(`H${row}`).value = 25;
    const input = path.join(tmp, 'score-25.xlsx');
    await workbook.xlsx.writeFile(input);
    const out = path.join(tmp, 'score-25-fixed.xlsx');
    const { code, stdout } = await cli('fix', input, '--out', out, '--lang', 'en');
    expect(stdout).toContain(`!H${row}  25 → ${String(original)}  (score-range)`);
    expect(stdout).toContain('Re-check: no errors after the corrections');
    expect(code).toBe(0);
    const checked = await cli('check', input, '--format', 'json', '--lang', 'en');
    const findings = (JSON.parse(checked.stdout) as { files: { findings: Record<string, unknown>[] }[] })
      .files[0].findings;
    const total = findings.find((f) => f.rule === 'total-score');
    expect(total).toEqual(expect.objectContaining({ role: 'consequence', causedBy: `H${row}` }));
    expect(total).not.toHaveProperty('fix');
  });
});

describe('selfeval fix on a 满意度 分值 left blank (issue 9 attack)', () => {
  it('fills the blank 分值, says the cell was blank, and leaves 执行率分值 and 总分 alone (exit 0)', async () => {
    const workbook = await loadWorkbook(sample('seed-004-corrected.xlsx'));
    const sheet = workbook.worksheets.find((ws) => ws.name.includes('整体支出'));
    if (!sheet) throw new Error('no overall sheet');
    let row = 0;
    sheet.eachRow((r, n) => {
      if (String(r.getCell('D').value ?? '').includes('服务对象满意度')) row = n;
    });
    expect(row).toBeGreaterThan(0);
    const weight = sheet.getCell(`G${row}`).value;
    sheet.getCell(`G${row}`).value = null;
    const input = path.join(tmp, 'blank-weight.xlsx');
    await workbook.xlsx.writeFile(input);
    const out = path.join(tmp, 'blank-weight-fixed.xlsx');
    const { code, stdout } = await cli('fix', input, '--out', out);
    expect(stdout).toContain(`!G${row}  （空白） → ${String(weight)}  （group-weight）`);
    expect(stdout).not.toMatch(/!G4 |!I4 |!H24 /);
    expect(code).toBe(0);
    expect(await valueAt(out, sheet.name, `G${row}`)).toBe(weight);
  });
});

describe('selfeval fix refuses', () => {
  it('to write over its input (exit 2), however the path is spelled', async () => {
    const input = path.join(tmp, 'same.xlsx');
    await fs.copyFile(sample('seed-002.xlsx'), input);
    const bytes = await fs.readFile(input);
    for (const out of [input, path.join(tmp, '.', 'same.xlsx')]) {
      const { code, stderr } = await cli('fix', input, '--out', out);
      expect(code).toBe(2);
      expect(stderr).toContain('不能是输入文件本身');
    }
    expect(await fs.readFile(input)).toEqual(bytes);
  });

  it('a bad file (exit 2) and a missing --out (exit 2)', async () => {
    const bad = path.join(tmp, 'bad.xlsx');
    await fs.writeFile(bad, 'not a workbook');
    expect((await cli('fix', bad, '--out', path.join(tmp, 'x.xlsx'))).code).toBe(2);
    expect((await cli('fix', path.join(tmp, 'missing.xlsx'), '--out', path.join(tmp, 'y.xlsx'))).code).toBe(
      2,
    );
    expect((await cli('fix', sample('seed-002.xlsx'))).code).toBe(2);
  });

  it('to overwrite an existing copy without --force', async () => {
    const out = path.join(tmp, 'exists.xlsx');
    await fs.writeFile(out, 'keep me');
    const { code, stderr } = await cli('fix', sample('seed-004.xlsx'), '--out', out, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('--force');
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
  });
});

describe('every sample', () => {
  const files = [
    'seed-000.xlsx',
    'seed-002.xlsx',
    'seed-003.xlsx',
    'seed-004.xlsx',
    'variant-seed-003-stacked-offset.xlsx',
    'variant-seed-004-text-figures.xlsx',
    'seed-004-corrected.xlsx',
  ];
  it.each(files)(
    '%s: the copy keeps only the errors the plan left to a person, and no new one',
    async (name) => {
      const input = sample(name);
      const before = checkWorkbook(workbookToGrids(await loadWorkbook(input)));
      const out = path.join(tmp, `all-${name}`);
      const { code } = await cli('fix', input, '--out', out);
      const after = checkWorkbook(workbookToGrids(await loadWorkbook(out)), { localize: false });
      const key = (f: { sheet: string; cell: string; rule: string }) => `${f.sheet}|${f.cell}|${f.rule}`;
      const beforeErrors = new Set(before.findings.filter((f) => f.severity === 'error').map(key));
      const left = after.findings.filter((f) => f.severity === 'error');
      for (const finding of left) expect(beforeErrors).toContain(key(finding));
      const plan = before.fixPlan;
      if (plan && plan.unresolved.length === 0) expect(left).toEqual([]);
      expect(code).toBe(left.length === 0 ? 0 : 1);
    },
  );
});
