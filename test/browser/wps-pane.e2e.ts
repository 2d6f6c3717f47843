// The pane in WPS 表格, end to end in Chromium: the production bundle of the WPS preview (the real pane on the
// real WPS adapter, over the simulated WPS object model holding the preview's seed workbook), and the add-in's
// ribbon callbacks behind the preview's 绩效自评 buttons. Expected findings come from the same adapter in Node.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/rules/types';
import sample from '../../src/preview/sample-state.json';
import { bookFromExcelSim, installSimWps, type ExcelSimLike } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import {
  findingItems,
  gridFills,
  settledGridFills,
  paneAxeViolations,
  paneOverflow,
  waitForResults,
} from './preview-page';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

async function expectedFindings(): Promise<Finding[]> {
  const host = installSimWps(bookFromExcelSim(sample as unknown as ExcelSimLike));
  try {
    const snapshot = await createWpsPort().read('active-sheet');
    return [...checkWorkbook(snapshot.grids, { lang: 'zh' }).findings];
  } finally {
    host.uninstall();
  }
}

async function openWpsPreview(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.url}/wps-preview.html${query}`);
  await page.waitForFunction(() => typeof window.__paneReady === 'number', undefined, { timeout: 30000 });
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

describe('the pane in WPS 表格 (simulated)', () => {
  it("validates, lists and highlights the seed's mistakes, fixes one, and clears every highlight", async () => {
    const expected = await expectedFindings();
    expect(expected.length).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    await openWpsPreview(page);
    const fillsBefore = await gridFills(page);

    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    await expect(findingItems(page).count()).resolves.toBe(expected.length);
    const fillsAfter = await gridFills(page);
    for (const finding of expected) {
      const cell = finding.cell.split(':')[0];
      if (cell in fillsAfter)
        expect({ cell, fill: fillsAfter[cell] }).not.toEqual({ cell, fill: fillsBefore[cell] });
    }
    // Notes are WPS cell comments.
    const commented = await page.$$eval('[data-note="true"]', (cells) => cells.length);
    expect(commented).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'wps-pane-findings.png') });

    const target = expected.find((f) => f.fix !== undefined)!;
    const item = page.locator(
      `#pane li[data-finding-cell="${target.cell}"][data-finding-rule="${target.rule}"]`,
    );
    await item.getByRole('button', { name: /定位/ }).click();
    await page.locator(`[data-cell="${target.cell}"][aria-selected="true"]`).waitFor({ timeout: 5000 });
    await item.getByRole('button', { name: /改为/ }).click();
    await item.waitFor({ state: 'detached' });
    await waitForResults(page);
    const value = await page.evaluate(
      ({ sheet, cell }) => window.__simWps?.state.sheets.find((s) => s.name === sheet)?.cells[cell]?.value,
      { sheet: target.sheet, cell: target.cell },
    );
    expect(value).toBe(target.fix);

    await page.getByTestId('clear-highlights').click();
    await page.locator('[data-testid="status"]', { hasText: /已清除/ }).waitFor();
    expect(await settledGridFills(page, fillsBefore)).toEqual(fillsBefore);
    await page.close();
  });

  it('has no axe-core violations with findings listed, and fits 320 px', async () => {
    const page = await browser.context.newPage();
    await openWpsPreview(page, '?paneWidth=320');
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    expect(await paneAxeViolations(page)).toEqual([]);
    expect(await paneOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the ribbon callbacks highlight and clear through WPS, and open the task pane', async () => {
    const expected = await expectedFindings();
    const page = await browser.context.newPage();
    await openWpsPreview(page);
    const fillsBefore = await gridFills(page);
    await page.locator('[data-ribbon="selfevalValidate"]').click();
    await page.waitForFunction(() => (window.__simWps?.taskPanes.size ?? 0) > 0);
    await page.evaluate(() => window.ribbon?.settled());
    const fillsAfter = await gridFills(page);
    const changed = expected.filter(
      (f) => fillsAfter[f.cell] !== undefined && fillsAfter[f.cell] !== fillsBefore[f.cell],
    );
    expect(changed.length).toBeGreaterThan(0);
    const pane = await page.evaluate(() => [...(window.__simWps?.taskPanes.values() ?? [])][0]);
    expect(pane).toMatchObject({ visible: true, title: '绩效自评校验' });
    expect(pane.url).toMatch(/\/taskpane\.html\?after=ribbon$/);

    await page.locator('[data-ribbon="selfevalClear"]').click();
    await page.evaluate(() => window.ribbon?.settled());
    await page.waitForFunction(
      (before) =>
        Object.entries(before).every(
          ([cell, fill]) =>
            (document.querySelector(`[data-cell="${cell}"]`)?.getAttribute('data-fill') ?? '') === fill,
        ),
      fillsBefore,
    );
    expect(await settledGridFills(page, fillsBefore)).toEqual(fillsBefore);
    await page.close();
  });
});
