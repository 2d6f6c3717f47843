// A long project list merges two cells in every row (项目名称 over two columns, 分值 over two): 600 merged
// areas, more than Excel returns from one getMergedAreasOrNullObject. The read must still succeed and report
// every merge once, by asking again in bands of rows.
import { toA1 } from '../../src/engine/grid/a1';
import { createExcelPort } from '../../src/excel';
import { MERGE_BAND_ROWS } from '../../src/excel/read';
import { installSimHost } from '../../src/simhost';
import type { SimCell, SimHostHandle, SimSheet } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

const ROWS = 300;

function longSheet(name: string): SimSheet {
  const cells: Record<string, SimCell> = {};
  const merges: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    cells[toA1(row, 0)] = { value: `项目${row + 1}` };
    cells[toA1(row, 3)] = { value: 10 };
    merges.push(`${toA1(row, 0)}:${toA1(row, 1)}`, `${toA1(row, 3)}:${toA1(row, 4)}`);
  }
  return { name, cells, merges };
}

let host: SimHostHandle;
afterEach(() => host.uninstall());

describe('a sheet with more than 512 merged areas', () => {
  it('is read with all 600 merges, each once, in bands of rows', async () => {
    host = installSimHost(workbookOf([longSheet('项目明细')]));
    const port = createExcelPort();
    const [grid] = (await port.read('active-sheet')).grids;
    expect(grid.merges).toHaveLength(2 * ROWS);
    expect(new Set(grid.merges.map((area) => `${area.top},${area.left}`)).size).toBe(2 * ROWS);
    expect(grid.mergeAt(ROWS - 1, 4)).toEqual({ top: ROWS - 1, left: 3, bottom: ROWS - 1, right: 4 });
    expect(grid.cellAt(ROWS - 1, 0)?.value).toBe(`项目${ROWS}`);
  });

  it('costs two syncs per read once learnt (values, then the bands), across the whole workbook', async () => {
    host = installSimHost(workbookOf([longSheet('项目明细'), overallSheet()]));
    const port = createExcelPort();
    await port.read('workbook');
    let merges = 0;
    const syncs = await host.countSyncs(async () => {
      const { grids } = await port.read('workbook');
      merges = grids.reduce((sum, grid) => sum + grid.merges.length, 0);
    });
    expect(syncs).toBe(2);
    expect(merges).toBe(2 * ROWS + 3); // the overall sheet's title, name and header merges
    expect(ROWS / MERGE_BAND_ROWS).toBeGreaterThan(1); // the test really spans several bands
  });

  it('a small sheet read before any refusal still costs one sync', async () => {
    host = installSimHost(workbookOf([overallSheet()]));
    expect(await host.countSyncs(() => createExcelPort().read('active-sheet'))).toBe(1);
  });
});
