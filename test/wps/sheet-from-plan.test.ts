// New blank templates laid out on a new sheet through the WPS adapter: what the simulated WPS holds reads back into
// the grid the engine planned, is recognised as the template asked for, and a refused call leaves no half-made sheet;
// the sheet takes the template's look (plan.sheetStyle) as the Excel add-in and the CLI give it.
import { checkWorkbook } from '../../src/engine/check';
import { Grid } from '../../src/engine/grid/grid';
import type { SheetGrid } from '../../src/engine/grid/types';
import {
  INDICATOR_PRESETS,
  WEIGHT_SCHEMES,
  applyPlanToGrid,
  planNewTemplate,
  type TemplateKind,
} from '../../src/engine/presets';
import { recognizeTables } from '../../src/engine/recognize';
import { BlockInsertError } from '../../src/host/port';
import { emptyBookState, installSimWps, type SimWpsHandle } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';

let host: SimWpsHandle;
beforeEach(() => {
  const book = emptyBookState(['封面']);
  book.sheets[0].cells.A1 = { value: '2024 年度绩效自评' };
  host = installSimWps(book);
});
afterEach(() => host.uninstall());

const KINDS: TemplateKind[] = ['basic-data', 'overall-self-eval', 'project-self-eval'];

function planOf(kind: TemplateKind, formulas: boolean) {
  return planNewTemplate({
    kind,
    year: 2024,
    scheme: WEIGHT_SCHEMES[1],
    preset: INDICATOR_PRESETS[0],
    formulas,
  });
}

function contents(grid: SheetGrid): string[] {
  const out: string[] = [];
  for (let row = 0; row < grid.rowCount; row++)
    for (let col = 0; col < grid.colCount; col++) {
      const cell = grid.cellAt(row, col);
      if (cell && (cell.value !== null || cell.formula))
        out.push(`${row},${col}=${cell.formula ?? String(cell.value)}`);
    }
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<BlockInsertError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BlockInsertError) return error;
    throw error;
  }
  throw new Error('expected a BlockInsertError');
}

