// A sample workbook seen through the add-in (sim host + adapter) must give the engine the same grids as the CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';
import { createExcelPort } from '../../src/excel';
import type { SheetGrid } from '../../src/engine/grid/types';
import { installSimHost } from '../../src/simhost';

const SAMPLES = ['seed-000.xlsx', 'seed-004.xlsx', 'variant-seed-003-stacked-offset.xlsx']
  .map((name) => join(__dirname, '../../samples', name))
  .filter((file) => existsSync(file));

function cellsOf(grid: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cellAt(r, c);
      if (cell)
        out[`${r},${c}`] = {
          value: cell.value,
          text: cell.text,
          numberFormat: cell.numberFormat,
          formula: cell.formula,
        };
    }
  }
  return out;
}

const sortAreas = (grid: SheetGrid) =>
  [...grid.merges]
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((a) => `${a.top},${a.left},${a.bottom},${a.right}`);

describe('sample workbooks through the simulated host', () => {
  it('finds the samples', () => {
    expect(SAMPLES.length).toBeGreaterThan(0);
  });

  it.each(SAMPLES)(
    'reads %s exactly as the CLI does (values, text, formats, formulas, merges)',
    async (file) => {
      const expected = workbookToGrids(await loadWorkbook(file));
      const host = installSimHost(await simStateFromXlsx(file));
      try {
        const { grids } = await createExcelPort().read('workbook');
        expect(grids.map((g) => g.name)).toEqual(expected.map((g) => g.name));
        grids.forEach((grid, i) => {
          expect(cellsOf(grid)).toEqual(cellsOf(expected[i]));
          expect(sortAreas(grid)).toEqual(sortAreas(expected[i]));
        });
      } finally {
        host.uninstall();
      }
    },
  );
});
