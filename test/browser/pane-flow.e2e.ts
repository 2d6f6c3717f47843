// The pane as a clerk meets it at 320 × 700 px, in Chinese and in English: validating moves focus and scroll to a
// summary that stays put while the list scrolls; an ignored finding can be seen and restored; 全部修正 lists
// old → new beside a sheet that stays visible. Every state is screenshotted into test-artifacts/, checked with
// axe-core and for sideways scrolling.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findingKey } from '../../src/host/port';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import {
  findingItems,
  gridFills,
  settledGridFills,
  inPaneView,
  openPreview,
  paneAxeViolations,
  paneOverflow,
  waitForResults,
  watchProblems,
} from './preview-page';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const LANGS = [
  { lang: 'zh', query: '?paneWidth=320', ignore: '忽略', restore: '恢复', fixed: /已修正 2 个单元格/ },
  {
    lang: 'en',
    query: '?paneWidth=320&lang=en-US',
    ignore: 'Ignore',
    restore: 'Restore',
    fixed: /Cells fixed: 2/,
  },
] as const;

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

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The visible buttons painted in the brand colour (Fluent's primary appearance), by test id or text. */
function filledButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'var(--colorBrandBackground)';
    document.querySelector('#pane .pane')!.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll<HTMLButtonElement>('#pane button')]
      .filter((button) => button.offsetParent !== null && getComputedStyle(button).backgroundColor === brand)
      .map((button) => button.getAttribute('data-testid') ?? button.textContent ?? '');
  });
}

/** The filled buttons once Fluent's colour transition has run (up to a second): the last reading otherwise. */
async function settledFilledButtons(page: Page, wanted: string[]): Promise<string[]> {
  let seen = await filledButtons(page);
  for (let i = 0; i < 20 && JSON.stringify(seen) !== JSON.stringify(wanted); i++) {
    await page.waitForTimeout(50);
    seen = await filledButtons(page);
  }
  return seen;
}

/** The pane passes both checks in its current state. */
async function expectClean(page: Page): Promise<void> {
  expect(await paneOverflow(page)).toBeLessThanOrEqual(0);
  expect(await paneAxeViolations(page)).toEqual([]);
}

