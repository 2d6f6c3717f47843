// Inputs are sacred: no copy lands on an input, same-named inputs keep separate copies, and a copy that cannot
// be written is that file's failure (exit 2, listed in JSON) while the other files are still checked and copied.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { planOutputPaths } from '../../src/cli/output-paths';
import { run } from '../../src/cli/run';

const SAMPLE = path.resolve(__dirname, '../../samples/seed-000.xlsx');
let tmp: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-out-'));
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function place(...parts: string[]): Promise<string> {
  const file = path.join(tmp, ...parts);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.copyFile(SAMPLE, file);
  return file;
}

interface Json {
  files: { file: string }[];
  failed: { file: string; reason: string; message: string }[];
}

describe('check --out never writes over an input', () => {
  it('check da/x.xlsx db/x.xlsx --out db leaves db/x.xlsx as it was and writes two separate copies', async () => {
    const a = await place('da', 'x.xlsx');
    const b = await place('db', 'x.xlsx');
    const original = await fs.readFile(b);
    const result = await cli('check', a, b, '--out', path.dirname(b), '--format', 'json');
    expect(result.code).toBe(1);
    expect((await fs.readFile(b)).equals(original)).toBe(true);
    const written = (await fs.readdir(path.dirname(b))).sort();
    expect(written).toEqual(['x (da).xlsx', 'x (db).xlsx', 'x.xlsx']);
    expect((JSON.parse(result.stdout) as Json).failed).toEqual([]);
  });

  it('treats a symlink to an input in --out as the input itself', async () => {
    const input = await place('in', 'y.xlsx');
    const out = path.join(tmp, 'out');
    await fs.mkdir(out);
    await fs.symlink(input, path.join(out, 'y.xlsx'));
    const original = await fs.readFile(input);
    await cli('check', input, '--out', out);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
    expect((await fs.lstat(path.join(out, 'y.xlsx'))).isSymbolicLink()).toBe(true);
    await expect(fs.stat(path.join(out, 'y.checked.xlsx'))).resolves.toBeTruthy();
  });

  it('keeps paths relative to a folder argument, so one folder’s same-named files stay apart', async () => {
    const root = path.join(tmp, 'units');
    const out = path.join(tmp, 'out');
    const plan = await planOutputPaths(
      [
        { path: path.join(root, 'da', 'x.xlsx'), root },
        { path: path.join(root, 'db', 'x.xlsx'), root },
        { path: path.join(root, 'old.xls'), root },
      ],
      out,
    );
    expect([...plan.values()]).toEqual([
      { ok: true, target: path.join(out, 'da', 'x.xlsx') },
      { ok: true, target: path.join(out, 'db', 'x.xlsx') },
      { ok: true, target: path.join(out, 'old.xlsx') },
    ]);
  });
});

describe('a copy that cannot be written fails only its own file', () => {
  it('--out naming an existing file: every file is still checked, each listed as failed, JSON printed, exit 2', async () => {
    const a = await place('a.xlsx');
    const b = await place('b.xlsx');
    const blocker = path.join(tmp, 'not-a-folder');
    await fs.writeFile(blocker, 'keep');
    const result = await cli('check', a, b, '--out', blocker, '--format', 'json', '--lang', 'en');
    expect(result.code).toBe(2);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.files.map((f) => f.file)).toEqual([a, b]);
    expect(json.failed.map((f) => [f.file, f.reason])).toEqual([
      [a, 'out-not-a-folder'],
      [b, 'out-not-a-folder'],
    ]);
    expect(json.failed[0].message).toContain('not a folder');
    expect(await fs.readFile(blocker, 'utf8')).toBe('keep');
  });

  it('a folder standing where one copy goes: that file fails on its line, the next is copied', async () => {
    const a = await place('in', 'a.xlsx');
    const b = await place('in', 'b.xlsx');
    const out = path.join(tmp, 'out');
    await fs.mkdir(path.join(out, 'a.xlsx'), { recursive: true });
    const result = await cli('check', a, b, '--out', out, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a\.xlsx: the copy could not be written/);
    expect(result.stdout).toContain('2 file(s) checked');
    await expect(fs.stat(path.join(out, 'b.xlsx'))).resolves.toBeTruthy();
    expect(await fs.readdir(out)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));
  });
});

describe('insert --out', () => {
  it('refuses an --out that is the input through a symlink, leaving the input untouched', async () => {
    const input = await place('t.xlsx');
    const link = path.join(tmp, 'link.xlsx');
    await fs.symlink(input, link);
    const original = await fs.readFile(input);
    const result = await cli(
      'insert',
      input,
      '--preset',
      'department',
      '--group',
      '产出',
      '--out',
      link,
      '--lang',
      'en',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('inputs are never overwritten');
    expect((await fs.readFile(input)).equals(original)).toBe(true);
  });
});
