// Highlighting and clearing through the WPS adapter on a small overall sheet (seed 004's budget block): exact
// restoration of "no fill" and of white, clerks' comments and recolourings left alone, state kept in the workbook.
import type { Finding } from '../../src/engine/rules/types';
import { installSimWps, type SimWpsHandle, type WpsBookState, type WpsSheet } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import { SEVERITY_FILL } from '../../src/host/marking';
import { STATE_SHEET } from '../../src/wps/store';

const SHEET = '部门整体支出绩效自评表';

function book(): WpsBookState {
  const n = (value: number, numberFormat = '0.00') => ({ value, numberFormat });
  return {
    activeSheet: SHEET,
    sheets: [
      {
        name: SHEET,
        merges: ['A1:H1'],
        cells: {
          A1: { value: '部门整体支出绩效自评表' },
          A4: { value: '年度资金总额' },
          C4: n(123.47),
          D4: { ...n(123.47), fill: '#FFFFFF' }, // a real white fill, not "no fill"
          E4: { ...n(111.27), fill: '#FFFF00' },
          F4: n(10, '0'),
          G4: { ...n(0.9012, '0.00%'), comment: { text: '来源：决算表', author: 'clerk' } },
          H4: { value: 9.2, numberFormat: '0.00', formula: '=F4*G4+0.19' },
        },
      },
      { name: '说明', merges: [], cells: { A1: { value: '填表说明' } } },
    ],
  };
}

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

let host: SimWpsHandle;
beforeEach(() => {
  host = installSimWps(book());
});
afterEach(() => host.uninstall());

const sheet = (): WpsSheet => host.state.sheets.find((s) => s.name === SHEET) as WpsSheet;
const userJson = () => JSON.stringify(host.state.sheets.filter((s) => s.name !== STATE_SHEET));

describe('highlighting through WPS', () => {
  it('fills by severity (BGR written, #RRGGBB stored), adds comments, and clears every fill exactly', async () => {
    const before = userJson();
    const port = createWpsPort();
    await port.highlight([
      finding('H4', 'error'),
      finding('D4', 'warning'),
      finding('E4', 'info'),
      finding('C4', 'error'),
    ]);
    expect([sheet().cells.H4.fill, sheet().cells.D4.fill, sheet().cells.E4.fill]).toEqual([
      SEVERITY_FILL.error,
      SEVERITY_FILL.warning,
      SEVERITY_FILL.info,
    ]);
    expect(sheet().cells.H4.comment?.text).toContain('9.01');
    expect(await port.clearHighlights()).toBe(4);
    expect(userJson()).toBe(before);
    expect(sheet().cells.C4.fill).toBeUndefined(); // no fill stays no fill
    expect(sheet().cells.D4.fill).toBe('#FFFFFF'); // white stays white
  });

  it("leaves a clerk's comment alone and adds none over it", async () => {
    const port = createWpsPort();
    await port.highlight([finding('G4', 'error')]);
    expect(sheet().cells.G4.comment?.text).toBe('来源：决算表');
    await port.clearHighlights();
    expect(sheet().cells.G4.comment?.text).toBe('来源：决算表');
  });

  it('highlights exactly the new findings: a cell no longer flagged gets its own fill back', async () => {
    const port = createWpsPort();
    await port.highlight([finding('H4', 'error'), finding('E4', 'warning')]);
    await port.highlight([finding('H4', 'error')]);
    expect(sheet().cells.E4.fill).toBe('#FFFF00');
    expect(sheet().cells.E4.comment).toBeUndefined();
    expect(await port.clearHighlights()).toBe(1);
    expect(sheet().cells.H4.fill).toBeUndefined();
  });

  it('leaves a cell the clerk recoloured since as the clerk left it', async () => {
    const port = createWpsPort();
    await port.highlight([finding('H4', 'error'), finding('C4', 'error')]);
    sheet().cells.C4.fill = '#00B050';
    expect(await port.clearHighlights()).toBe(1);
    expect(sheet().cells.C4.fill).toBe('#00B050');
    expect(sheet().cells.H4.fill).toBeUndefined();
  });

  it('keeps its record on a very hidden sheet that survives save and reopen and is never read as a table', async () => {
    const port = createWpsPort();
    await port.highlight([finding('H4', 'error')]);
    await port.saveIgnored(['a!B2#rule', 'a!B2#rule', 'b!C3#rule']);
    await port.saveLastRun({
      at: '2026-11-27T03:00:00.000Z',
      sheet: SHEET,
      counts: { error: 1, warning: 0, info: 0 },
      tables: 1,
    });
    const state = host.state.sheets.find((s) => s.name === STATE_SHEET);
    expect(state?.visible).toBe(2);
    expect(host.state.activeSheet).toBe(SHEET); // adding the sheet did not leave it active
    host.reopen();
    const reopened = createWpsPort();
    await expect(reopened.loadIgnored()).resolves.toEqual(['a!B2#rule', 'b!C3#rule']);
    await expect(reopened.loadLastRun()).resolves.toMatchObject({ sheet: SHEET, counts: { error: 1 } });
    const { grids } = await reopened.read('workbook');
    expect(grids.map((grid) => grid.name)).toEqual([SHEET, '说明']);
    expect(await reopened.clearHighlights()).toBe(1);
    expect(sheet().cells.H4.fill).toBeUndefined();
  });

  it('stores a record longer than one cell holds, in pieces', async () => {
    const many = Array.from({ length: 600 }, (_, i) => finding(`J${i + 10}`, 'info'));
    const port = createWpsPort();
    await port.highlight(many);
    host.reopen();
    expect(await createWpsPort().clearHighlights()).toBe(600);
    expect(sheet().cells.J10).toBeUndefined();
  });

  it('reads a single-row or single-column range the same whether WPS hands it flat or as rows', async () => {
    host.uninstall();
    host = installSimWps(book(), { flattenVectors: true });
    const flat = (await createWpsPort().read('workbook')).grids;
    host.uninstall();
    host = installSimWps(book());
    const rows = (await createWpsPort().read('workbook')).grids;
    expect(flat.map((g) => [g.rowCount, g.colCount, g.cellAt(0, 0)?.value])).toEqual(
      rows.map((g) => [g.rowCount, g.colCount, g.cellAt(0, 0)?.value]),
    );
    expect(flat[1].cellAt(0, 0)?.value).toBe('填表说明');
  });
});

