// Builds dist/ once for every browser test (production mode: what a finance bureau would host).
// BROWSER_TESTS_NO_BUILD=1 reuses an existing dist/ when iterating on the tests themselves.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function globalSetup(): void {
  const root = join(__dirname, '..', '..');
  if (process.env.BROWSER_TESTS_NO_BUILD === '1' && existsSync(join(root, 'dist', 'preview.html'))) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, OFFICE_JS: '' },
    },
  );
}
