import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { run } from '../../src/cli/run';
import { loadWorkbook, workbookToGrids, worksheetToGrid } from '../../src/cli/read-workbook';
import { checkWorkbook } from '../../src/engine/check';
import type { SheetGrid } from '../../src/engine/grid/types';
import { findPreset, planBlockInsertion, type InsertPosition } from '../../src/engine/presets';
import { expectMergesKept, expectOnlyPlannedChanges, indicatorSection } from '../engine/presets/helpers';

const SAMPLES = path.resolve(__dirname, '../../samples');
let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-presets-'));
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function grids(file: string): Promise<SheetGrid[]> {
  return workbookToGrids(await loadWorkbook(file));
}

function errors(sheets: readonly SheetGrid[]): string[] {
  return checkWorkbook(sheets)
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.sheet}!${finding.cell} ${finding.rule}`);
}

describe('selfeval new', () => {
  it.each([
    ['overall-self-eval', 'hunan-cost-first', 'petition'],
    ['project-self-eval', 'national', 'project'],
    ['basic-data', 'national', 'department'],
  ])(
    'writes a blank %s (%s, %s) that checks clean once read back from the .xlsx',
    async (kind, scheme, preset) => {
      const out = path.join(tmp, `${kind}.xlsx`);
      const result = await cli(
        'new',
        '--kind',
        kind,
        '--scheme',
        scheme,
        '--preset',
        preset,
        '--year',
        '2024',
        '--out',
        out,
      );
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const sheets = await grids(out);
      const checked = checkWorkbook(sheets);
      expect(checked.summaries.map((summary) => summary.kind)).toEqual([kind]);
      expect(checked.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
      expect(sheets[0].merges.length).toBeGreaterThan(5);
    },
  );

  it('keeps 执行率 and 总分 as formulas in the file', async () => {
    const out = path.join(tmp, 'formulas.xlsx');
    await cli('new', '--kind', 'overall-self-eval', '--year', '2024', '--out', out);
    const [sheet] = await grids(out);
    expect(sheet.cellAt(3, 7)?.formula).toBe('=IF(E4=0,"",F4/E4)');
    const section = indicatorSection(sheet);
    expect(sheet.cellAt(section.total?.row ?? 0, section.columns.score)?.formula).toMatch(
      /^=SUM\(H\d+:H\d+,I4\)$/,
    );
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const out = path.join(tmp, 'exists.xlsx');
    await fs.writeFile(out, 'keep me');
    const result = await cli('new', '--kind', 'basic-data', '--out', out);
    expect(result.code).toBe(2);
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
  });

  it('names the allowed values for an unknown --scheme', async () => {
    const result = await cli(
      'new',
      '--kind',
      'overall-self-eval',
      '--scheme',
      'nope',
      '--out',
      path.join(tmp, 'x.xlsx'),
      '--lang',
      'en',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('national, hunan-cost-last, hunan-cost-first');
  });
});

describe('selfeval insert', () => {
  async function insertCase(
    sample: string,
    sheetName: string,
    presetId: string,
    position: InsertPosition,
    args: string[],
  ) {
    const input = path.join(SAMPLES, sample);
    const out = path.join(tmp, `${path.basename(sample, '.xlsx')}-${presetId}-${args.join('')}.xlsx`);
    const beforeBook = await loadWorkbook(input);
    const worksheet = beforeBook.getWorksheet(sheetName);
    if (!worksheet) throw new Error(sheetName);
    const before = worksheetToGrid(worksheet);
    const preset = findPreset(presetId);
    if (!preset) throw new Error(presetId);
    const plan = planBlockInsertion({
      grid: before,
      section: indicatorSection(before),
      preset,
      position,
      year: 2024,
    });
    const result = await cli(
      'insert',
      input,
      '--sheet',
      sheetName,
      '--preset',
      presetId,
      ...args,
      '--year',
      '2024',
      '--out',
      out,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const afterSheets = await grids(out);
    const after = afterSheets.find((sheet) => sheet.name === sheetName);
    if (!after) throw new Error('sheet lost');
    return { before, after, plan, beforeSheets: workbookToGrids(beforeBook), afterSheets, result };
  }

  it('adds the 12345 hotline’s 效益 rows to seed 004, keeping every value and merge, with no new errors', async () => {
    const { before, after, plan, beforeSheets, afterSheets } = await insertCase(
      'seed-004-corrected.xlsx',
      '附件2 整体支出自评表',
      'hotline-12345',
      { group: 'benefit' },
      ['--group', '效益指标'],
    );
    expectOnlyPlannedChanges(before, after, plan);
    expectMergesKept(before, after, plan);
    expect(errors(afterSheets)).toEqual(errors(beforeSheets));
    expect(indicatorSection(after).groups.find((group) => group.kind === 'benefit')?.rows.length).toBe(6);
  });

  it('adds the petition office’s 产出 rows at a row inside 产出指标 of seed 003 (成本指标 first)', async () => {
    const input = await loadWorkbook(path.join(SAMPLES, 'seed-003-corrected.xlsx'));
    const sheet = worksheetToGrid(input.getWorksheet('附件2 整体支出自评表') ?? input.worksheets[0]);
    const output = indicatorSection(sheet).groups.find((group) => group.kind === 'output');
    const row = (output?.labelAt.row ?? 0) + 1;
    const { before, after, plan, beforeSheets, afterSheets } = await insertCase(
      'seed-003-corrected.xlsx',
      '附件2 整体支出自评表',
      'petition',
      { row },
      ['--at', String(row + 1)],
    );
    expectOnlyPlannedChanges(before, after, plan);
    expectMergesKept(before, after, plan);
    expect(errors(afterSheets)).toEqual(errors(beforeSheets));
    expect(indicatorSection(after).groups.map((group) => group.kind)).toEqual([
      'cost',
      'output',
      'benefit',
      'satisfaction',
    ]);
  });

  it('refuses --out naming the input by another spelling, and leaves the input alone', async () => {
    const copy = path.join(tmp, 'input.xlsx');
    await fs.copyFile(path.join(SAMPLES, 'seed-004-corrected.xlsx'), copy);
    const stat = await fs.stat(copy);
    const other = `${tmp}${path.sep}.${path.sep}input.xlsx`;
    const result = await cli('insert', copy, '--preset', 'department', '--group', '产出', '--out', other);
    expect(result.code).toBe(2);
    expect((await fs.stat(copy)).mtimeMs).toBe(stat.mtimeMs);
  });

  it('explains a row outside the indicator section', async () => {
    const result = await cli(
      'insert',
      path.join(SAMPLES, 'seed-004-corrected.xlsx'),
      '--preset',
      'department',
      '--at',
      '2',
      '--out',
      path.join(tmp, 'o.xlsx'),
      '--lang',
      'en',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/outside the indicator section/);
  });
});

describe('selfeval new, then insert', () => {
  it('widens the template’s 总分 SUM over rows added to the last group and copies the row’s borders', async () => {
    const blank = path.join(tmp, 'blank.xlsx');
    const filled = path.join(tmp, 'blank-plus.xlsx');
    await cli(
      'new',
      '--kind',
      'overall-self-eval',
      '--scheme',
      'hunan-cost-last',
      '--year',
      '2024',
      '--out',
      blank,
    );
    const result = await cli(
      'insert',
      blank,
      '--preset',
      'hotline-12345',
      '--group',
      '成本指标',
      '--year',
      '2024',
      '--out',
      filled,
    );
    expect(result.code).toBe(0);
    const [before] = await grids(blank);
    const [after] = await grids(filled);
    const section = indicatorSection(before);
    const total = section.total?.row ?? 0;
    const first = section.headerRow + 2;
    expect(before.cellAt(total, section.columns.score)?.formula).toBe(`=SUM(H${first}:H${total},I4)`);
    expect(after.cellAt(total + 1, section.columns.score)?.formula).toBe(`=SUM(H${first}:H${total + 1},I4)`);
    expect(after.cellAt(total, section.columns.level3)?.value).toBe('热线运行经费控制率');
    const book = await loadWorkbook(filled);
    const border = book.worksheets[0].getCell(total + 1, section.columns.level3 + 1).border;
    expect(border?.top?.style).toBe('thin');
  });
});
