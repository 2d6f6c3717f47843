// `npm run demo`: checks the four seed workbooks with the real CLI code and prints what it finds.
// The check itself exits 1 when it finds errors (as the seeds do); the demo succeeds as long as it ran.
import * as path from 'node:path';
import { run } from '../src/cli/run';

const SEED_FILES = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-003.xlsx', 'seed-004.xlsx'].map((name) =>
  path.join('samples', name),
);

async function main(): Promise<void> {
  const extra = process.argv.slice(2); // e.g. --lang en
  console.log(`$ selfeval check ${[...SEED_FILES, ...extra].join(' ')}\n`);
  const code = await run(['check', ...SEED_FILES, ...extra], {
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
  });
  const meaning =
    ['no errors', 'errors found (as expected: the seeds carry real mistakes)', 'some input unusable'][code] ??
    `exit ${code}`;
  console.log(`\nselfeval exited ${code}: ${meaning}. Try --lang en, --format json, or --out annotated/.`);
  if (code === 2) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
