// `npm run bench`: runs each benchmark part and merges its keys into bench-results.json.
// Add a part by appending to PARTS; `npm run bench -- engine` runs only the named parts.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { benchEngine } from './bench-engine';
import { BENCH_RESULTS, mergeBenchResults } from './lib/bench-results';

type Part = () => Promise<Record<string, number>>;

/** A part that is its own script (it merges its keys into bench-results.json itself). */
function script(name: string, before: readonly string[][] = []): Part {
  return async () => {
    const root = join(__dirname, '..');
    for (const command of before) execFileSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit' });
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', name)],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    return {};
  };
}

const PARTS: Record<string, Part> = {
  engine: () => benchEngine(),
  syncs: script('bench-syncs.ts'),
  // The pane's bundle size and ready time are measured on the production build.
  pane: script('bench-pane.ts', [['npx', 'webpack', '--mode', 'production']]),
  // The command line is measured as users run it: the built bin.
  cli: script('bench-cli.ts', [['npm', 'run', 'build:cli']]),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(PARTS);
  for (const name of names) {
    const part = PARTS[name];
    if (!part) throw new Error(`unknown bench part ${name}; known: ${Object.keys(PARTS).join(', ')}`);
    await mergeBenchResults(await part());
  }
  console.log(`results merged into ${BENCH_RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
