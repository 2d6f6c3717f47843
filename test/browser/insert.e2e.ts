// Preset blocks end to end in the preview: the Insert view (Fluent Combobox, Select, RadioGroup), the real adapter,
// the simulated host's grid — by mouse and by keyboard, in both languages, at 320 px.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import { openPreview, paneAxeViolations, paneOverflow } from './preview-page';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
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

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

async function expectClean(page: Page): Promise<void> {
  expect(await paneOverflow(page)).toBeLessThanOrEqual(0);
  expect(await paneAxeViolations(page)).toEqual([]);
}

describe('inserting preset indicators in the preview', () => {
  it('adds the 信访 rows at the end of 产出指标, says first why their 分值 stay blank, and undo removes them', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, '?paneWidth=320');
    const cell = (address: string) => page.locator(`[data-cell="${address}"]`);
    await expect(cell('D20').textContent()).resolves.toBe('服务对象满意度');
    const rangeBefore = await page.locator('table[data-range]').getAttribute('data-range');

    await page.getByTestId('view-insert').click();
    await page.getByTestId('insert-target').filter({ hasText: '附件2' }).waitFor();
    await page.getByTestId('preset-combobox').click();
    await page.getByTestId('preset-combobox').fill('信访');
    await page.locator('[role="option"][data-preset="petition"]').click();
    await page.getByTestId('where-group:output').check();
    await expect(page.locator('[data-testid="insert-preview"] [data-preview-row]').count()).resolves.toBe(5);
    // 产出指标 has spent its 30 points: the preview says so before anything is written.
    await expect(page.getByTestId('insert-preview-note').textContent()).resolves.toMatch(/分值已分配完/);
    const weights = await page
      .locator('[data-weight]')
      .evaluateAll((cells) => cells.map((c) => c.textContent));
    expect(weights.every((text) => text === '—')).toBe(true);
    // 插入 comes after the preview.
    const order = await page.evaluate(() => {
      const preview = document.querySelector('[data-testid="insert-preview"]')!;
      const button = document.querySelector('[data-testid="insert-button"]')!;
      return preview.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await expectClean(page);
    await page.screenshot({ path: join(ARTIFACTS, 'insert-preview-zh.png') });

    await page.getByTestId('insert-button').click();
    await page.getByTestId('insert-status').filter({ hasText: '第 16–20 行' }).waitFor();
    await expect(cell('D20').textContent()).resolves.toBe('按期答复（办结）率');
    await expect(cell('D25').textContent()).resolves.toBe('服务对象满意度');
    expect(await page.locator('table[data-range]').getAttribute('data-range')).not.toBe(rangeBefore);

    await page.getByTestId('undo-insert').click();
    await page.getByTestId('insert-status').filter({ hasText: '已删除' }).waitFor();
    await expect(cell('D20').textContent()).resolves.toBe('服务对象满意度');
    expect(await page.locator('table[data-range]').getAttribute('data-range')).toBe(rangeBefore);
    await page.close();
  });

  it.each([
    ['en', '?paneWidth=320&lang=en-US', /Inserted/, '12345 service hotline'],
    ['zh', '?paneWidth=320', /已在/, '12345政务服务热线'],
  ])(
    'works by keyboard (%s) at 320 px: no sideways scrolling, no axe-core violations',
    async (lang, query, done, name) => {
      const page = await browser.context.newPage();
      await openPreview(page, server.url, query);
      await page.getByTestId('view-insert').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('insert-target').filter({ hasText: '附件2' }).waitFor();
      await page.keyboard.press('Tab'); // the indicator-set combobox
      expect(await focusedTestId(page)).toBe('preset-combobox');
      await page.keyboard.type('12345');
      await expect(page.locator('[role="option"]').count()).resolves.toBe(1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('preset-combobox').inputValue()).resolves.toBe(name);
      await page.keyboard.press('Tab'); // the combobox's own "show all" button
      expect(await focusedTestId(page)).toBe('preset-open');
      await page.keyboard.press('Tab'); // the weight scheme
      expect(await focusedTestId(page)).toBe('scheme');
      await page.keyboard.press('Tab'); // the place: the checked radio
      expect(await focusedTestId(page)).toBe('where-group:output');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTestId('where-group:benefit').isChecked()).resolves.toBe(true);
      await page.keyboard.press('Tab'); // past the preview to 插入
      expect(await focusedTestId(page)).toBe('insert-button');
      await page.screenshot({ path: join(ARTIFACTS, `insert-keyboard-${lang}.png`) });
      await page.keyboard.press('Enter');
      await page.getByTestId('insert-status').filter({ hasText: done }).waitFor();
      await expectClean(page);
      await page.close();
    },
  );

  it('undoes a new sheet: the sheet it made goes again while untouched', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, '?paneWidth=320');
    const sheets = () => page.locator('.sheet-tabs [role="tab"]').allTextContents();
    const before = await sheets();
    await page.getByTestId('view-insert').click();
    await page.getByTestId('insert-target').filter({ hasText: '附件2' }).waitFor();
    await page.getByTestId('where-new-sheet').check();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('insert-status').filter({ hasText: '已新建工作表' }).waitFor();
    expect((await sheets()).length).toBe(before.length + 1);
    await expect(page.getByTestId('undo-insert').isEnabled()).resolves.toBe(true);
    await expect(page.getByTestId('undo-hint').textContent()).resolves.toMatch(/新建的工作表/);
    await expectClean(page);
    await page.screenshot({ path: join(ARTIFACTS, 'insert-new-sheet-zh.png') });
    await page.getByTestId('undo-insert').click();
    await page.getByTestId('insert-status').filter({ hasText: '已删除新建的工作表' }).waitFor();
    expect(await sheets()).toEqual(before);
    await expect(page.getByTestId('undo-insert').isEnabled()).resolves.toBe(false);
    await page.close();
  });
});
