// Preset blocks end to end in the preview: the Insert view, the real adapter, the simulated host's grid.
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import { openPreview, paneAxeViolations, paneOverflow } from './preview-page';

const ROOT = join(__dirname, '..', '..');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(ROOT, 'dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('inserting preset indicators in the preview', () => {
  it('adds the 信访 rows at the end of 产出指标, shows them in the grid, and undo removes them', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, '?paneWidth=320');
    const cell = (address: string) => page.locator(`[data-cell="${address}"]`);
    await expect(cell('D20').textContent()).resolves.toBe('服务对象满意度');
    const rangeBefore = await page.locator('table[data-range]').getAttribute('data-range');

    await page.getByTestId('view-insert').click();
    await page.getByTestId('insert-target').filter({ hasText: '附件2' }).waitFor();
    await page.getByTestId('preset-filter').fill('信访');
    await page.getByTestId('preset-list').selectOption('petition');
    await page.getByTestId('where-group:output').check();
    await expect(page.locator('[data-testid="insert-preview"] tbody tr').count()).resolves.toBe(5);
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

  it('works by keyboard in English at 320 px: no sideways scrolling, no axe-core violations', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, '?paneWidth=320&lang=en-US');
    await page.getByTestId('view-insert').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('insert-target').filter({ hasText: '附件2' }).waitFor();
    await page.getByTestId('preset-filter').focus();
    await page.keyboard.type('12345');
    await expect(page.locator('[data-testid="preset-list"] option').count()).resolves.toBe(1);
    await page.keyboard.press('Tab'); // into the list
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('preset-list').inputValue()).resolves.toBe('hotline-12345');
    await page.getByTestId('where-group:benefit').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('where-group:benefit').isChecked()).resolves.toBe(true);
    await page.getByTestId('insert-button').focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('insert-status')
      .filter({ hasText: /Inserted/i })
      .waitFor();

    const overflow = await paneOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    const violations = await paneAxeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });
});
