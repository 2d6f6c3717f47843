import { parseA1 } from '../../src/engine/grid/a1';
import type { Cell, SheetGrid } from '../../src/engine/grid/types';
import {
  CORRECTED_SEEDS,
  SEEDS,
  cellAt,
  placeTables,
  seed000,
  seed000Corrected,
  seed002,
  seed003,
  seed004,
  seed004Corrected,
  seedGrids,
  specSize,
  specToGrid,
} from '../../samples/specs';
import type { TableSpec } from '../../samples/specs';

function cell(grid: SheetGrid, a1: string): Cell | undefined {
  const at = parseA1(a1);
  if (!at) throw new Error(a1);
  return grid.cellAt(at.row, at.col);
}

function table(seed: { tables: readonly TableSpec[] }, kind: TableSpec['kind']): TableSpec {
  const found = seed.tables.find((t) => t.kind === kind);
  if (!found) throw new Error(kind);
  return found;
}

function mistake(spec: TableSpec, rule: string): string {
  const found = spec.mistakes.find((m) => m.rule === rule);
  if (!found) throw new Error(rule);
  return found.cell;
}

describe('seed specs', () => {
  it('shows seed 000 执行率 0.9285 as 92.85% and its 得分 9.29 where the mistake points', () => {
    const overall = table(seed000, 'overall-self-eval');
    const grid = specToGrid(overall);
    const scoreCell = cell(grid, mistake(overall, 'execution-score'));
    expect(scoreCell).toMatchObject({ value: 9.29, text: '9.29', numberFormat: '0.00' });
    const rateAt = parseA1(mistake(overall, 'execution-score'))!;
    expect(grid.cellAt(rateAt.row, rateAt.col - 1)).toMatchObject({ value: 0.9285, text: '92.85%' });
    expect(Math.round(((10 * 767.27) / 826.36) * 100) / 100).toBe(9.28);
  });

  it('points seed 004 execution-score at 9.2 when 10 × 111.27/123.47 = 9.01', () => {
    const overall = table(seed004, 'overall-self-eval');
    expect(cell(specToGrid(overall), mistake(overall, 'execution-score'))?.value).toBe(9.2);
    const corrected = table(seed004Corrected, 'overall-self-eval');
    const fixedAt = parseA1(mistake(overall, 'execution-score'))!;
    expect(specToGrid(corrected).cellAt(fixedAt.row, fixedAt.col)?.value).toBe(
      Math.round((1000 * 111.27) / 123.47) / 100,
    );
  });

  it('points seed 002 group-weight at 产出指标（50分) whose weights sum to 47', () => {
    const overall = table(seed002, 'overall-self-eval');
    const grid = specToGrid(overall);
    const labelAt = parseA1(mistake(overall, 'group-weight'))!;
    expect(grid.cellAt(labelAt.row, labelAt.col)?.value).toBe('产出指标\n（50分)');
    const merge = grid.mergeAt(labelAt.row, labelAt.col)!;
    let weights = 0;
    for (let r = merge.top; r <= merge.bottom; r++) {
      const weight = grid.cellAt(r, 6)?.value;
      if (typeof weight === 'number') weights += weight;
    }
    expect(weights).toBe(47);
  });

  it('points seed 002 sub-total at 三公经费 2022 = 5.41', () => {
    const basic = table(seed002, 'basic-data');
    expect(cell(specToGrid(basic), mistake(basic, 'sub-total'))?.value).toBe(5.41);
  });

  it('gives seed 003 one basic-data, one overall and two project tables (25万 and 7.2万)', () => {
    expect(seed003.tables.map((t) => t.kind)).toEqual([
      'basic-data',
      'overall-self-eval',
      'project-self-eval',
      'project-self-eval',
    ]);
    const names = seed003.tables.slice(2).map((t) => specToGrid(t).cellAt(1, 1)?.value);
    expect(names).toEqual(['付市驻京办工作经费', '信访接待工作经费']);
    const totals = seed003.tables.slice(2).map((t) => specToGrid(t).cellAt(4, 4)?.value);
    expect(totals).toEqual([25, 7.2]);
  });

  it('keeps seed 004 project table blank: no figure anywhere', () => {
    const project = seed004.tables[2];
    const figures = project.rows
      .flat()
      .filter(
        (entry) =>
          typeof entry === 'number' ||
          (typeof entry === 'object' && entry && typeof entry.value === 'number'),
      );
    expect(figures).toEqual([]);
  });

  it('keeps every merge inside its table and never overlapping another', () => {
    for (const seed of [...SEEDS, ...CORRECTED_SEEDS]) {
      for (const spec of seed.tables) {
        const grid = specToGrid(spec);
        const size = specSize(spec);
        const covered = new Set<string>();
        for (const area of grid.merges) {
          expect(area.right).toBeLessThan(size.cols);
          for (let r = area.top; r <= area.bottom; r++)
            for (let c = area.left; c <= area.right; c++) {
              expect(covered.has(`${r},${c}`)).toBe(false);
              covered.add(`${r},${c}`);
            }
        }
        // Nothing is written into a merged area except its top-left cell.
        for (const area of grid.merges)
          for (let r = area.top; r <= area.bottom; r++)
            for (let c = area.left; c <= area.right; c++)
              if (r !== area.top || c !== area.left) expect(grid.cellAt(r, c)).toBeUndefined();
      }
    }
  });

  it('holds no phone number and no 填表人 name', () => {
    const text = JSON.stringify([...SEEDS, ...CORRECTED_SEEDS]);
    expect(text).not.toMatch(/1[3-9]\d{9}|0739\d{7}/);
    expect(text).not.toContain('填表人');
  });

  it('carries no mistakes in the corrected seeds and some in every filed seed with figures', () => {
    for (const seed of CORRECTED_SEEDS) expect(seed.tables.flatMap((t) => t.mistakes)).toEqual([]);
    for (const seed of SEEDS) expect(seed.tables.flatMap((t) => t.mistakes).length).toBeGreaterThan(0);
  });

  it('fixes seed 000 so that 按收入 767.27 and 基本支出 661.27 + 项目支出 106 = 767.27', () => {
    const grid = specToGrid(table(seed000Corrected, 'overall-self-eval'));
    const texts: string[] = [];
    for (let r = 0; r < grid.rowCount; r++)
      for (let c = 0; c < grid.colCount; c++) texts.push(String(grid.cellAt(r, c)?.value ?? ''));
    expect(texts).toContain('  其中：  一般公共预算：767.27');
    expect(texts).toContain('项目支出：106');
    expect(661.27 + 106).toBeCloseTo(767.27, 6);
  });
});

