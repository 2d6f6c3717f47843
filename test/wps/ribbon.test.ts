// The WPS ribbon's buttons (src/wps/addin/commands.ts) on the simulated WPS host with seed 004: 校验本表 checks and
// highlights the active sheet, keeps its result in the workbook and opens the pane; 清除标记 takes every mark
// off; 显示窗格 toggles one pane; 插入指标 opens the pane on its insert view.
import { checkWorkbook } from '../../src/engine/check';
import { installSimWps, type SimWpsHandle } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import {
  clearMarks,
  insertIndicators,
  paneUrl,
  togglePane,
  validateSheet,
} from '../../src/wps/addin/commands';
import { SEED_FILES, userSheetsJson, wpsBookFromXlsx } from './seed-books';

const BASE = 'file:///home/u/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/index.html';
const SEED_004 = SEED_FILES.find((file) => file.endsWith('seed-004.xlsx')) as string;

let host: SimWpsHandle;
beforeEach(async () => {
  host = installSimWps(await wpsBookFromXlsx(SEED_004));
});
afterEach(() => host.uninstall());

const panes = () => [...host.taskPanes.values()].filter((pane) => !pane.deleted);

describe('the WPS ribbon', () => {
  it("校验本表 highlights the active sheet's mistakes, saves the run, and shows one pane that lists them", async () => {
    const all = checkWorkbook((await createWpsPort().read('workbook')).grids, { lang: 'zh' }).findings;
    host.state.activeSheet = all[0].sheet; // a sheet with mistakes
    const before = userSheetsJson(host.state);
    const { grids } = await createWpsPort().read('active-sheet');
    const expected = checkWorkbook(grids, { lang: 'zh' }).findings;
    expect(expected.length).toBeGreaterThan(0);

    await validateSheet(BASE);
    expect(userSheetsJson(host.state)).not.toBe(before);
    expect(host.statusBar).toMatch(/^selfeval: 错误 \d+，警告 \d+，提示 \d+$/);
    const run = await createWpsPort().loadLastRun();
    expect(run?.counts.error).toBe(expected.filter((f) => f.severity === 'error').length);
    expect(panes()).toHaveLength(1);
    expect(panes()[0]).toMatchObject({
      visible: true,
      url: 'file:///home/u/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/taskpane.html?after=ribbon',
    });

    await validateSheet(BASE); // again: the same pane, reloaded
    expect(panes()).toHaveLength(1);

    await clearMarks(BASE);
    expect(userSheetsJson(host.state)).toBe(before);
    expect(host.statusBar).toMatch(/^selfeval: 已清除 [1-9]\d* 个单元格的标记$/);
  });

  it('显示窗格 toggles the pane, and makes a new one when WPS dropped the old', () => {
    togglePane(BASE);
    expect(panes()[0].visible).toBe(true);
    togglePane(BASE);
    expect(panes()[0].visible).toBe(false);
    panes()[0].deleted = true;
    togglePane(BASE);
    expect(panes()).toHaveLength(1);
    expect(panes()[0].visible).toBe(true);
  });

  it('插入指标 opens the pane on the insert view', () => {
    insertIndicators(BASE);
    expect(panes()[0].url).toBe(paneUrl(BASE, { view: 'insert' }));
    expect(panes()[0].url.endsWith('taskpane.html?view=insert')).toBe(true);
  });
});