describe('the other port calls through WPS', () => {
  it('goes to a cell: activates its sheet and selects it', async () => {
    host.state.activeSheet = '说明';
    await createWpsPort().selectCell(SHEET, 'H4');
    expect(host.state.activeSheet).toBe(SHEET);
    expect(host.state.selection).toEqual({ sheet: SHEET, address: 'H4' });
  });

  it("writes a fix as a value, keeping the number format, and does not report it as the clerk's edit", async () => {
    const port = createWpsPort();
    const edits: string[] = [];
    const unsubscribe = await port.onUserEdit((name) => edits.push(name));
    await port.applyFixes([{ sheet: SHEET, cell: 'C4', value: 111.27 }]);
    await host.settleEvents();
    expect(sheet().cells.C4).toMatchObject({ value: 111.27, numberFormat: '0.00' });
    expect(edits).toEqual([]);
    host.userEdit(SHEET, 'F4', 9);
    await host.settleEvents();
    expect(edits).toEqual([SHEET]);
    await unsubscribe();
    host.userEdit(SHEET, 'F4', 10);
    await host.settleEvents();
    expect(edits).toEqual([SHEET]);
  });

  it('reads a CVErr error value as its error text, and a date serial as a date', async () => {
    sheet().cells.B6 = { value: -2146826281, formula: '=1/0' };
    sheet().cells.B7 = { value: 45657, numberFormat: 'yyyy-mm-dd' };
    sheet().cells.B8 = { value: -2146826281 }; // a typed number that happens to equal the code
    const grid = (await createWpsPort().read('active-sheet')).grids[0];
    expect(grid.cellAt(5, 1)).toMatchObject({ value: '#DIV/0!', formula: '=1/0' });
    expect(grid.cellAt(6, 1)?.value).toBe('2024-12-31');
    expect(grid.cellAt(7, 1)?.value).toBe(-2146826281);
  });
});
