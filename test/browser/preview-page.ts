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

export function findingItems(page: Page) {
  return page.locator('#pane li[data-finding-cell]');
}

/** Waits until the pane has finished a validation and shows its summary. */
export async function waitForResults(page: Page): Promise<void> {
  await page.locator('[data-testid="summary"]').waitFor();
  await page.waitForFunction(() => window.__paneSession?.getState().status === 'ready');
}

/** axe-core's violations in the pane, as "rule (nodes)" lines. */
export async function paneAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: string): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run('#pane');
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** How far the pane's content is wider than the pane (≤ 0: no sideways scrolling). */
export function paneOverflow(page: Page): Promise<number> {
  return page.$eval('#pane', (pane) => pane.scrollWidth - pane.clientWidth);
}
