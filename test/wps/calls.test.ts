// How many calls cross the bridge to WPS per operation on the seeds (each ~0.2 ms in WPS [DOC WPS 加载项性能]).
// Counted, not timed: the figure is what the adapter controls.
import { basename } from 'node:path';
import type { SheetGrid } from '../../src/engine/grid/types';
import { installSimWps } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import { SEED_FILES, wpsBookFromXlsx } from './seed-books';

describe('calls per operation on the seeds', () => {
  it.each(SEED_FILES.map((file) => [basename(file), file]))(
    '%s: values and formulas in one call per sheet, fewer than two calls per used cell in all',
    async (_name, file) => {
      const host = installSimWps(await wpsBookFromXlsx(file));
      try {
        const port = createWpsPort();
        let cells = 0;
        let sheets = 0;
        const trace = await host.traceCalls(async () => {
          const { grids } = await port.read('workbook');
          sheets = grids.length;
          for (const grid of grids) cells += grid.rowCount * grid.colCount;
        });
        const calls = trace.length;
        // Values and formulas cross in one call per sheet whatever its size; formats and merges by areas.
        expect(trace.filter((name) => name === 'Range.Value2')).toHaveLength(sheets);
        expect(trace.filter((name) => name === 'Range.Formula')).toHaveLength(sheets);
        expect(calls).toBeLessThan(2 * cells);
      } finally {
        host.uninstall();
      }
    },
  );

  it('a long data sheet (2 000 rows, one format per column, no merges) reads in a few hundred calls', async () => {
    const cells: Record<string, { value: number; numberFormat: string }> = {};
    for (let row = 1; row <= 2000; row++)
      for (const [col, format] of [
        ['A', '0'],
        ['B', '0.00'],
        ['C', '0.00'],
        ['D', '0.00%'],
      ] as const)
        cells[`${col}${row}`] = { value: row / 7, numberFormat: format };
    const host = installSimWps({ activeSheet: '明细', sheets: [{ name: '明细', cells, merges: [] }] });
    try {
      const port = createWpsPort();
      let grid: SheetGrid | undefined;
      const calls = await host.countCalls(async () => {
        grid = (await port.read('active-sheet')).grids[0];
      });
      expect(grid?.cellAt(1999, 3)?.numberFormat).toBe('0.00%');
      expect(calls).toBeLessThan(400); // 8 000 cells; merges asked per 16-row band, formats per column
    } finally {
      host.uninstall();
    }
  });
});
