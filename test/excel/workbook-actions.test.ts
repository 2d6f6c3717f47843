import { createExcelPort } from '../../src/excel';
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

const SHEET = '部门整体支出绩效自评表';
let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(workbookOf([overallSheet('附表1'), overallSheet(SHEET)]));
});
afterEach(() => host.uninstall());

describe('applying fixes', () => {
  it('writes 9.01 into 得分 and 0.9012 into 执行率 in one read and one write sync, keeping 0.00 and 0.00%', async () => {
    // 得分 typed as a figure here (the fixture's has a formula, which a constant never replaces).
    host.state.sheets[1].cells.H4 = { value: 9.2, numberFormat: '0.00' };
    const port = createExcelPort();
    const syncs = await host.countSyncs(() =>
      port.applyFixes([
        { sheet: SHEET, cell: 'H4', value: 9.01 },
        { sheet: SHEET, cell: 'G4', value: 0.9012 },
      ]),
    );
    expect(syncs).toBe(2);
    const cells = host.state.sheets[1].cells;
    expect(cells.H4).toMatchObject({ value: 9.01, numberFormat: '0.00' });
    expect(cells.H4.formula).toBeUndefined();
    expect(cells.G4).toMatchObject({ value: 0.9012, numberFormat: '0.00%' });
    const [grid] = (await port.read('workbook')).grids.filter((g) => g.name === SHEET);
    expect(grid.cellAt(3, 7)?.text).toBe('9.01');
    expect(grid.cellAt(3, 6)?.text).toBe('90.12%');
  });
});

describe('selecting a cell', () => {
  it('activates the finding’s sheet and selects its cell in one sync', async () => {
    const syncs = await host.countSyncs(() => createExcelPort().selectCell(SHEET, 'H4'));
    expect(syncs).toBe(1);
    expect(host.state.activeSheet).toBe(SHEET);
    expect(host.state.selection).toEqual({ sheet: SHEET, address: 'H4' });
  });
});

describe('ignored findings', () => {
  it('round-trips the keys through the workbook, across save and reopen', async () => {
    const keys = [`${SHEET}!H4#overall-budget-score`, `${SHEET}!G4#overall-execution-rate`];
    expect(await createExcelPort().loadIgnored()).toEqual([]);
    await createExcelPort().saveIgnored(keys);
    host.reopen();
    expect(await createExcelPort().loadIgnored()).toEqual(keys);
  });

  it('reads a damaged setting as nothing ignored', async () => {
    host.state.settings['selfeval.ignored'] = '{not json';
    expect(await createExcelPort().loadIgnored()).toEqual([]);
  });
});

describe('user edits', () => {
  it.each(['1.18', '1.8'])(
    'calls back for a clerk’s edit but not for our own fixes (ExcelApi %s)',
    async (api) => {
      host.setExcelApi(api);
      const port = createExcelPort();
      const edited: string[] = [];
      const unsubscribe = await port.onUserEdit((sheet) => edited.push(sheet));
      await port.applyFixes([{ sheet: SHEET, cell: 'G4', value: 0.9012 }]);
      await port.highlight([
        {
          sheet: SHEET,
          cell: 'H4',
          rule: 'r',
          severity: 'error',
          message: 'm',
          expected: '9.01',
          actual: '9.20',
        },
      ]);
      await host.settleEvents();
      expect(edited).toEqual([]);
      host.userEdit(SHEET, 'E4', 111.27);
      await host.settleEvents();
      expect(edited).toEqual([SHEET]);
      await unsubscribe();
      host.userEdit(SHEET, 'E4', 112);
      await host.settleEvents();
      expect(edited).toEqual([SHEET]);
    },
  );

  it('below ExcelApi 1.7 subscribes to nothing and still returns an unsubscribe', async () => {
    host.setExcelApi('1.6');
    const edited: string[] = [];
    const unsubscribe = await createExcelPort().onUserEdit((sheet) => edited.push(sheet));
    host.userEdit(SHEET, 'E4', 1);
    await host.settleEvents();
    expect(edited).toEqual([]);
    await expect(unsubscribe()).resolves.toBeUndefined();
  });
});
