import { createExcelPort, SEVERITY_FILL } from '../../src/excel';
import type { Finding } from '../../src/engine/rules/types';
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle, SimWorkbookState } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

const SHEET = '部门整体支出绩效自评表';

function finding(cell: string, severity: Finding['severity'], rule = 'overall-budget-score'): Finding {
  return {
    sheet: SHEET,
    cell,
    rule,
    severity,
    message: '得分应为 10 × 111.27/123.47 = 9.01',
    expected: '9.01',
    actual: '9.20',
  };
}

const SCORE = finding('H4', 'error');
const RATE = finding('G4', 'warning', 'overall-execution-rate');
const SPENT = finding('E4', 'info', 'overall-note');

function fills(state: SimWorkbookState): Record<string, string | undefined> {
  const cells = state.sheets[0].cells;
  return Object.fromEntries(Object.keys(cells).map((key) => [key, cells[key].fill]));
}

function values(state: SimWorkbookState): string {
  return JSON.stringify(state.sheets[0].cells, (key, value: unknown) =>
    key === 'fill' || key === 'note' ? undefined : value,
  );
}

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(workbookOf([overallSheet()]));
});
afterEach(() => host.uninstall());

describe('highlighting findings', () => {
  it('fills each cell by severity and writes everything in one sync (after one read sync)', async () => {
    const port = createExcelPort();
    const syncs = await host.countSyncs(() => port.highlight([SCORE, RATE, SPENT]));
    expect(syncs).toBe(2);
    expect(host.syncLog.slice(-2).map((sync) => sync.writes > 0)).toEqual([false, true]);
    const cells = host.state.sheets[0].cells;
    expect([cells.H4.fill, cells.G4.fill, cells.E4.fill]).toEqual([
      SEVERITY_FILL.error,
      SEVERITY_FILL.warning,
      SEVERITY_FILL.info,
    ]);
  });

  it('adds a note with expected vs actual (ExcelApi 1.18)', async () => {
    await createExcelPort().highlight([SCORE]);
    expect(host.state.sheets[0].cells.H4.note).toContain('应为 9.01，实为 9.20');
    expect(host.state.sheets[0].cells.H4.note).toMatch(/^\[selfeval\] 错误（overall-budget-score）\n/);
  });

  it('words the note in the language asked for', async () => {
    await createExcelPort().highlight([SCORE], 'en');
    expect(host.state.sheets[0].cells.H4.note).toContain('[selfeval] error (overall-budget-score)');
    expect(host.state.sheets[0].cells.H4.note).toContain('expected 9.01, actual 9.20');
  });

  it('never changes a value or a number format', async () => {
    const before = values(host.state);
    const port = createExcelPort();
    await port.highlight([SCORE, RATE, SPENT]);
    expect(values(host.state)).toBe(before);
    await port.clearHighlights();
    expect(values(host.state)).toBe(before);
  });

  it('clear restores every fill exactly, No Fill as no fill (not white) and yellow as yellow', async () => {
    const before = fills(host.state);
    const port = createExcelPort();
    await port.highlight([SCORE, RATE, SPENT]);
    expect(await port.clearHighlights()).toBe(3);
    expect(fills(host.state)).toEqual(before);
    expect(host.state.sheets[0].cells.H4.fill).toBeUndefined();
    expect(host.state.sheets[0].cells.E4.fill).toBe('#FFFF00');
    expect(host.state.sheets[0].cells.H4.note).toBeUndefined();
    expect(host.state.settings['selfeval.highlights']).toBeUndefined();
  });

  it('clear works after the workbook was saved, closed and reopened', async () => {
    const before = fills(host.state);
    await createExcelPort().highlight([SCORE, SPENT]);
    host.reopen();
    const freshPort = createExcelPort();
    expect(await freshPort.clearHighlights()).toBe(2);
    expect(fills(host.state)).toEqual(before);
    expect(host.state.sheets[0].cells.H4.note).toBeUndefined();
  });

  it('highlighting twice keeps the original fill, not our own colour, and restores cells no longer flagged', async () => {
    const before = fills(host.state);
    const port = createExcelPort();
    await port.highlight([SCORE, SPENT]);
    await port.highlight([SCORE]); // the 全年执行数 finding was fixed meanwhile
    expect(host.state.sheets[0].cells.E4.fill).toBe('#FFFF00');
    expect(host.state.sheets[0].cells.E4.note).toBeUndefined();
    await port.clearHighlights();
    expect(fills(host.state)).toEqual(before);
  });

  it("leaves a clerk's own note in place and does not delete it on clear", async () => {
    host.state.sheets[0].cells.H4.note = '按上级口径填写';
    const port = createExcelPort();
    await port.highlight([SCORE]);
    expect(host.state.sheets[0].cells.H4.note).toBe('按上级口径填写');
    await port.clearHighlights();
    expect(host.state.sheets[0].cells.H4.note).toBe('按上级口径填写');
  });

  it('clears even when a clerk deleted one of our notes by hand', async () => {
    const port = createExcelPort();
    await port.highlight([SCORE, RATE]);
    delete host.state.sheets[0].cells.H4.note;
    expect(await port.clearHighlights()).toBe(2);
    expect(host.state.sheets[0].cells.G4.note).toBeUndefined();
    expect(host.state.sheets[0].cells.G4.fill).toBeUndefined();
  });

  it('tells a white fill from No Fill where the host reports fill patterns (ExcelApi 1.9+)', async () => {
    host.state.sheets[0].cells.D4.fill = '#FFFFFF';
    const port = createExcelPort();
    await port.highlight([finding('D4', 'error'), SCORE]);
    await port.clearHighlights();
    expect(host.state.sheets[0].cells.D4.fill).toBe('#FFFFFF');
    expect(host.state.sheets[0].cells.H4.fill).toBeUndefined();
  });

  it('uses the worse severity when two findings share a cell', async () => {
    await createExcelPort().highlight([finding('H4', 'info', 'a'), finding('H4', 'error', 'b')]);
    expect(host.state.sheets[0].cells.H4.fill).toBe(SEVERITY_FILL.error);
  });

  it('highlights every cell of a range finding', async () => {
    const before = fills(host.state);
    const port = createExcelPort();
    await port.highlight([finding('C4:E4', 'warning')]);
    expect(['C4', 'D4', 'E4'].map((key) => host.state.sheets[0].cells[key].fill)).toEqual(
      Array(3).fill(SEVERITY_FILL.warning),
    );
    expect(host.state.sheets[0].cells.C4.note).toBeDefined();
    await port.clearHighlights();
    expect(fills(host.state)).toEqual(before);
  });

  it('returns 0 and writes nothing when there is nothing to clear', async () => {
    expect(await createExcelPort().clearHighlights()).toBe(0);
    expect(host.syncLog.every((sync) => sync.writes === 0)).toBe(true);
  });

  it('on Office 2019 (ExcelApi 1.8) highlights without notes and still restores No Fill', async () => {
    host.setExcelApi('1.8');
    const before = fills(host.state);
    const port = createExcelPort();
    await port.highlight([SCORE, SPENT]);
    expect(host.state.sheets[0].cells.H4.fill).toBe(SEVERITY_FILL.error);
    expect(host.state.sheets[0].cells.H4.note).toBeUndefined();
    await port.clearHighlights();
    expect(fills(host.state)).toEqual(before);
  });

  it('with notes turned off highlights on 1.18 without adding any', async () => {
    await createExcelPort({ notes: false }).highlight([SCORE]);
    expect(host.state.sheets[0].cells.H4.note).toBeUndefined();
    expect(host.state.sheets[0].cells.H4.fill).toBe(SEVERITY_FILL.error);
  });
});
