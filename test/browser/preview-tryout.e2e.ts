// The preview as a try-out: a header saying what it is, a choice of samples, and the reviewer's own .xlsx opened by
// the file picker or dropped on the page, read in the browser. The pane then finds what the engine finds in Node
// on the same file. No console errors, no failed requests (the favicon included), no axe-core violations.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/engine/check';
import { createExcelPort } from '../../src/excel';
import { installSimHost } from '../../src/simhost';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import {
  axeViolations,
  findingItems,
  openPreview,
  paneAxeViolations,
  waitForResults,
  watchProblems,
} from './preview-page';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const sample = (name: string) => join(ROOT, 'samples', name);
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveStatic(join(ROOT, 'dist'));
  browser = await launchChromium({ width: 1280, height: 700 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The sheets and the active sheet's findings (cell#rule) the engine gives for the file, in Node. */
async function expected(file: string): Promise<{ sheets: string[]; findings: string[]; nested: string[] }> {
  const state = await simStateFromXlsx(file);
  const host = installSimHost(state);
  try {
    const snapshot = await createExcelPort().read('active-sheet');
    const all = checkWorkbook(snapshot.grids, { lang: 'zh' }).findings;
    // The pane lists consequences inside their root's card, so the list is compared as a set, nesting apart.
    const findings = all.map((f) => `${f.cell}#${f.rule}`).sort();
    const nested = all.filter((f) => f.role === 'consequence').map((f) => `${f.cell}<${f.causedBy}`);
    return { sheets: state.sheets.map((sheet) => sheet.name), findings, nested };
  } finally {
    host.uninstall();
  }
}

async function shownFindings(page: Page): Promise<string[]> {
  await page.getByTestId('validate-sheet').click();
  await waitForResults(page);
  const shown = await findingItems(page).evaluateAll((items) =>
    items.map(
      (item) => `${item.getAttribute('data-finding-cell')}#${item.getAttribute('data-finding-rule')}`,
    ),
  );
  return shown.sort();
}

const sheetTabs = (page: Page) => page.locator('.sheet-tabs [role="tab"]').allTextContents();

describe('the preview as a try-out', () => {
  it('opens a user-chosen .xlsx from the file picker and the pane finds what the engine finds', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await openPreview(page, server.url, '?paneWidth=320');
    await expect(page.locator('#preview-header h1').textContent()).resolves.toBe('selfeval 试用');
    await expect(page.locator('#preview-header').textContent()).resolves.toContain('不会上传');
    expect(await axeViolations(page, '#preview-header')).toEqual([]);

    const file = sample('seed-003.xlsx');
    const want = await expected(file);
    expect(want.findings.length).toBeGreaterThan(0);
    await page.getByTestId('open-file').setInputFiles(file);
    await page.getByTestId('preview-status').filter({ hasText: '已打开 seed-003.xlsx' }).waitFor();
    expect(await sheetTabs(page)).toEqual(want.sheets);
    await expect(page.getByTestId('sample-select').inputValue()).resolves.toBe('-1'); // "your file" is shown
    expect(await shownFindings(page)).toEqual(want.findings);
    expect(await paneAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-own-file-zh.png') });

    // Not an .xlsx: said plainly, and the open workbook stays.
    await page.getByTestId('open-file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a workbook'),
    });
    await page.getByTestId('preview-status').filter({ hasText: 'notes.txt 不是 .xlsx 文件' }).waitFor();
    expect(await sheetTabs(page)).toEqual(want.sheets);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to another sample, and opens a dropped .xlsx (in English)', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await openPreview(page, server.url, '?paneWidth=320&lang=en-US');
    await expect(page.locator('#preview-header h1').textContent()).resolves.toBe('Try selfeval');

    const corrected = await expected(sample('seed-004-corrected.xlsx'));
    const index = await page
      .getByTestId('sample-select')
      .locator('option', { hasText: 'seed-004: corrected' })
      .getAttribute('value');
    await page.getByTestId('sample-select').selectOption(index!);
    await page.getByTestId('preview-status').filter({ hasText: 'Opened seed-004-corrected.xlsx' }).waitFor();
    expect(await sheetTabs(page)).toEqual(corrected.sheets);
    expect(await shownFindings(page)).toEqual(corrected.findings);

    const dropped = await expected(sample('seed-002.xlsx'));
    const bytes = readFileSync(sample('seed-002.xlsx')).toString('base64');
    await page.evaluate((base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'seed-002.xlsx'));
      const target = document.getElementById('sheet')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, bytes);
    await page.getByTestId('preview-status').filter({ hasText: 'Opened seed-002.xlsx' }).waitFor();
    expect(await sheetTabs(page)).toEqual(dropped.sheets);
    expect(await shownFindings(page)).toEqual(dropped.findings);
    // Seed 002: B6 fails only because of B7, and is listed inside B7's card.
    expect(dropped.nested).toEqual(['B6<B7']);
    await expect(
      page.locator('#pane li[data-finding-cell="B6"][data-consequence-of="B7"]').count(),
    ).resolves.toBe(1);
    expect(await axeViolations(page, '#preview-header')).toEqual([]);
    expect(await paneAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-dropped-en.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