describe.each(LANGS)('the pane at 320 × 700 ($lang)', ({ lang, query, ignore, restore, fixed }) => {
  it('shows the first-run card and one primary button; after validating the summary is in view, focused and announced', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await openPreview(page, server.url, query);
    await page.evaluate(() => localStorage.clear()); // a first visit (the browser profile is shared by the tests)
    await openPreview(page, server.url, query);
    await expect(page.getByTestId('first-run').isVisible()).resolves.toBe(true);
    // One filled (primary) button before validating: 校验本表.
    expect(await settledFilledButtons(page, ['validate-sheet'])).toEqual(['validate-sheet']);
    await expectClean(page);
    await shoot(page, `pane-start-${lang}`);

    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'summary');
    expect(await inPaneView(page, '[data-testid="summary"]')).toBe(true);
    await expect(page.getByTestId('first-run').count()).resolves.toBe(0); // validating put the card away
    expect(await settledFilledButtons(page, [])).toEqual([]); // the results lead now, no filled button competes
    const announced = await page.getByTestId('status').textContent();
    expect(announced).toMatch(lang === 'zh' ? /校验完成：1 个错误/ : /Validation done: 1 errors/);
    await expectClean(page);
    await shoot(page, `pane-validated-${lang}`);

    // Scrolling the list keeps the counts at the top of the pane.
    await page.locator('#pane').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
    await page.waitForTimeout(100);
    expect(await inPaneView(page, '[data-testid="summary"]')).toBe(true);
    const top = await page.evaluate(
      () =>
        document.querySelector('[data-testid="summary"]')!.getBoundingClientRect().top -
        document.getElementById('pane')!.getBoundingClientRect().top,
    );
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    await shoot(page, `pane-scrolled-${lang}`);

    // The card stays away on the next visit.
    await page.reload();
    await page.waitForFunction(() => typeof window.__paneReady === 'number');
    await expect(page.getByTestId('first-run').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores a finding, lists it under "ignored · show", and restores it with its highlight', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, query);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    const before = await findingItems(page).count();
    const fillsBefore = await gridFills(page);
    const first = findingItems(page).first();
    const cell = (await first.getAttribute('data-finding-cell'))!;
    const rule = (await first.getAttribute('data-finding-rule'))!;
    await first.getByRole('button', { name: new RegExp(ignore) }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#pane li[data-finding-cell]').length === n - 1,
      before,
    );
    await waitForResults(page);
    // Focus is not lost with the card: it goes to the summary.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'summary');
    // Its highlight went with it (the grid redraws on the next animation frame).
    await page.waitForFunction(
      ({ address, fill }) =>
        document.querySelector(`[data-cell="${address}"]`)?.getAttribute('data-fill') !== fill,
      { address: cell, fill: fillsBefore[cell] },
    );

    const toggle = page.getByTestId('ignored-toggle');
    await expect(toggle.textContent()).resolves.toMatch(
      lang === 'zh' ? /已忽略 1 条 · 显示/ : /Ignored: 1 · Show/,
    );
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator(`[data-ignored-cell="${cell}"]`).count()).resolves.toBe(1);
    await expectClean(page);
    await shoot(page, `pane-ignored-${lang}`);

    // Kept in the workbook (per workbook, not per browser).
    const ignored = await page.evaluate(() => window.__paneSession!.getState().ignored[0]);
    const stored = await page.evaluate(() => JSON.stringify(window.__simHost?.state.settings ?? {}));
    expect(stored).toContain(JSON.stringify(findingKey(ignored)).slice(1, -1));

    await page
      .locator(`[data-ignored-cell="${cell}"]`)
      .getByRole('button', { name: new RegExp(restore) })
      .click();
    await page.locator(`#pane li[data-finding-cell="${cell}"][data-finding-rule="${rule}"]`).waitFor();
    await waitForResults(page);
    await expect(findingItems(page).count()).resolves.toBe(before);
    await expect(page.getByTestId('ignored-toggle').count()).resolves.toBe(0);
    expect((await settledGridFills(page, fillsBefore))[cell]).toBe(fillsBefore[cell]);
    const after = await page.evaluate(() => window.__paneSession?.getState().ignored.length);
    expect(after).toBe(0);
    await page.close();
  });

  it('shows the profile each table was read with, and reads it with another one chosen, kept in the workbook', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, query);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    const matched = await page.evaluate(() => window.__paneSession!.getState().tables[0].profile ?? null);
    const other = matched === 'sichuan' ? 'national' : 'sichuan';
    await page.getByTestId('table-profiles-toggle').click();
    const select = page.getByTestId('table-profile-select').first();
    await expect(select.inputValue()).resolves.toBe(''); // matched, not chosen
    await select.selectOption(other);
    await page.waitForFunction(
      (id) =>
        window.__paneSession?.getState().tables[0]?.profile === id &&
        window.__paneSession.getState().status === 'ready',
      other,
    );
    const stored = await page.evaluate(() =>
      String(window.__simHost?.state.settings['selfeval.profiles'] ?? ''),
    );
    expect(JSON.parse(stored)).toEqual([expect.objectContaining({ profile: other })]);
    await expect(page.getByTestId('table-profile-select').first().inputValue()).resolves.toBe(other);
    await expectClean(page);
    await shoot(page, `pane-profiles-${lang}`);
    await page.getByTestId('table-profile-select').first().selectOption('');
    await page.waitForFunction(
      (id) =>
        window.__paneSession?.getState().tables[0]?.profile === id &&
        window.__paneSession.getState().status === 'ready',
      matched,
    );
    await expect(page.evaluate(() => window.__simHost?.state.settings['selfeval.profiles'])).resolves.toBe(
      '[]',
    );
    await page.close();
  });

  it('fix all opens a panel in the pane listing old → new while the cells stay visible, then writes them', async () => {
    const page = await browser.context.newPage();
    await openPreview(page, server.url, query);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    const pending = await page.evaluate(() =>
      (window.__paneSession?.pendingFixes() ?? []).map(({ finding, fix }) => ({
        cell: fix.cell,
        sheet: fix.sheet,
        value: fix.value,
        from: finding.actual,
        to: finding.expected,
      })),
    );
    expect(pending.length).toBe(2);
    await page.getByTestId('fix-all').click();
    const panel = page.getByTestId('fix-all-panel');
    await panel.waitFor();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0); // not modal
    for (const entry of pending) {
      const line = panel.locator(`li[data-fix-cell="${entry.cell}"]`);
      await expect(line.textContent()).resolves.toContain(`${entry.from} → ${entry.to}`);
      // Nothing lies over the cell about to change: the clerk sees it (and can click it) beside the pane.
      const gridCell = page.locator(`[data-cell="${entry.cell}"]`);
      await gridCell.scrollIntoViewIfNeeded();
      const box = (await gridCell.boundingBox())!;
      const hit = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-cell]')?.getAttribute('data-cell'),
        { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      );
      expect(hit).toBe(entry.cell);
    }
    // A line goes to its cell.
    await panel.locator(`li[data-fix-cell="${pending[1].cell}"] button`).click();
    await page.locator(`[data-cell="${pending[1].cell}"][aria-selected="true"]`).waitFor({ timeout: 5000 });
    await expectClean(page);
    await shoot(page, `pane-fix-all-${lang}`);

    await page.getByTestId('fix-all-confirm').click();
    await page.getByTestId('status').filter({ hasText: fixed }).waitFor();
    await waitForResults(page);
    for (const entry of pending) {
      const value = await page.evaluate(
        ({ sheet, cell }) => window.__simHost?.state.sheets.find((s) => s.name === sheet)?.cells[cell]?.value,
        entry,
      );
      expect(value).toBe(entry.value);
    }
    await expect(page.getByTestId('fix-all-panel').count()).resolves.toBe(0);
    await page.close();
  });
});
