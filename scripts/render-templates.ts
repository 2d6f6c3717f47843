// Renders every blank template `selfeval new` writes (and one with a preset inserted) to PNG through
// LibreOffice, so a person can look at them the way a clerk prints them. Needs `libreoffice` and `pdftoppm`.
//   npx tsx scripts/render-templates.ts [OUT_DIR]   (default test-artifacts/templates)
// Without 宋体 installed LibreOffice substitutes a sans face; to see a Song face, point FONTCONFIG_FILE at a
// fonts.conf that aliases 宋体/SimSun to one you have (AR PL UMing from `apt-get download fonts-arphic-uming`).
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../src/cli/run';

const CASES: readonly { name: string; argv: readonly string[]; insert?: readonly string[] }[] = [
  { name: 'basic-data', argv: ['--kind', 'basic-data'] },
  { name: 'overall-self-eval', argv: ['--kind', 'overall-self-eval'] },
  { name: 'overall-self-eval-no-formulas', argv: ['--kind', 'overall-self-eval', '--no-formulas'] },
  { name: 'project-self-eval', argv: ['--kind', 'project-self-eval'] },
  {
    name: 'overall-hunan-petition-plus-12345',
    argv: ['--kind', 'overall-self-eval', '--scheme', 'hunan-cost-last', '--preset', 'petition'],
    insert: ['--sheet', '整体支出绩效自评表', '--preset', 'hotline-12345', '--group', '效益指标'],
  },
];

async function cli(argv: readonly string[]): Promise<void> {
  const errors: string[] = [];
  const code = await run([...argv], { stdout: () => undefined, stderr: (text) => errors.push(text) });
  if (code !== 0) throw new Error(`selfeval ${argv.join(' ')}: ${errors.join('\n')}`);
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'test-artifacts/templates');
  await fs.mkdir(out, { recursive: true });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-render-'));
  // A profile of our own, so a LibreOffice someone else runs on this machine does not block ours.
  const profile = `file://${path.join(work, 'profile')}`;
  for (const { name, argv, insert } of CASES) {
    let xlsx = path.join(out, `${name}.xlsx`);
    await cli(['new', ...argv, '--year', '2024', '--force', '--out', xlsx]);
    if (insert) {
      const inserted = path.join(out, `${name}-inserted.xlsx`);
      await cli(['insert', xlsx, ...insert, '--year', '2024', '--out', inserted]);
      xlsx = inserted;
    }
    execFileSync('libreoffice', [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      xlsx,
    ]);
    const base = path.basename(xlsx, '.xlsx');
    // Pages of an earlier, longer render would otherwise stay behind.
    for (const file of await fs.readdir(out))
      if (file.startsWith(`${base}-`) && file.endsWith('.png')) await fs.rm(path.join(out, file));
    const pdf = path.join(work, `${base}.pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, path.join(out, base)]);
    console.log(`${name}: ${xlsx}`);
  }
  await fs.rm(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
