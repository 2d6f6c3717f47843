// Renders an HTML report the way a reviewer sees it: a screenshot (screen) and an A4 PDF (print), for looking at.
// Usage: tsx scripts/render-report.ts REPORT.html OUT-PREFIX   → OUT-PREFIX.png, OUT-PREFIX.pdf
import * as path from 'node:path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const [input, prefix] = process.argv.slice(2);
  if (!input || !prefix) throw new Error('usage: tsx scripts/render-report.ts REPORT.html OUT-PREFIX');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // No network at all: the report must be self-contained.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(`file://${path.resolve(input)}`);
    await page.screenshot({ path: `${prefix}.png`, fullPage: true });
    await page.screenshot({ path: `${prefix}-top.png` });
    // The first few files' sections, one picture each, to look at the grids closely.
    const sections = await page.locator('section').all();
    for (const [k, section] of sections.slice(0, 4).entries())
      await section.screenshot({ path: `${prefix}-file-${k + 1}.png` });
    await page.pdf({ path: `${prefix}.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
