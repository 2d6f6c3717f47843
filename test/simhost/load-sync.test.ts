// The sim host must punish the mistakes real Excel punishes, or the adapter tests prove nothing.
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from './fixtures';

let host: SimHostHandle;
afterEach(() => host.uninstall());

describe('load and sync', () => {
  beforeEach(() => {
    host = installSimHost(workbookOf([overallSheet('附表2')]));
  });

  it('throws PropertyNotLoaded when a property is read before sync', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('附表2').getRange('G4').load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[0.9012]]);
    });
  });

  it('throws PropertyNotLoaded for a property that was never loaded, even after sync', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('附表2').getRange('G4').load('values');
      await context.sync();
      expect(() => range.text).toThrow(/not available/);
    });
  });

  it('applies writes only at sync, and counts every sync', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('附表2').getRange('H4').values = [[9.01]];
      expect(host.state.sheets[0].cells.H4.value).toBe(9.2);
      await context.sync();
      expect(host.state.sheets[0].cells.H4.value).toBe(9.01);
    });
    expect(host.syncCount).toBe(1);
    expect(host.syncLog[0]).toEqual({ operations: 1, writes: 1 });
  });

  it('fails the sync with ItemNotFound for a missing sheet', async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('附表9').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('gives a null object for a missing setting, and fails a method called on it', async () => {
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject('missing').load('value');
      await context.sync();
      expect(setting.isNullObject).toBe(true);
      setting.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    });
  });

  it('fails a call the configured ExcelApi version lacks with ApiNotFound', async () => {
    host.setExcelApi('1.8');
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem('附表2')
          .getUsedRange()
          .getMergedAreasOrNullObject()
          .load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });
});

describe('Excel behaviour the adapter depends on', () => {
  beforeEach(() => {
    host = installSimHost(workbookOf([overallSheet('附表2')]));
  });

  it('keeps a percent cell as a fraction with formatted text', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('附表2')
        .getRange('G4:H4')
        .load('values,text,numberFormat,formulas');
      await context.sync();
      expect(range.values).toEqual([[0.9012, 9.2]]);
      expect(range.text).toEqual([['90.12%', '9.20']]);
      expect(range.numberFormat).toEqual([['0.00%', '0.00']]);
      expect(range.formulas).toEqual([[0.9012, '=F4*G4+0.19']]);
    });
  });

  it('holds a merged area’s value in its top-left cell and reports merges by address', async () => {
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('附表2').getUsedRange().load('values,address');
      const merged = used.getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(used.address).toBe('附表2!A1:H4');
      expect(used.values[0].slice(0, 2)).toEqual(['部门整体支出绩效自评表', '']);
      expect(merged.address).toBe('附表2!A1:H1, 附表2!A2:B2, 附表2!A3:B3');
    });
  });

  it('misses merges whose top-left cell is outside the queried range, like Excel (office-js #3611)', async () => {
    await Excel.run(async (context) => {
      const merged = context.workbook.worksheets
        .getItem('附表2')
        .getRange('B1:H2')
        .getMergedAreasOrNullObject()
        .load('address');
      await context.sync();
      expect(merged.isNullObject).toBe(true);
    });
  });

  it('reads No Fill back as #FFFFFF, with pattern None from getCellProperties', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('附表2');
      const fill = sheet.getRange('H4').format.fill.load('color');
      const yellow = sheet.getRange('E4').format.fill.load('color');
      const props = sheet
        .getRange('H4')
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await context.sync();
      expect(fill.color).toBe('#FFFFFF');
      expect(yellow.color).toBe('#FFFF00');
      expect(props.value[0][0].format?.fill).toEqual({ color: '#FFFFFF', pattern: 'None' });
    });
  });

  it('inserts rows above a block: values, fills and merges move down, and a merge spanning the row grows', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('附表2').getRange('3:4').insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    const sheet = host.state.sheets[0];
    expect(sheet.cells.G6.value).toBe(0.9012);
    expect(sheet.cells.E6.fill).toBe('#FFFF00');
    expect(sheet.cells.G4).toBeUndefined();
    expect(sheet.merges).toEqual(['A1:H1', 'A2:B2', 'A5:B5']);
  });

  it('deletes rows: what is below moves up and merges inside the deleted rows go', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('附表2').getRange('2:3').delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    const sheet = host.state.sheets[0];
    expect(sheet.cells.G2.value).toBe(0.9012);
    expect(sheet.merges).toEqual(['A1:H1']);
  });

  it('survives save, close and reopen with settings and fills, and drops event handlers', async () => {
    const events: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        events.push(args.address);
      });
      context.workbook.settings.add('k', '["a"]');
      context.workbook.worksheets.getItem('附表2').getRange('H4').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    host.reopen();
    expect(host.state.settings.k).toBe('["a"]');
    expect(host.state.sheets[0].cells.H4.fill).toBe('#FFC7CE');
    host.userEdit('附表2', 'E4', 100);
    await host.settleEvents();
    expect(events).toEqual([]);
  });
});