describe('layout helpers', () => {
  it('types every figure as text when asked: 92.85% and 767.27 become strings', () => {
    const grid = specToGrid(table(seed000, 'overall-self-eval'), { textFigures: true });
    const values: unknown[] = [];
    for (let r = 0; r < grid.rowCount; r++)
      for (let c = 0; c < grid.colCount; c++) values.push(grid.cellAt(r, c)?.value);
    expect(values).toContain('92.85%');
    expect(values).toContain('767.27');
    expect(values.filter((v) => typeof v === 'number')).toEqual([]);
  });

  it('places a table at an offset, moving its cells and merges and its mistakes', () => {
    const overall = table(seed004, 'overall-self-eval');
    const origin = { row: 5, col: 3 };
    const grid = specToGrid(overall, { origin });
    expect(cell(grid, cellAt(mistake(overall, 'execution-score'), origin))?.value).toBe(9.2);
    expect(grid.merges.every((m) => m.top >= 5 && m.left >= 3)).toBe(true);
  });

  it('stacks tables one below the other without overlap', () => {
    const { grid, placements } = placeTables('全部', seed003.tables, { gap: 2 });
    placements.slice(1).forEach((p, k) => {
      const previous = placements[k];
      expect(p.origin.row).toBe(previous.origin.row + specSize(previous.spec).rows + 2);
    });
    expect(grid.rowCount).toBe(placements[3].origin.row + specSize(seed003.tables[3]).rows);
  });

  it('names each grid after its template sheet', () => {
    expect(seedGrids(seed003).map((g) => g.name)).toEqual([
      '附件1 基础数据表',
      '附件2 整体支出自评表',
      '附件3 项目支出自评表1',
      '附件3 项目支出自评表2',
    ]);
  });
});
