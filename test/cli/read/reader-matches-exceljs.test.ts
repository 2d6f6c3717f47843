// The fast reader must give exactly the grids the ExcelJS reader gives (the engine and every test depend on
// them): on every sample, on LibreOffice-saved copies (a writer other than ExcelJS: shared styles, its own
// format codes), and on a workbook with every cell kind (formulas, shared formulas, rich text, dates, errors).
// Legacy .xls files must give the grid of the same content saved as .xlsx.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs, readdirSync } from 'node:fs';
import { readGrids } from '../../../src/cli/read/read-grids';
import { loadWorkbook, workbookToGrids } from '../../../src/cli/read-workbook';
import type { GridSnapshot } from './grid-snapshot';
import { snapshot } from './grid-snapshot';
import { writeKindsWorkbook } from './kinds-workbook';

const SAMPLES = path.resolve(__dirname, '../../../samples');
const XLS = path.join(SAMPLES, 'xls');

async function fastGrids(file: string): Promise<GridSnapshot[]> {
  const result = await readGrids(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result)}`);
  return result.grids.map(snapshot);
}

async function excelJsGrids(file: string): Promise<GridSnapshot[]> {
  return workbookToGrids(await loadWorkbook(file)).map(snapshot);
}

const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));
const loCopies = readdirSync(XLS).filter((f) => f.endsWith('.lo.xlsx'));

describe('the fast reader gives the ExcelJS reader’s grids', () => {
  it('has samples to compare', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    expect(loCopies.length).toBe(samples.length + 1);
  });

  it.each(samples)('on %s', async (file) => {
    const grids = await fastGrids(path.join(SAMPLES, file));
    expect(grids.length).toBeGreaterThan(0);
    expect(grids).toEqual(await excelJsGrids(path.join(SAMPLES, file)));
  });

  it.each(loCopies)('on the LibreOffice-saved %s', async (file) => {
    expect(await fastGrids(path.join(XLS, file))).toEqual(await excelJsGrids(path.join(XLS, file)));
  });

  it('on a workbook with every cell kind, written now by ExcelJS', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-kinds-'));
    const file = path.join(dir, 'kinds.xlsx');
    await writeKindsWorkbook(file);
    const grids = await fastGrids(file);
    expect(grids).toEqual(await excelJsGrids(file));
    const cells = grids[0].cells;
    // The shared formula's children are translated as ExcelJS translates them.
    expect(cells['5,2']).toMatchObject({ formula: '=B6/A6', text: '88.10%' });
    expect(cells['0,3'].value).toBe('产出指标（50分)');
    expect(cells['0,4'].value).toBe('2024-12-31');
    expect(grids[0].merges).toEqual([{ top: 9, left: 0, bottom: 10, right: 2 }]);
    await fs.rm(dir, { recursive: true, force: true });
  });
});

/** Numbers to 15 significant digits: LibreOffice's .xlsx stores 15, its .xls the full double. */
function roundedNumbers(grids: GridSnapshot[]): GridSnapshot[] {
  return grids.map((grid) => ({
    ...grid,
    cells: Object.fromEntries(
      Object.entries(grid.cells).map(([key, cell]) => [
        key,
        typeof cell.value === 'number' ? { ...cell, value: Number(cell.value.toPrecision(15)) } : cell,
      ]),
    ),
  }));
}

const xlsFiles = readdirSync(XLS).filter((f) => f.endsWith('.xls'));

describe('an .xls gives the grid of the same content saved as .xlsx', () => {
  it('has every sample saved both ways', () => {
    expect(xlsFiles.length).toBe(samples.length + 1);
  });

  it.each(xlsFiles)('%s', async (file) => {
    const twin = path.join(XLS, file.replace(/\.xls$/, '.lo.xlsx'));
    const fromXls = roundedNumbers(await fastGrids(path.join(XLS, file)));
    expect(fromXls).toEqual(roundedNumbers(await excelJsGrids(twin)));
    // Values, shown text, formats, merges and formulas are all there to compare.
    const cells = fromXls.flatMap((grid) => Object.values(grid.cells));
    expect(cells.length).toBeGreaterThan(20);
    expect(fromXls.some((grid) => grid.merges.length > 0)).toBe(true);
    if (file === 'kinds.xls') {
      expect(cells.filter((cell) => cell.formula).length).toBeGreaterThanOrEqual(8);
      expect(cells.some((cell) => cell.numberFormat === '0.00%')).toBe(true);
    }
  });
});
