import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../../src/cli/read-workbook';
import { run } from '../../src/cli/run';
import { checkWorkbook, toA1 } from '../../src/engine';
import type { Finding } from '../../src/engine/rules/types';

const SAMPLE = path.resolve(__dirname, '../../samples/seed-004-corrected.xlsx');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let file: string;
let sheet: string;
let cell: string;

// The corrected sample with its 全年预算数 total replaced by 1e308: the execution rate beside it would read 0.
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const result = checkWorkbook(workbookToGrids(workbook));
  const table = result.tables.find((t) => t.kind !== 'basic-data' && t.funding);
  if (!table || table.kind === 'basic-data' || !table.funding)
    throw new Error('no funding table in the sample');
  const at = table.funding.total.fullYearBudget.at;
  sheet = table.sheet;
  cell = toA1(at.row, at.col);
  workbook.getWorksheet(sheet)!.getCell(cell).value = 1e308;
  file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-nan-')), 'budget-1e308.xlsx');
  await workbook.xlsx.writeFile(file);
});

describe('selfeval check on a cell holding 1e308', () => {
  it('JSON: a not-a-number error at that cell, and no fix anywhere that is null, Infinity or an execution rate of 0', async () => {
    const { code, stdout } = await cli('check', file, '--format', 'json');
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/Infinity|null,\s*"role"|"fix":\s*null/);
    const findings = (JSON.parse(stdout) as { files: { findings: Finding[] }[] }).files[0].findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'not-a-number',
        severity: 'error',
        sheet,
        cell,
        actual: expect.any(String),
      }),
    );
    for (const finding of findings) {
      if ('fix' in finding)
        expect(typeof finding.fix === 'string' || Number.isFinite(finding.fix)).toBe(true);
      expect(finding.rule === 'execution-rate' && 'fix' in finding).toBe(false);
    }
  });

  it.each(['zh', 'en'])('table (%s): says it is not a valid number, never "Infinity"', async (lang) => {
    const { stdout } = await cli('check', file, '--lang', lang);
    expect(stdout).toContain(lang === 'zh' ? '不是有效数字' : 'is not a valid number');
    expect(stdout).not.toMatch(/Infini/);
  });
});
