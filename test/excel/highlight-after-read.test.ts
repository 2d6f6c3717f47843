// Highlighting right after the validating read: the read brings the fills, the note count and the saved record
// along, so the highlight is one write sync — and must leave exactly what the two-sync path would.
import { createExcelPort, SEVERITY_FILL } from '../../src/excel';
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle, SimWorkbookState } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';
import { fillsOf, notesOf, scoreFinding } from './helpers';

const OTHER = '项目支出绩效自评表';

const finding = scoreFinding;
const SCORE = finding('H4', 'error');
const RATE = finding('G4', 'warning');
const SPENT = finding('E4', 'info'); // E4 has the clerk's yellow fill

/** Every sheet's fills, so a stray fill on any sheet shows. */
function fills(state: SimWorkbookState): Record<string, Record<string, string>> {
  return Object.fromEntries(state.sheets.map((sheet) => [sheet.name, fillsOf(state, sheet.name)]));
}

let host: SimHostHandle;
afterEach(() => {
  host.uninstall();
  jest.restoreAllMocks();
});

function install(state = workbookOf([overallSheet()]), excelApi?: string, responseCellLimit?: number): void {
  host = installSimHost(state, { excelApi, responseCellLimit });
}

async function syncsOf(action: () => Promise<unknown>): Promise<{ total: number; writes: number }> {
  const start = host.syncCount;
  await action();
  const syncs = host.syncLog.slice(start);
  return { total: syncs.length, writes: syncs.filter((sync) => sync.writes > 0).length };
}

