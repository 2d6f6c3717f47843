// New blank templates laid out by the add-in on a new sheet: what Excel ends up holding reads back into the grid
// the engine planned, is recognised as the template asked for with nothing but "to be filled" notes, and a
// refused write leaves no half-made sheet behind.
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
import { createExcelPort } from '../../src/excel';
import { refusal } from './helpers';
import { installSimHost, type SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(workbookOf([overallSheet()]));
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

/** Every non-empty cell as "A1=value|formula": what a clerk would see, independent of how it got there. */
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

describe('a new blank template on its own sheet', () => {
  it.each(KINDS.flatMap((kind) => [true, false].map((formulas) => [kind, formulas] as const)))(
    '%s (formulas %s) reads back as planned, is recognised, and has no error or warning',
    async (kind, formulas) => {
      const plan = planOf(kind, formulas);
      const port = createExcelPort();
      const writesBefore = host.syncLog.filter((sync) => sync.writes > 0).length;
      await port.createSheetFromPlan(plan);
      expect(host.syncLog.filter((sync) => sync.writes > 0).length - writesBefore).toBe(1);
      expect(host.state.activeSheet).toBe(plan.sheet);

      const [grid] = (await port.read('active-sheet')).grids;
      expect(grid.name).toBe(plan.sheet);
      expect(contents(grid)).toEqual(contents(applyPlanToGrid(new Grid(plan.sheet), plan)));
      expect(recognizeTables(grid).map((table) => table.kind)).toEqual([kind]);
      const loud = checkWorkbook([grid]).findings.filter((finding) => finding.severity !== 'info');
      expect(loud).toEqual([]);
      // The planned merges are there, so the template looks like the bureau's.
      expect(grid.merges.length).toBe(plan.merges.length);
    },
  );

  it('refuses a name already taken and leaves the workbook as it was', async () => {
    const plan = { ...planOf('overall-self-eval', false), sheet: host.state.sheets[0].name };
    const before = JSON.stringify(host.state);
    const error = await refusal(createExcelPort().createSheetFromPlan(plan));
    expect(error.code).toBe('sheet-exists');
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it('deletes the half-made sheet when Excel refuses part of the write', async () => {
    const plan = planOf('project-self-eval', true);
    const before = JSON.stringify(host.state);
    host.failNextWriteSync({ atOperation: 'last' });
    const error = await refusal(createExcelPort().createSheetFromPlan(plan));
    expect(error.code).toBe('host-refused');
    expect(JSON.stringify(host.state)).toBe(before);
  });
});

describe('the template’s look (plan.sheetStyle)', () => {
  const sheetOf = (name: string) => host.state.sheets.find((sheet) => sheet.name === name);

  it.each(KINDS)(
    '%s: 宋体 over the form under the plan’s bold titles, A4 print setup, print titles, footer',
    async (kind) => {
      const plan = planOf(kind, true);
      const style = plan.sheetStyle;
      if (!style) throw new Error(`${kind} plan has no sheetStyle`);
      await createExcelPort().createSheetFromPlan(plan);
      const sheet = sheetOf(plan.sheet);
      if (!sheet) throw new Error('no sheet');
      // Every cell of the form has the font; a title keeps its bold 18 pt, set after the font.
      const title = Object.values(sheet.cells).find((cell) => cell.style?.fontSize === 18);
      expect(title?.style).toMatchObject({ bold: true, fontName: '宋体' });
      const formCells = Object.entries(sheet.cells).filter(([address]) => {
        const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
        const row = Number(match[2]) - 1;
        return row >= style.area.top && row <= style.area.bottom;
      });
      expect(formCells.length).toBeGreaterThan(20);
      for (const [, cell] of formCells) expect(cell.style?.fontName).toBe('宋体');
      const page = style.page;
      expect(sheet.pageLayout).toEqual({
        paperSize: 'A4',
        orientation: page.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
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
      // Column widths: Excel's unit (7 px + 5 px padding) in points, so the form is one A4 page across.
      const widest = plan.columnWidths.reduce((sum, { width }) => sum + width, 0);
      const points = Object.values(sheet.columnWidths ?? {}).reduce((sum, width) => sum + width, 0);
      expect(points).toBeCloseTo(widest * 5.25 + plan.columnWidths.length * 3.75, 0);
    },
  );

  it('below ExcelApi 1.9 the sheet is laid out with its font but Excel’s own print setup, in one write', async () => {
    host.setExcelApi('1.8');
    const plan = planOf('overall-self-eval', true);
    const writes = host.syncLog.filter((sync) => sync.writes > 0).length;
    await createExcelPort().createSheetFromPlan(plan);
    expect(host.syncLog.filter((sync) => sync.writes > 0).length - writes).toBe(1);
    const sheet = sheetOf(plan.sheet);
    expect(sheet?.pageLayout).toBeUndefined();
    expect(Object.values(sheet?.cells ?? {}).some((cell) => cell.style?.fontName === '宋体')).toBe(true);
  });
});
