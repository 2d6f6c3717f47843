// Helpers over the preview page: the simulated workbook's grid and the pane beside it.
import type { Page } from 'playwright-core';

export async function openPreview(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/preview.html${query}`);
  await page.waitForFunction(() => typeof window.__paneReady === 'number', undefined, { timeout: 30000 });
}

/** Every rendered cell's fill, keyed by A1 address. */
export function gridFills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-cell]', (cells) =>
    Object.fromEntries(
      cells.map((cell) => [cell.getAttribute('data-cell') ?? '', cell.getAttribute('data-fill') ?? '']),
    ),
  );
}

/** The grid's fills once they equal `wanted`, or as they are after two seconds: the preview grids redraw on the
 *  next animation frame after the host changed, a moment after the pane's status says what it did. */
export async function settledGridFills(
  page: Page,
  wanted: Record<string, string>,
): Promise<Record<string, string>> {
  let fills = await gridFills(page);
  for (let i = 0; i < 40 && JSON.stringify(fills) !== JSON.stringify(wanted); i++) {
    await page.waitForTimeout(50);
    fills = await gridFills(page);
  }
  return fills;
}

export function findingItems(page: Page) {
  return page.locator('#pane li[data-finding-cell]');
}

/** Waits until the pane has finished a validation and shows its summary. */
export async function waitForResults(page: Page): Promise<void> {
  await page.locator('[data-testid="summary"]').waitFor();
  await page.waitForFunction(() => window.__paneSession?.getState().status === 'ready');
}

/** axe-core's violations in the pane, as "rule (nodes)" lines. */
export function paneAxeViolations(page: Page): Promise<string[]> {
  return axeViolations(page, '#pane');
}

/** How far the pane's content is wider than the pane (≤ 0: no sideways scrolling). */
export function paneOverflow(page: Page): Promise<number> {
  return page.$eval('#pane', (pane) => pane.scrollWidth - pane.clientWidth);
}

/** Console errors, failed page scripts and HTTP errors (a missing favicon included) seen by the page from now on. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** axe-core's violations in any part of the page (the preview's own header, say). */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  // Colours are checked as they settle: Fluent buttons fade between appearances (校验本表 steps back from
  // primary after validating), and a fade caught half-way fails color-contrast for a few milliseconds.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
          .map((animation) => animation.finished),
      ),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]),
  );
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: { run(context: string): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(context);
    return result.violations.map(
      (v) =>
        `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`,
    );
  }, selector);
}

/** Whether the element lies wholly inside both the pane's visible area and the window. */
export function inPaneView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    const pane = document.getElementById('pane');
    if (!element || !pane) return false;
    const box = element.getBoundingClientRect();
    const view = pane.getBoundingClientRect();
    return (
      box.height > 0 &&
      box.top >= view.top - 1 &&
      box.bottom <= Math.min(view.bottom, window.innerHeight) + 1 &&
      box.left >= view.left - 1 &&
      box.right <= view.right + 1
    );
  }, selector);
}