describe('highlight after a read', () => {
  it('writes fills and notes in one sync, the only one, when it follows the read (ExcelApi 1.18)', async () => {
    install();
    const port = createExcelPort();
    await port.read('active-sheet');
    expect(await syncsOf(() => port.highlight([SCORE, RATE, SPENT]))).toEqual({ total: 1, writes: 1 });
    const cells = host.state.sheets[0].cells;
    expect([cells.H4.fill, cells.G4.fill, cells.E4.fill]).toEqual([
      SEVERITY_FILL.error,
      SEVERITY_FILL.warning,
      SEVERITY_FILL.info,
    ]);
    expect(cells.H4.note).toContain('应为 9.01，实为 9.20');
  });

  it('clear restores the yellow fill and No Fill exactly after a one-sync highlight', async () => {
    install();
    const before = fills(host.state);
    const port = createExcelPort();
    await port.read('active-sheet');
    await port.highlight([SCORE, SPENT]);
    expect(await port.clearHighlights()).toBe(2);
    expect(fills(host.state)).toEqual(before);
    expect(host.state.sheets[0].cells.E4.fill).toBe('#FFFF00');
    expect(host.state.sheets[0].cells.H4.fill).toBeUndefined();
    expect(notesOf(host.state)).toEqual({});
  });

  it('tells white from No Fill from the read alone', async () => {
    const sheet = overallSheet();
    sheet.cells.D4 = { ...sheet.cells.D4, fill: '#FFFFFF' };
    install(workbookOf([sheet]));
    const port = createExcelPort();
    await port.read('active-sheet');
    await port.highlight([finding('D4', 'error'), SCORE]);
    await port.clearHighlights();
    expect(host.state.sheets[0].cells.D4.fill).toBe('#FFFFFF');
    expect(host.state.sheets[0].cells.H4.fill).toBeUndefined();
  });

  it('a second validation (a finding fixed meanwhile) is one sync too and gives the cell its fill back', async () => {
    install();
    const before = fills(host.state);
    const port = createExcelPort();
    await port.read('active-sheet');
    await port.highlight([SCORE, SPENT]);
    await port.read('active-sheet');
    expect(await syncsOf(() => port.highlight([SCORE]))).toEqual({ total: 1, writes: 1 });
    expect(host.state.sheets[0].cells.E4.fill).toBe('#FFFF00');
    expect(Object.keys(notesOf(host.state))).toEqual(['H4']);
    await port.clearHighlights();
    expect(fills(host.state)).toEqual(before);
  });

  it('reads for itself when the read is older than ten seconds (the user may have recoloured cells)', async () => {
    install();
    const port = createExcelPort();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    await port.read('active-sheet');
    host.state.sheets[0].cells.H4.fill = '#00B050'; // recoloured by hand after the read
    clock.mockReturnValue(now + 10_001);
    expect(await syncsOf(() => port.highlight([SCORE]))).toEqual({ total: 2, writes: 1 });
    await port.clearHighlights();
    expect(host.state.sheets[0].cells.H4.fill).toBe('#00B050');
  });

  it('uses a read once: a second highlight without a read probes again', async () => {
    install();
    const port = createExcelPort();
    await port.read('active-sheet');
    await port.highlight([SCORE]);
    expect((await syncsOf(() => port.highlight([SCORE, RATE]))).total).toBe(2);
  });

  it("probes when the sheet holds a clerk's note, and leaves that note alone", async () => {
    const sheet = overallSheet();
    sheet.cells.H4 = { ...sheet.cells.H4, note: '按上级口径填写' };
    install(workbookOf([sheet]));
    const port = createExcelPort();
    await port.read('active-sheet');
    expect((await syncsOf(() => port.highlight([SCORE, RATE]))).total).toBe(2);
    expect(host.state.sheets[0].cells.H4.note).toBe('按上级口径填写');
    expect(host.state.sheets[0].cells.G4.note).toContain('[selfeval]');
    await port.clearHighlights();
    expect(notesOf(host.state)).toEqual({ H4: '按上级口径填写' });
  });

  it('copes when a clerk deleted our note and wrote one of theirs on a cell flagged next', async () => {
    install();
    const port = createExcelPort();
    await port.read('active-sheet');
    await port.highlight([SCORE]);
    // As many notes on the sheet as we recorded, yet the one there is the clerk's, on a cell we flag next.
    delete host.state.sheets[0].cells.H4.note;
    host.state.sheets[0].cells.G4.note = '已与财政局核对';
    await port.read('active-sheet');
    // The one-sync write stops at deleting our vanished note; the probing path then reads and writes.
    expect(await syncsOf(() => port.highlight([SCORE, RATE]))).toEqual({ total: 3, writes: 2 });
    expect(host.state.sheets[0].cells.G4.note).toBe('已与财政局核对');
    expect(host.state.sheets[0].cells.H4.note).toContain('[selfeval]');
    expect(host.state.sheets[0].cells.G4.fill).toBe(SEVERITY_FILL.warning);
    await port.clearHighlights();
    expect(notesOf(host.state)).toEqual({ G4: '已与财政局核对' });
    expect(host.state.sheets[0].cells.H4.fill).toBeUndefined();
    expect(host.state.sheets[0].cells.G4.fill).toBeUndefined();
  });

  it('covers every sheet of a workbook read in the same one write sync', async () => {
    install(workbookOf([overallSheet(), overallSheet(OTHER, 2)]));
    const before = fills(host.state);
    const port = createExcelPort();
    await port.loadIgnored(); // learns the sheet names, as the pane does at start-up
    await port.read('workbook');
    const findings = [SCORE, finding('H6', 'warning', OTHER)];
    expect(await syncsOf(() => port.highlight(findings))).toEqual({ total: 1, writes: 1 });
    expect(host.state.sheets[1].cells.H6.fill).toBe(SEVERITY_FILL.warning);
    await port.clearHighlights();
    expect(fills(host.state)).toEqual(before);
  });

  it('probes for a sheet the read did not cover', async () => {
    install(workbookOf([overallSheet(), overallSheet(OTHER, 2)]));
    const port = createExcelPort();
    await port.read('active-sheet');
    expect((await syncsOf(() => port.highlight([finding('H6', 'warning', OTHER)]))).total).toBe(2);
    expect(host.state.sheets[1].cells.H6.fill).toBe(SEVERITY_FILL.warning);
  });

  it('on Office 2019 (ExcelApi 1.8, no getCellProperties) probes, and clear still restores every fill', async () => {
    install(undefined, '1.8');
    const before = fills(host.state);
    const port = createExcelPort();
    await port.read('active-sheet');
    expect((await syncsOf(() => port.highlight([SCORE, SPENT]))).total).toBe(2);
    await port.clearHighlights();
    expect(fills(host.state)).toEqual(before);
  });

  it('on Office 2021 (ExcelApi 1.14, no notes) is one sync and adds no note', async () => {
    install(undefined, '1.14');
    const port = createExcelPort();
    await port.read('active-sheet');
    expect(await syncsOf(() => port.highlight([SCORE]))).toEqual({ total: 1, writes: 1 });
    expect(notesOf(host.state)).toEqual({});
  });

  it('when Excel refuses the read for its size, reads again without fills and the highlight probes', async () => {
    // 4 rows × 8 columns: the grid's four matrices are 128 entries, with the fills 160.
    install(undefined, undefined, 140);
    const port = createExcelPort();
    const snapshot = await port.read('active-sheet');
    expect(snapshot.grids[0].cellAt(3, 7)?.value).toBe(9.2);
    expect((await syncsOf(() => port.highlight([SCORE]))).total).toBe(2);
    expect(host.state.sheets[0].cells.H4.fill).toBe(SEVERITY_FILL.error);
    // Later reads leave the fills out from the start: one sync each.
    expect((await syncsOf(() => port.read('active-sheet'))).total).toBe(1);
  });

  it('forgets the read once an insert or an undo of one may have moved the rows', async () => {
    install();
    const port = createExcelPort();
    await port.read('active-sheet');
    expect(await port.undoLastInsert()).toEqual({ refused: 'nothing' });
    expect((await syncsOf(() => port.highlight([SCORE]))).total).toBe(2);
  });
});
