// The engine's fix plan through the real pane in a real browser (production bundle, real adapter, simulated
// Excel): issue 9's two cases. Only the session and the port are under test here; the list and dialog are the
// pane's own. The workbook is swapped into the preview's simulated host before validating.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { toA1 } from '../../src/engine/grid/a1';
import { Grid, cellOf } from '../../src/engine/grid/grid';
import { recognizeTables } from '../../src/engine/recognize';
import { SEVERITY_FILL } from '../../src/host/marking';
import type { SimWorkbookState } from '../../src/simhost';
import { serveStatic, type StaticServer } from '../../scripts/serve-preview';
import { launchChromium, type Browser } from './chromium';
import { findingItems, openPreview, waitForResults } from './preview-page';

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

/** Replaces the preview's workbook with `state` (the same host object, so the pane's port keeps working). */
async function load(page: Page, state: SimWorkbookState): Promise<void> {
  await page.evaluate((json) => {
    const next = JSON.parse(json) as SimWorkbookState;
    const host = window.__simHost;
    if (!host) throw new Error('no simulated host');
    host.state.sheets.splice(0, host.state.sheets.length, ...next.sheets);
    host.state.activeSheet = next.activeSheet;
    host.state.settings = next.settings;
    delete host.state.selection;
  }, JSON.stringify(state));
}

function cellOfPage(page: Page, sheet: string, address: string) {
  return page.evaluate(
    ([name, at]) => window.__simHost?.state.sheets.find((s) => s.name === name)?.cells[at] ?? null,
    [sheet, address] as const,
  );
}

async function fixAll(page: Page): Promise<void> {
  await page.getByTestId('fix-all').click();
  await page.getByRole('button', { name: '写入' }).click();
  await page.waitForFunction(() => {
    const state = window.__paneSession?.getState();
    return state?.status === 'ready' && state.notice?.kind === 'fixed';
  });
}

/** The overall table's 得分 cell of an indicator worth 20, and its 总分 cell, from the sheet's cells. */
function scoreAndTotal(state: SimWorkbookState, sheetName: string): { score: string; total: string } {
  const sheet = state.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(sheetName);
  const grid = new Grid(sheetName);
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match || typeof cell.value === 'boolean') continue;
    const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    grid.setCell(Number(match[2]) - 1, col, cellOf(cell.value, cell.numberFormat, undefined, cell.formula));
  }
  for (const table of recognizeTables(grid)) {
    if (table.kind !== 'overall-self-eval' || !table.indicators?.total) continue;
    const row = table.indicators.groups
      .flatMap((group) => group.rows)
      .find((r) => r.weight.figure.kind === 'number' && r.weight.figure.value === 20);
    const total = table.indicators.total.score.at;
    if (row) return { score: toA1(row.score.at.row, row.score.at.col), total: toA1(total.row, total.col) };
  }
  throw new Error('no indicator worth 20');
}

describe('全部修正 applies the engine’s fix plan', () => {
  it('seed 004 with a 得分 of 25 over 分值 20: the 得分 red, 总分 a consequence in note blue; only the 得分 is written', async () => {
    const state = await simStateFromXlsx(join(ROOT, 'samples/seed-004-corrected.xlsx'));
    const sheet = state.sheets.find((s) => /整体支出/.test(s.name))?.name ?? '';
    state.activeSheet = sheet;
    const { score, total } = scoreAndTotal(state, sheet);
    const cells = state.sheets.find((s) => s.name === sheet)?.cells ?? {};
    const was = cells[score].value;
    cells[score] = { ...cells[score], value: 25 };

    const page = await browser.context.newPage();
    await openPreview(page, server.url);
    await load(page, state);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    await expect(
      findingItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-finding-cell'))),
    ).resolves.toEqual(expect.arrayContaining([score, total]));
    await expect(cellOfPage(page, sheet, score)).resolves.toMatchObject({ fill: SEVERITY_FILL.error });
    await expect(cellOfPage(page, sheet, total)).resolves.toMatchObject({ fill: SEVERITY_FILL.info });
    await expect(page.locator(`[data-cell="${total}"]`).getAttribute('data-fill')).resolves.toBe(
      SEVERITY_FILL.info,
    );

    await fixAll(page);
    await expect(cellOfPage(page, sheet, score)).resolves.toMatchObject({ value: was });
    const errors = await page.evaluate(
      () => window.__paneSession?.getState().findings.filter((f) => f.severity === 'error').length,
    );
    expect(errors).toBe(0);
    await page.close();
  });

  it('seed 002: B7 5.41 over 0 + 0 is the root, 三公经费 B6 its consequence; only B7 becomes 0', async () => {
    const state = await simStateFromXlsx(join(ROOT, 'samples/seed-002.xlsx'));
    const sheet = state.sheets.find((s) => /基础数据/.test(s.name))?.name ?? '';
    state.activeSheet = sheet;
    const page = await browser.context.newPage();
    await openPreview(page, server.url);
    await load(page, state);
    await page.getByTestId('validate-sheet').click();
    await waitForResults(page);
    const b6 = await cellOfPage(page, sheet, 'B6');
    await expect(cellOfPage(page, sheet, 'B7')).resolves.toMatchObject({ fill: SEVERITY_FILL.error });
    expect(b6).toMatchObject({ fill: SEVERITY_FILL.info });
    expect(b6?.note).toMatch(/连带（sub-total）[\s\S]*改正 B7 后即相符/);

    const before = await page.evaluate(() => JSON.stringify(window.__simHost?.state.sheets));
    await fixAll(page);
    await page.getByTestId('clear-highlights').click();
    await page.waitForFunction(() => window.__paneSession?.getState().notice?.kind === 'cleared');
    const after = await page.evaluate(() => JSON.stringify(window.__simHost?.state.sheets));
    const changed = (JSON.parse(before) as SimWorkbookState['sheets']).flatMap((old, index) => {
      const now = (JSON.parse(after) as SimWorkbookState['sheets'])[index];
      const addresses = new Set([...Object.keys(old.cells), ...Object.keys(now.cells)]);
      return [...addresses]
        .filter((address) => {
          const strip = (cell: unknown) => {
            const { fill: _f, note: _n, ...rest } = (cell ?? {}) as Record<string, unknown>;
            void _f;
            void _n;
            return JSON.stringify(rest);
          };
          return strip(old.cells[address]) !== strip(now.cells[address]);
        })
        .map((address) => `${old.name}!${address}`);
    });
    expect(changed).toEqual([`${sheet}!B7`]);
    await expect(cellOfPage(page, sheet, 'B7')).resolves.toMatchObject({ value: 0 });
    await page.close();
  });
});
