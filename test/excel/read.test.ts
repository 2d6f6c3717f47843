import { createExcelPort } from '../../src/excel';
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle } from '../../src/simhost';
import { fiftySheets, overallSheet, workbookOf } from '../simhost/fixtures';

let host: SimHostHandle;
afterEach(() => host.uninstall());

describe('reading sheets into grids', () => {
  it('reads the active sheet in exactly one sync', async () => {
    host = installSimHost(workbookOf([overallSheet('附表2'), overallSheet('附表3')]));
    const port = createExcelPort();
    let snapshot;
    const syncs = await host.countSyncs(async () => {
      snapshot = await port.read('active-sheet');
    });
    expect(syncs).toBe(1);
    expect(snapshot).toMatchObject({ activeSheet: '附表2', grids: [{ name: '附表2' }] });
  });

  it('reads 50 sheets in exactly one sync once the sheet names are known (loadIgnored at start-up)', async () => {
    host = installSimHost(fiftySheets());
    const port = createExcelPort();
    await port.loadIgnored();
    let grids: readonly { name: string }[] = [];
    const syncs = await host.countSyncs(async () => {
      grids = (await port.read('workbook')).grids;
    });
    expect(syncs).toBe(1);
    expect(grids.map((grid) => grid.name)).toEqual(Array.from({ length: 50 }, (_, i) => `项目${i + 1}`));
  });

  it('reads 50 sheets in two syncs when nothing is known yet, and in one the next time', async () => {
    host = installSimHost(fiftySheets());
    const port = createExcelPort();
    expect(await host.countSyncs(() => port.read('workbook'))).toBe(2);
    expect(await host.countSyncs(() => port.read('workbook'))).toBe(1);
  });

  it('still reads every sheet when one was added or deleted since the last read', async () => {
    host = installSimHost(workbookOf([overallSheet('附表1'), overallSheet('附表2')]));
    const port = createExcelPort();
    await port.read('workbook');
    host.state.sheets.push(overallSheet('附表3'));
    expect((await port.read('workbook')).grids.map((g) => g.name)).toEqual(['附表1', '附表2', '附表3']);
    host.state.sheets.splice(0, 1);
    host.state.activeSheet = '附表2'; // Excel moves to a neighbour when the active sheet goes
    expect((await port.read('workbook')).grids.map((g) => g.name)).toEqual(['附表2', '附表3']);
  });

  it('keeps 90.12% as the fraction 0.9012 with its text and format, and 得分 with its formula', async () => {
    host = installSimHost(workbookOf([overallSheet()]));
    const [grid] = (await createExcelPort().read('active-sheet')).grids;
    expect(grid.cellAt(3, 6)).toEqual({ value: 0.9012, text: '90.12%', numberFormat: '0.00%' });
    expect(grid.cellAt(3, 7)).toEqual({
      value: 9.2,
      text: '9.20',
      numberFormat: '0.00',
      formula: '=F4*G4+0.19',
    });
    expect(grid.cellAt(3, 2)).toEqual({ value: 123.47, text: '123.47', numberFormat: '0.00' });
    expect(grid.cellAt(1, 2)?.value).toBe('某县信访局');
    expect(grid.cellAt(0, 1)).toBeUndefined(); // inside the title's merge: the value sits in A1 only
  });

  it('places cells at absolute positions when the used range does not start at A1', async () => {
    const sheet = overallSheet('自评表', 5);
    for (const key of Object.keys(sheet.cells).filter((k) => k.startsWith('A'))) {
      sheet.cells[`B${key.slice(1)}`] ??= sheet.cells[key];
      delete sheet.cells[key];
    }
    sheet.merges = [];
    host = installSimHost(workbookOf([sheet]));
    const [grid] = (await createExcelPort().read('active-sheet')).grids;
    expect(grid.cellAt(5, 1)?.value).toBe('部门整体支出绩效自评表');
    expect(grid.cellAt(8, 6)?.value).toBe(0.9012);
    expect(grid.rowCount).toBe(9);
  });

  it('reports merged areas (ExcelApi 1.13)', async () => {
    host = installSimHost(workbookOf([overallSheet()]));
    const [grid] = (await createExcelPort().read('active-sheet')).grids;
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
    expect(grid.mergeAt(0, 5)).toEqual({ top: 0, left: 0, bottom: 0, right: 7 });
  });

  it('reads sheets whose names need quoting in addresses', async () => {
    host = installSimHost(workbookOf([overallSheet("Dept's table 2")]));
    const [grid] = (await createExcelPort().read('active-sheet')).grids;
    expect(grid.merges).toHaveLength(3);
  });

  it('on Office 2019 (ExcelApi 1.8) reads without merged areas rather than failing', async () => {
    host = installSimHost(workbookOf([overallSheet()]), { excelApi: '1.8' });
    const [grid] = (await createExcelPort().read('active-sheet')).grids;
    expect(grid.merges).toEqual([]);
    expect(grid.cellAt(3, 6)?.value).toBe(0.9012);
  });
});