describe('a new blank template on its own sheet, through WPS', () => {
  it.each(KINDS.flatMap((kind) => [true, false].map((formulas) => [kind, formulas] as const)))(
    '%s (formulas %s) reads back as planned, is recognised, and has no error or warning',
    async (kind, formulas) => {
      const plan = planOf(kind, formulas);
      const port = createWpsPort();
      await port.createSheetFromPlan(plan);
      expect(host.state.activeSheet).toBe(plan.sheet);
      expect(host.state.sheets.map((sheet) => sheet.name)).toEqual(['封面', plan.sheet]);
      const [grid] = (await port.read('active-sheet')).grids;
      expect(contents(grid)).toEqual(contents(applyPlanToGrid(new Grid(plan.sheet), plan)));
      expect(recognizeTables(grid).map((table) => table.kind)).toEqual([kind]);
      expect(checkWorkbook([grid]).findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
      expect(grid.merges.length).toBe(plan.merges.length);
    },
  );

  it('refuses a name already taken and leaves the workbook as it was', async () => {
    const plan = { ...planOf('overall-self-eval', false), sheet: '封面' };
    const before = host.serialize();
    expect((await refusal(createWpsPort().createSheetFromPlan(plan))).code).toBe('sheet-exists');
    expect(host.serialize()).toBe(before);
  });

  it('deletes the half-made sheet when WPS refuses a call part-way', async () => {
    const plan = planOf('project-self-eval', true);
    const sheetsBefore = JSON.stringify(host.state.sheets);
    host.failNextCall(/^Range\.Merge$/, 2);
    expect((await refusal(createWpsPort().createSheetFromPlan(plan))).code).toBe('host-refused');
    expect(JSON.stringify(host.state.sheets)).toBe(sheetsBefore);
    expect(host.state.activeSheet).toBe('封面');
  });
});

describe('the template’s look (plan.sheetStyle), through WPS', () => {
  const sheetOf = (name: string) => {
    const sheet = host.state.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  const rowOf = (address: string) => Number(/\d+$/.exec(address)?.[0]) - 1;
  const colOf = (address: string) =>
    [...(/^[A-Z]+/.exec(address)?.[0] ?? '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) -
    1;

  it.each(KINDS)(
    '%s: 宋体 10.5 over the form under bold 18 titles, planned row heights and widths, A4 print setup',
    async (kind) => {
      const plan = planOf(kind, true);
      const style = plan.sheetStyle;
      if (!style) throw new Error(`${kind} plan has no sheetStyle`);
      await createWpsPort().createSheetFromPlan(plan);
      const sheet = sheetOf(plan.sheet);

      // Every cell of the form has the font; the size is the plan's own where a style sets one, else 10.5.
      const cells = Object.entries(sheet.cells).filter(([address]) => rowOf(address) <= style.area.bottom);
      expect(cells.length).toBeGreaterThan(20);
      const plannedSize = (row: number, col: number) =>
        plan.styles
          .filter(({ area, style: s }) => s.fontSize !== undefined && row >= area.top && row <= area.bottom)
          .filter(({ area }) => col >= area.left && col <= area.right)
          .reduce<number>((size, { style: s }) => s.fontSize ?? size, style.font.size);
      for (const [address, cell] of cells) {
        expect({ address, font: cell.style?.fontName }).toEqual({ address, font: '宋体' });
        expect({ address, size: cell.style?.fontSize }).toEqual({
          address,
          size: plannedSize(rowOf(address), colOf(address)),
        });
      }
      const title = cells.find(([, cell]) => cell.style?.fontSize === 18);
      expect(title?.[1].style).toMatchObject({ bold: true, fontName: '宋体' });
      expect(style.font.size).toBe(10.5);

      expect(sheet.rowHeights).toEqual(
        Object.fromEntries(plan.rowHeights.map(({ row, height }) => [String(row), height])),
      );
      expect(sheet.columnWidths).toEqual(
        Object.fromEntries(plan.columnWidths.map(({ col, width }) => [String(col), width])),
      );

      const page = style.page;
      expect(sheet.pageSetup).toEqual({
        paperSize: 9,
        orientation: page.orientation === 'landscape' ? 2 : 1,
        zoom: false,
        fitToPagesWide: 1,
        fitToPagesTall: false,
        centerHorizontally: true,
        topMargin: 43,
        bottomMargin: 43,
        leftMargin: 28,
        rightMargin: 28,
        headerMargin: 22,
        footerMargin: 22,
        ...(page.printTitleRows
          ? { printTitleRows: `$${page.printTitleRows.top + 1}:$${page.printTitleRows.bottom + 1}` }
          : {}),
        centerFooter: '第 &P 页，共 &N 页',
      });
      expect(page.printTitleRows).toBeDefined();
    },
  );

  it.each(['overall-self-eval', 'project-self-eval'] as const)(
    '%s: the indicators’ 分值 and 得分 cells show two decimals (0.00)',
    async (kind) => {
      const plan = planOf(kind, false);
      await createWpsPort().createSheetFromPlan(plan);
      const sheet = sheetOf(plan.sheet);
      const header = (label: string) =>
        Object.entries(sheet.cells)
          .filter(([, cell]) => cell.value === label)
          .map(([address]) => address)
          .sort((a, b) => rowOf(b) - rowOf(a))[0];
      const total = Object.entries(sheet.cells).find(([, cell]) => cell.value === '总分');
      if (!total) throw new Error('no 总分 row');
      for (const label of ['分值', '得分']) {
        const at = header(label);
        if (!at) throw new Error(`no ${label} header`);
        const rows: string[] = [];
        for (let row = rowOf(at) + 1; row <= rowOf(total[0]); row++) {
          const address = `${/^[A-Z]+/.exec(at)?.[0]}${row + 1}`;
          rows.push(`${address}=${sheet.cells[address]?.numberFormat}`);
        }
        expect(rows.length).toBeGreaterThan(3);
        for (const entry of rows) expect(entry).toMatch(/=0\.00$/);
      }
    },
  );

  it('a host that refuses the print setup keeps its own; the sheet is laid out and kept', async () => {
    const plan = planOf('overall-self-eval', true);
    host.failNextCall(/^PageSetup\.PaperSize=$/);
    await createWpsPort().createSheetFromPlan(plan);
    const sheet = sheetOf(plan.sheet);
    expect(sheet.pageSetup).toBeUndefined();
    expect(Object.values(sheet.cells).every((cell) => cell.style?.fontName === '宋体')).toBe(true);
    const [grid] = (await createWpsPort().read('active-sheet')).grids;
    expect(recognizeTables(grid).map((table) => table.kind)).toEqual(['overall-self-eval']);
  });

  it('a refused font is a refused sheet: nothing is left behind', async () => {
    const plan = planOf('project-self-eval', true);
    const sheetsBefore = JSON.stringify(host.state.sheets);
    host.failNextCall(/^Font\.Name=$/);
    expect((await refusal(createWpsPort().createSheetFromPlan(plan))).code).toBe('host-refused');
    expect(JSON.stringify(host.state.sheets)).toBe(sheetsBefore);
  });

  it('the look costs a handful of bridge calls: two for the font, one per print setting', async () => {
    const plan = planOf('project-self-eval', true);
    const calls = await host.traceCalls(() => createWpsPort().createSheetFromPlan(plan));
    expect(calls.filter((call) => call.startsWith('Font.Name'))).toHaveLength(1);
    expect(calls.filter((call) => call.startsWith('PageSetup.'))).toHaveLength(14);
    expect(calls.filter((call) => call === 'Worksheet.PageSetup')).toHaveLength(1);
  });
});
