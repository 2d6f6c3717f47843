// Pane figures for bench-results.json:
//   bundle_gzip_kb — gzip size of every script of ours that taskpane.html loads (office.js, from Microsoft's CDN, excluded)
//   pane_ready_ms  — navigation start to the pane's first interactive render (window.__paneReady), median of 5 loads
//                    of the preview page in headless Chromium (the same pane bundle, on the simulated host).
// Builds dist/ first unless BENCH_NO_BUILD=1. Run: npm run bench:pane
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/browser/chromium';
import { serveStatic } from './serve-preview';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench-results.json');

export function paneScripts(html: string): string[] {
  // The production HTML is minified: attribute values may be unquoted.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:\/\//.test(src));
}

export function bundleGzipKb(): number {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  const scripts = paneScripts(html);
  if (scripts.length === 0) throw new Error('taskpane.html loads no local scripts');
  const bytes = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(DIST, src.replace(/^\//, ''))), { level: 9 }).length,
    0,
  );
  return Math.round((bytes / 1024) * 10) / 10;
}

async function paneReadyMs(runs = 5): Promise<number> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/preview.html`);
      times.push(
        await page
          .waitForFunction(() => window.__paneReady)
          .then((handle) => handle.jsonValue() as Promise<number>),
      );
      await page.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_NO_BUILD !== '1' || !existsSync(join(DIST, 'taskpane.html'))) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'],
      { cwd: ROOT, stdio: 'ignore' },
    );
  }
  const figures = { bundle_gzip_kb: bundleGzipKb(), pane_ready_ms: await paneReadyMs() };
  // Read-modify-write: other benches keep their keys in the same file.
  const current = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(RESULTS, JSON.stringify({ ...current, ...figures }, null, 2) + '\n');
  console.log(JSON.stringify(figures));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
