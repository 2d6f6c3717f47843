import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';
import { checkWorkbook } from '../../src/engine/check';
import type { SheetGrid } from '../../src/engine/grid/types';
import { CORRECTED_SEEDS, SEEDS, seedGrids } from '../../samples/specs';
import { writeBenchWorkbook } from '../../scripts/bench-engine';

function values(grid: SheetGrid): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cellAt(r, c);
      if (cell) out.push(`${r},${c}=${JSON.stringify(cell.value)}|${cell.text}|${cell.numberFormat}`);
    }
  return out;
}

describe('the committed sample workbooks', () => {
  it.each([...SEEDS, ...CORRECTED_SEEDS].map((seed) => [seed.id, seed] as const))(
    'samples/seed-%s.xlsx matches its spec cell for cell (run npm run samples after editing a spec)',
    async (id, seed) => {
      const read = workbookToGrids(
        await loadWorkbook(path.resolve(__dirname, `../../samples/seed-${id}.xlsx`)),
      );
      const expected = seedGrids(seed);
      expect(read.map((g) => g.name)).toEqual(expected.map((g) => g.name));
      read.forEach((grid, k) => expect(values(grid)).toEqual(values(expected[k])));
    },
  );
});

describe('the benchmark workbook', () => {
  it('holds one overall table and N project tables that the engine recognises, with planted 得分 mistakes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-bench-test-'));
    const file = path.join(dir, 'bench.xlsx');
    await writeBenchWorkbook(file, 3);
    const result = checkWorkbook(workbookToGrids(await loadWorkbook(file)));
    expect(result.summaries.map((s) => s.kind)).toEqual([
      'overall-self-eval',
      'project-self-eval',
      'project-self-eval',
      'project-self-eval',
    ]);
    // Project 0 (every seventh) carries a 得分 0.1 too high.
    expect(result.findings.some((f) => f.rule === 'execution-score' && f.cell !== 'I4')).toBe(true);
  });
});
