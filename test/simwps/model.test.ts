// The simulated WPS 表格 object model behaves as src/simwps/README.md says (each behaviour with its source).
import { installSimWps, type SimWpsHandle, type WpsBookState } from '../../src/simwps';

/* eslint-disable @typescript-eslint/no-explicit-any -- the object model is untyped COM-style JS, as in WPS */
const app = (): any => (globalThis as any).Application;

function book(): WpsBookState {
  return {
    activeSheet: '表',
    sheets: [
      {
        name: '表',
        merges: ['A1:C1'],
        cells: {
          A1: { value: '标题' },
          B2: { value: 100, numberFormat: '0.00' },
          C2: { value: 0.9, numberFormat: '0.00%', fill: '#FFFF00' },
          B3: { value: 200, numberFormat: '0.00', comment: { text: '填表说明', author: 'clerk' } },
          C3: { value: 300, formula: '=B2+B3', numberFormat: '0.00' },
          C4: { value: null, formula: '=SUM(C2:C3)' },
        },
      },
      { name: '另一表', merges: [], cells: {} },
    ],
  };
}

let host: SimWpsHandle;
beforeEach(() => {
  host = installSimWps(book());
});
afterEach(() => host.uninstall());

const sheet = (): any => app().ActiveWorkbook.Worksheets.Item('表');

describe('the simulated WPS object model', () => {
  it('reads the used range as 2-D rows of Value2 with null for empty cells, 1-based positions', () => {
    const used = sheet().UsedRange;
    expect([used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual([1, 1, 4, 3]);
    expect(used.Value2).toEqual([
      ['标题', null, null],
      [null, 100, 0.9],
      [null, 200, 300],
      [null, null, null],
    ]);
    expect(used.Formula[2]).toEqual(['', '200', '=B2+B3']);
    expect(sheet().Cells.Item(2, 2).Value2).toBe(100);
    expect(used.Item(2, 3).Value2).toBe(0.9);
  });

  it('reports null for a property whose cells differ', () => {
    expect(sheet().Range('B2:B3').NumberFormat).toBe('0.00');
    expect(sheet().Range('B2:C3').NumberFormat).toBeNull();
    expect(sheet().Range('A1:C1').MergeCells).toBe(true);
    expect(sheet().Range('A1:C2').MergeCells).toBeNull();
    expect(sheet().Range('B2:C3').MergeCells).toBe(false);
    expect(sheet().Range('B2:C3').HasFormula).toBeNull();
  });

  it('gives colours as BGR longs, Pattern -4142 for no fill, and restores no fill exactly', () => {
    const c2 = sheet().Range('C2');
    expect(c2.Interior.Color).toBe(0x00ffff); // yellow #FFFF00 is BGR 0x00FFFF
    expect(c2.Interior.Pattern).toBe(1);
    const b2 = sheet().Range('B2');
    expect(b2.Interior.Pattern).toBe(-4142);
    expect(b2.Interior.Color).toBe(16777215);
    b2.Interior.Color = 0xcec7ff; // #FFC7CE
    expect(host.state.sheets[0].cells.B2.fill).toBe('#FFC7CE');
    b2.Interior.Pattern = -4142;
    expect(host.state.sheets[0].cells.B2.fill).toBeUndefined();
    expect(sheet().Range('B2:C2').Interior.Color).toBeNull();
  });

  it('keeps comments: null when none, Text() as a method, AddComment refuses a second', () => {
    expect(sheet().Range('B2').Comment).toBeNull();
    expect(sheet().Range('B3').Comment.Text()).toBe('填表说明');
    expect(() => sheet().Range('B3').AddComment('x')).toThrow();
    sheet().Range('B2').AddComment('应为 1');
    expect(sheet().Comments.Count).toBe(2);
    sheet().Range('B2').Comment.Delete();
    expect(sheet().Range('B2').Comment).toBeNull();
  });

  it('inserting rows moves cells, grows merges across and shifts formulas; deleting moves them back', () => {
    sheet().Range('3:4').EntireRow.Insert(-4121);
    const cells = host.state.sheets[0].cells;
    expect(cells.B5.value).toBe(200);
    expect(cells.C5.formula).toBe('=B2+B5');
    expect(cells.C6.formula).toBe('=SUM(C2:C5)');
    expect(cells.C3.fill).toBe('#FFFF00'); // formats from the row above
    sheet().Rows.Item(3).Resize(2).Delete(-4162);
    expect(host.state.sheets[0].cells.C3.formula).toBe('=B2+B3');
    expect(host.state.sheets[0].cells.C4.formula).toBe('=SUM(C2:C3)');
  });

  it('throws for a missing sheet, a select off the active sheet, and a delete with alerts on', () => {
    const sheets = app().ActiveWorkbook.Worksheets;
    expect(() => sheets.Item('没有')).toThrow();
    expect(() => sheets.Item('另一表').Range('A1').Select()).toThrow();
    expect(() => sheets.Item('另一表').Delete()).toThrow();
    app().DisplayAlerts = false;
    sheets.Item('另一表').Delete();
    expect(sheets.Count).toBe(1);
  });

  it('Worksheets.Add activates the new sheet', () => {
    const added = app().ActiveWorkbook.Worksheets.Add();
    expect(app().ActiveSheet.Name).toBe(added.Name);
  });

  it('counts each property access as a call', async () => {
    const calls = await host.countCalls(() => sheet().UsedRange.Value2);
    // Application.ActiveWorkbook, .Worksheets, .Item, .UsedRange, .Value2
    expect(calls).toBe(5);
  });

  it('raises SheetChange for a clerk edit, after the call', async () => {
    const seen: string[] = [];
    app().ApiEvent.AddApiEventListener('SheetChange', (sh: any, target: any) =>
      seen.push(`${sh.Name}!${target.Address(false, false)}`),
    );
    host.userEdit('表', 'B2', 5);
    expect(seen).toEqual([]);
    await host.settleEvents();
    expect(seen).toEqual(['表!B2']);
  });
});
