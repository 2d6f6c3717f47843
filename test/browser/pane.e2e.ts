// The add-in end to end in a real browser: the production bundle of the pane, the real adapter, the simulated host
// holding the preview's sample workbook. The expected findings come from checkWorkbook run here in Node.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/rules/types';
import { createExcelPort } from '../../src/excel';
import { installSimHost, parseState } from '../../src/simhost';
import sample from '../../src/preview/sample-state.json';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import {
  findingItems,
  gridFills,
  settledGridFills,
  openPreview,
  paneAxeViolations,
  paneOverflow,
  waitForResults,
} from './preview-page';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

async function expectedFindings(scope: 'active-sheet' | 'workbook'): Promise<Finding[]> {
  const host = installSimHost(parseState(JSON.stringify(sample)));
  try {
    const snapshot = await createExcelPort().read(scope);
    return [...checkWorkbook(snapshot.grids, { lang: 'zh' }).findings];
  } finally {
    host.uninstall();
  }
}

/** Tabs from the top of the page until the "Validate sheet" button has focus, as a keyboard user would. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`could not reach ${testId} with Tab`);
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveStatic(join(ROOT, 'dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the pane in the preview', () => {
  it('validates by keyboard, goes to a cell, fixes it, and clears every highlight', async () => {
    const expected = await expectedFindings('active-sheet');
    expect(expected.length).toBeGreaterThan(0); // the sample is a seed with real mistakes
    const page = await browser.context.newPage();
    await openPreview(page, server.url);
    const fillsBefore = await gridFills(page);

    // Keyboard only: Tab to 校验本表, press Enter.
    await tabTo(page, 'validate-sheet');
    await page.keyboard.press('Enter');
    await waitForResults(page);
    await expect(findingItems(page).count()).resolves.toBe(expected.length);
    const shown = await findingItems(page).evaluateAll((items) =>
      items.map(
        (item) => `${item.getAttribute('data-finding-cell')}#${item.getAttribute('data-finding-rule')}`,
      ),
    );
    expect(shown).toEqual(expected.map((f) => `${f.cell}#${f.rule}`));

    // Every finding's cell is coloured in the grid.
    const fillsAfter = await gridFills(page);
    for (const finding of expected) {
      const cell = finding.cell.split(':')[0];
      if (cell in fillsAfter)
        expect({ cell, fill: fillsAfter[cell] }).not.toEqual({ cell, fill: fillsBefore[cell] });
    }

    await page.screenshot({ path: join(ARTIFACTS, 'pane-findings-zh.png') });

    // Go to the first fixable finding's cell.
    const target = expected.find((f) => f.fix !== undefined);
    expect(target).toBeDefined();
    const item = page.locator(
      `#pane li[data-finding-cell="${target!.cell}"][data-finding-rule="${target!.rule}"]`,
    );
    await item.getByRole('button', { name: /定位/ }).click();
    // Selecting goes through Excel.run: wait for the grid to show it rather than reading it at once.
    const selected = page.locator(`[data-cell="${target!.cell}"][aria-selected="true"]`);
    await selected.waitFor({ timeout: 5000 });
    await expect(selected.count()).resolves.toBe(1);

    // Fix it: the workbook holds the fix, and that finding is gone after the re-check.
    await item.getByRole('button', { name: /改为/ }).click();
    await item.waitFor({ state: 'detached' });
    await waitForResults(page);
    const value = await page.evaluate(
      ({ sheet, cell }) => window.__simHost?.state.sheets.find((s) => s.name === sheet)?.cells[cell]?.value,
      { sheet: target!.sheet, cell: target!.cell },
    );
    expect(value).toBe(target!.fix);

    // Clear highlights: every cell's fill is back to what it was before validating.
    await page.getByTestId('clear-highlights').click();
    await page.locator('[data-testid="status"]', { hasText: /已清除/ }).waitFor();
    expect(await settledGridFills(page, fillsBefore)).toEqual(fillsBefore);
    await page.close();
  });

  it('fix all lists every available fix in a panel and leaves only unfixable findings', async () => {
    const expected = await expectedFindings('active-sheet');
    const fixable = new Set(expected.filter((f) => f.fix !== undefined).map((f) => `${f.sheet}!${f.cell}`));
    const page = await browser.context.newPage();
    await openPreview(page, server.url);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    await page.getByTestId('fix-all').click();
    const panel = page.getByTestId('fix-all-panel');
    await expect(panel.locator('li').count()).resolves.toBe(fixable.size);
    await panel.getByRole('button', { name: '写入' }).click();
    await page.locator('[data-testid="status"]', { hasText: /已修正/ }).waitFor();
    await waitForResults(page);
    const remaining = await page.evaluate(() => window.__paneSession?.getState().findings ?? []);
    expect(remaining.filter((f) => f.fix !== undefined)).toEqual([]);
    await page.close();
  });

  it('live mode re-checks a moment after the clerk types the right value', async () => {
    const expected = await expectedFindings('active-sheet');
    const target = expected.find((f) => f.fix !== undefined)!;
    const page = await browser.context.newPage();
    await openPreview(page, server.url);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    await page.getByRole('switch').check();
    await page.locator(`[data-cell="${target.cell}"]`).click();
    await page.locator('#formula-input').fill(String(target.fix));
    await page.locator('#formula-input').press('Enter');
    const item = page.locator(
      `#pane li[data-finding-cell="${target.cell}"][data-finding-rule="${target.rule}"]`,
    );
    await item.waitFor({ state: 'detached', timeout: 5000 });
    await expect(findingItems(page).count()).resolves.toBeLessThan(expected.length);
    await page.close();
  });

  it('has no axe-core violations with findings listed', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    const violations = await paneAxeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide pane without sideways scrolling', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, '?paneWidth=320&lang=en-US');
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    const overflow = await paneOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#pane').screenshot({ path: join(ARTIFACTS, 'pane-320.png') });
    await page.close();
  });

  it('speaks English when Office does, findings included', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, '?lang=en-US');
    await expect(page.getByTestId('validate-sheet').textContent()).resolves.toBe('Validate sheet');
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    await expect(page.locator('[data-testid="summary"] h2').textContent()).resolves.toBe('Results');
    // Chinese fonts are often missing on CI machines: the English screenshot is the one a reviewer can read there.
    await page.screenshot({ path: join(ARTIFACTS, 'pane-findings.png') });
    await page.close();
  });
});
