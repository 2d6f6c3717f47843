// The README's command-line examples run as written: each `npx selfeval …` line of its sh blocks, expanded by
// bash in a folder holding the files the examples name, then run in-process.
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs, readFileSync } from 'node:fs';
import { run } from '../../src/cli/run';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');

function readmeExamples(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => block.split('\n').filter((line) => line.startsWith('npx selfeval ')));
}

/** The argv bash would give `selfeval`, and the file a trailing `> FILE` sends stdout to. */
function expand(line: string, cwd: string): { argv: string[]; redirect?: string } {
  const command = line.replace(/\s+#.*$/, '').replace(/^npx selfeval /, '');
  const [args, redirect] = command.split(/\s+>\s+/);
  const expanded = execFileSync('bash', ['-c', `printf '%s\\0' ${args}`], { cwd, encoding: 'utf8' });
  return { argv: expanded.split('\0').slice(0, -1), redirect: redirect?.trim() };
}

const examples = readmeExamples();
let dir: string;
const home = process.cwd();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-readme-'));
  await fs.mkdir(path.join(dir, '收到的'));
  for (const name of ['seed-000.xlsx', 'seed-004.xlsx'])
    await fs.copyFile(path.join(SAMPLES, name), path.join(dir, '收到的', name));
  for (const [name, from] of [
    ['a.xlsx', 'seed-004.xlsx'],
    ['b.xlsx', 'seed-004-corrected.xlsx'],
    ['表.xlsx', 'seed-000.xlsx'],
  ])
    await fs.copyFile(path.join(SAMPLES, from), path.join(dir, name));
  process.chdir(dir);
});

afterAll(() => process.chdir(home));

it('has examples for check, diff, new and insert', () => {
  for (const command of ['check', 'diff', 'new', 'insert'])
    expect(examples.some((line) => line.startsWith(`npx selfeval ${command} `))).toBe(true);
});

it.each(examples)('runs `%s`', async (line) => {
  const { argv, redirect } = expand(line, dir);
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  if (redirect) await fs.writeFile(path.join(dir, redirect), out.join('\n'));
  // 1 only says the samples hold mistakes; 2 would be a usage error or an unreadable file.
  expect({ code, err: err.filter((l) => !/已写出|written/.test(l)) }).toEqual({
    code: code === 1 ? 1 : 0,
    err: [],
  });
  expect(out.join('\n').length).toBeGreaterThan(0);
});
