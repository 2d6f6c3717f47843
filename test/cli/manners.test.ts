// The command line's manners: one language per message, did-you-mean, help and version, messages that say what
// is missing and what is allowed, and insert's year taken from the table.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { findSheet } from '../../src/cli/commands/find-sheet';
import { closest, editDistance } from '../../src/cli/suggest';

const ROOT = path.resolve(__dirname, '../..');
const sample = (name: string) => path.join(ROOT, 'samples', name);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const LATIN_WORDS = /\b(?!selfeval\b|check\b|help\b|diff\b|new\b|insert\b)[a-z]{4,}\b/;
const CJK = /[\u4e00-\u9fff]/;

describe('messages wholly in one language', () => {
  it.each([
    ['check', '--fromat', 'json', 'a.xlsx'],
    ['check', 'a.xlsx', '--out'],
    ['check', 'a.xlsx', '--help=yes'],
    ['new', '--kind'],
    ['new', '--bogus'],
    ['insert', 'a.xlsx', '--shet', 'x'],
    ['diff', 'a.xlsx', 'b.xlsx', '--formt', 'json'],
    ['fix', 'a.xlsx', '--ot', 'b.xlsx'],
  ])('Chinese for %s %s %s, with no English parser text', async (...argv) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(CJK);
    // Only option names, values and command words may be Latin: no Node parser sentence.
    const words = stderr
      .replace(/--?[\w-]+/g, '')
      .replace(/selfeval \w+/g, '')
      .replace(/[\w-]+(\|[\w-]+)+/g, ''); // a list of allowed values: overall-self-eval|project-self-eval|…
    expect(words).not.toMatch(LATIN_WORDS);
  });

  it.each([
    ['check', '--fromat', 'json', 'a.xlsx', '--lang', 'en'],
    ['new', '--kind', '--lang', 'en'],
    ['insert', 'a.xlsx', '--shet', 'x', '--lang', 'en'],
  ])('English for %s %s %s … --lang en', async (...argv) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(CJK);
  });
});

describe('did you mean', () => {
  it('suggests the command', async () => {
    const { code, stderr } = await cli('chekc', 'a.xlsx');
    expect(code).toBe(2);
    expect(stderr).toContain('selfeval check');
  });

  it('suggests the option', async () => {
    expect((await cli('check', 'a.xlsx', '--fromat', 'json')).stderr).toContain('是不是要输入 --format');
    expect((await cli('check', 'a.xlsx', '--repot', 'x.xlsx', '--lang', 'en')).stderr).toContain(
      'did you mean --report',
    );
  });

  it('suggests a value', async () => {
    expect((await cli('check', 'a.xlsx', '--format', 'jsno')).stderr).toContain('json');
    expect((await cli('new', '--kind', 'overall', '--out', 'x.xlsx')).stderr).toContain(
      '是不是要输入 overall-self-eval',
    );
  });

  it('is quiet when nothing is close', () => {
    expect(closest('zzzzzz', ['check', 'diff', 'new'])).toBeUndefined();
    expect(closest('inset', ['check', 'insert'])).toBe('insert');
    expect(editDistance('fromat', 'format')).toBe(1);
  });
});

describe('help and version', () => {
  it('prints the package version', async () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: version });
  });

  it.each(['check', 'diff', 'new', 'insert'])(
    'has `help %s` and `%s --help`, both with examples',
    async (command) => {
      const viaHelp = await cli('help', command, '--lang', 'zh');
      const viaFlag = await cli(command, '--help', '--lang', 'zh');
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).toContain('示例');
      expect(viaHelp.stdout).toContain(`selfeval ${command} `);
      expect((await cli('help', command, '--lang', 'en')).stdout).toContain('Examples');
    },
  );

  it('shows the general help for `selfeval help` and a bare `selfeval`', async () => {
    expect((await cli('help')).stdout).toContain('selfeval diff');
    expect((await cli()).code).toBe(0);
  });
});

describe('missing or wrong arguments say what is missing and what is allowed', () => {
  it('new without --kind lists the kinds', async () => {
    const { code, stderr } = await cli('new', '--out', 'x.xlsx');
    expect(code).toBe(2);
    expect(stderr).toContain('--kind');
    for (const kind of ['overall-self-eval', 'project-self-eval', 'basic-data'])
      expect(stderr).toContain(kind);
  });

  it('--group 效果指标 lists the valid groups', async () => {
    const { code, stderr } = await cli(
      'insert',
      sample('seed-000.xlsx'),
      '--preset',
      'department',
      '--group',
      '效果指标',
      '--out',
      path.join(os.tmpdir(), 'never.xlsx'),
    );
    expect(code).toBe(2);
    for (const group of ['产出指标', '效益指标', '满意度指标', '成本指标']) expect(stderr).toContain(group);
  });

  it('check without files says so', async () => {
    const { code, stderr } = await cli('check');
    expect(code).toBe(2);
    expect(stderr).toContain('缺少要检查的文件');
  });
});

describe('--sheet by the start of its name', () => {
  const sheets = ['附件1 基础数据表', '附件2 整体支出自评表', '附件20 其他', 'Sheet1'].map((name) => ({
    name,
  }));
  it.each([
    ['附件2', '附件2 整体支出自评表'],
    ['附件2 整体支出自评表', '附件2 整体支出自评表'],
    ['附件１', '附件1 基础数据表'], // a full-width digit
    ['sheet1', 'Sheet1'],
    ['附件20', '附件20 其他'],
  ])('%s → %s', (wanted, name) => {
    expect(findSheet(sheets, wanted)).toEqual({ sheet: { name } });
  });

  it('refuses a start several sheets share, and a name none has', () => {
    expect(findSheet(sheets, '附件')).toEqual({ ambiguous: sheets.slice(0, 3) });
    expect(findSheet(sheets, '附件3')).toEqual({ none: true });
  });
});

describe('insert takes the year from the table', () => {
  it('writes 2024 targets into a 2024 workbook, whatever year it is now', async () => {
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-year-')), 'out.xlsx');
    const { code } = await cli(
      'insert',
      sample('seed-004.xlsx'),
      '--sheet',
      '附件2',
      '--preset',
      'department',
      '--group',
      '产出指标',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const years = new Set<string>();
    workbook.getWorksheet('附件2 整体支出自评表')!.eachRow((row) =>
      row.eachCell((cell) => {
        for (const match of String(cell.value).matchAll(/(20\d\d)年12月31日/g)) years.add(match[1]);
      }),
    );
    expect([...years]).toEqual(['2024']);
  });
});
