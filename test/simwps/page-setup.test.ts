// The simulated WPS host's print setup and font name behave as src/simwps/README.md says: PageSetup members with
// VBA semantics (points, Zoom false, FitToPages*), defaults read back, values outside the typings refused, a font
// name per cell that survives save and reopen, and a member the model lacks refused rather than silently kept.
import { NotImitated, SimWpsError, installSimWps, type SimWpsHandle } from '../../src/simwps';

/* eslint-disable @typescript-eslint/no-explicit-any -- the object model is untyped COM-style JS, as in WPS */
const app = (): any => (globalThis as any).Application;
const sheet = (): any => app().ActiveWorkbook.Worksheets.Item('表');

let host: SimWpsHandle;
beforeEach(() => {
  host = installSimWps({
    activeSheet: '表',
    sheets: [{ name: '表', merges: [], cells: { A1: { value: '标题' }, B2: { value: 1 } } }],
  });
});
afterEach(() => host.uninstall());

describe('PageSetup', () => {
  it('reads the defaults of an untouched sheet and stores nothing for them', () => {
    const setup = sheet().PageSetup;
    expect([
      setup.PaperSize,
      setup.Orientation,
      setup.Zoom,
      setup.FitToPagesWide,
      setup.FitToPagesTall,
    ]).toEqual([9, 1, 100, 1, 1]);
    expect([setup.TopMargin, setup.LeftMargin, setup.PrintTitleRows, setup.CenterFooter]).toEqual([
      54,
      50.4,
      '',
      '',
    ]);
    expect(host.state.sheets[0].pageSetup).toBeUndefined();
  });

  it('keeps what is set, through save and reopen', () => {
    const setup = sheet().PageSetup;
    setup.PaperSize = 9;
    setup.Orientation = 2;
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
    setup.TopMargin = 43;
    setup.PrintTitleRows = '$3:$4';
    setup.CenterFooter = '第 &P 页，共 &N 页';
    host.reopen();
    const again = sheet().PageSetup;
    expect([
      again.Orientation,
      again.Zoom,
      again.FitToPagesTall,
      again.TopMargin,
      again.PrintTitleRows,
    ]).toEqual([2, false, false, 43, '$3:$4']);
    expect(again.CenterFooter).toBe('第 &P 页，共 &N 页');
  });

  it.each([
    ['Orientation', 3],
    ['PaperSize', 0],
    ['Zoom', 5],
    ['FitToPagesWide', 0],
    ['FitToPagesTall', 1.5],
    ['TopMargin', -1],
    ['PrintTitleRows', '1:3'],
    ['PrintTitleRows', '$3:$1'],
    ['CenterFooter', 7],
  ])('refuses %s = %p', (member, value) => {
    expect(() => (sheet().PageSetup[member] = value)).toThrow(SimWpsError);
    expect(host.state.sheets[0].pageSetup).toBeUndefined();
  });

  it('counts each member as one bridge call', async () => {
    const setup = sheet().PageSetup;
    expect(await host.countCalls(() => ((setup.Zoom = false), (setup.FitToPagesWide = 1)))).toBe(2);
  });
});

describe('Font.Name', () => {
  it('reads 宋体 by default, null over cells that differ, and keeps a name per cell', () => {
    expect(sheet().Range('A1:B2').Font.Name).toBe('宋体');
    sheet().Range('A1').Font.Name = '黑体';
    expect(sheet().Range('A1:B2').Font.Name).toBeNull();
    sheet().Range('A1:B2').Font.Name = '仿宋';
    expect(sheet().Range('A1:B2').Font.Name).toBe('仿宋');
    expect(host.state.sheets[0].cells.B2.style?.fontName).toBe('仿宋');
  });
});

describe('a member the model lacks', () => {
  it('is refused when written, instead of being kept on the proxy', () => {
    expect(() => (sheet().Range('A1').Font.Italic = true)).toThrow(NotImitated);
    expect(() => (sheet().PageSetup.PrintArea = '$A$1:$B$2')).toThrow(NotImitated);
  });
});
