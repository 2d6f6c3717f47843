import fc from 'fast-check';
import { cellOf, Grid } from '../../../src/engine/grid/grid';
import type { Cell, CellArea } from '../../../src/engine/grid/types';
import { recognizeTables, recognizeTablesStrict } from '../../../src/engine/recognize';
import { overallTable, place, projectTable, stack } from './fixtures/mini';

// Labels the recogniser keys on, so random grids often look like the start of a table.
const LABELS = [
  '财政供养人员情况',
  '编制数',
  '2024年实际在职人数',
  '控制率',
  '经费控制情况',
  '2023年决算数',
  '2024年预算数',
  '2024年决算数',
  '三公经费',
  '其中：公车购置',
  '1、业务工作经费',
  '项目支出：',
  '公用经费',
  '楼堂馆所控制情况',
  '批复规模',
  '投资概算控制率',
  '预算单位名称',
  '年度预算申请（万元）',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '年度资金总额',
  '按收入性质分：',
  '按支出性质分：',
  '其中：一般公共预算：605.21',
  '政府性基金拨款：',
  '项目支出名称',
  '主管部门',
  '实施单位',
  '项目资金',
  '其中：当年财政拨款',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '偏差原因分析及改进措施',
  '产出指标（50分)',
  '效益指标\n(30分)',
  '满意度指标（１０分）',
  '成本指标',
  '总分',
  '总分(含预算执行率10分)',
  '优',
  '……',
  '——',
  '≥95%',
  '≤127.73万元',
  '34（其中 26 万元纳入基本支出）',
  '填表人：',
  '',
  ' ',
  '\u3000',
];

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...LABELS).map((label) => cellOf(label)),
  fc.double({ noNaN: false }).map((value) => cellOf(value)),
  fc.integer({ min: -5, max: 200 }).map((value) => cellOf(value)),
  fc.string({ maxLength: 12 }).map((text) => cellOf(text)),
  fc.boolean().map((value) => cellOf(value)),
  fc.constantFrom('0.9285', '92.85%', '#DIV/0!', '１０', '605.21万元').map((text) => cellOf(text)),
);

const mergeArb = fc.record({ top: fc.nat(14), left: fc.nat(9), height: fc.nat(4), width: fc.nat(3) });

const gridArb = fc
  .record({
    cells: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 15 }),
    merges: fc.array(mergeArb, { maxLength: 6 }),
  })
  .map(({ cells, merges }) => {
    const grid = new Grid('random');
    cells.forEach((row, r) => row.forEach((cell, c) => cell && grid.setCell(r, c, cell)));
    for (const m of merges)
      grid.addMerge({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width });
    return grid;
  });

describe('recognition on odd sheets', () => {
  it('never throws on random grids of labels, figures, text and merges', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const tables = recognizeTablesStrict(grid);
        for (const table of tables) {
          expect(table.area.top).toBeLessThanOrEqual(table.area.bottom);
          expect(table.completeness === 'complete' || table.missing.length > 0).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('sees the same tables wherever the sheet content sits (shifting the grid shifts every area)', () => {
    const shifted = (grid: Grid, by: { row: number; col: number }): Grid => {
      const out = new Grid(grid.name);
      for (let r = 0; r < grid.rowCount; r++)
        for (let c = 0; c < grid.colCount; c++) {
          const cell = grid.cellAt(r, c);
          if (cell) out.setCell(r + by.row, c + by.col, cell);
        }
      for (const m of grid.merges)
        out.addMerge({
          top: m.top + by.row,
          left: m.left + by.col,
          bottom: m.bottom + by.row,
          right: m.right + by.col,
        });
      return out;
    };
    const withTable = fc
      .tuple(gridArb, fc.boolean())
      .map(([grid, addTable]) =>
        addTable ? place(grid, projectTable({ name: '项目', total: [1, 2, 2] }), { row: 16, col: 0 }) : grid,
      );
    fc.assert(
      fc.property(withTable, fc.nat(30), fc.nat(8), (grid, row, col) => {
        const before = recognizeTablesStrict(grid);
        const after = recognizeTablesStrict(shifted(grid, { row, col }));
        expect(after.map((table) => table.kind)).toEqual(before.map((table) => table.kind));
        after.forEach((table, i) => {
          const area = before[i].area;
          expect(table.area).toEqual({
            top: area.top + row,
            left: area.left + col,
            bottom: area.bottom + row,
            right: area.right + col,
          });
          expect(table.missing).toEqual(before[i].missing);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('never throws when a real table is damaged: cells blanked and overwritten at random', () => {
    const base = stack('s', [overallTable(), projectTable({ name: '项目一', total: [25, 25, 25] })]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(70), fc.nat(11), cellArb), { maxLength: 25 }), (edits) => {
        const grid = new Grid('damaged');
        for (let r = 0; r < base.rowCount; r++)
          for (let c = 0; c < base.colCount; c++) {
            const cell = base.cellAt(r, c);
            if (cell) grid.setCell(r, c, cell);
          }
        base.merges.forEach((area) => grid.addMerge(area));
        for (const [r, c, cell] of edits) grid.setCell(r, c, cell ?? cellOf(null));
        expect(() => recognizeTablesStrict(grid)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('returns no tables rather than throwing when the grid itself fails', () => {
    const broken = new Grid('broken');
    broken.setCell(0, 0, cellOf('预算单位名称'));
    broken.cellAt = () => {
      throw new Error('host went away');
    };
    expect(recognizeTables(broken)).toEqual([]);
  });
});

/** A grid that counts how often the recogniser probes it: reads, not milliseconds, so the test is deterministic. */
class CountingGrid extends Grid {
  cellReads = 0;
  mergeReads = 0;

  override cellAt(row: number, col: number): Cell | undefined {
    this.cellReads++;
    return super.cellAt(row, col);
  }

  override mergeAt(row: number, col: number): CellArea | undefined {
    this.mergeReads++;
    return super.mergeAt(row, col);
  }
}

/** `projects` 50-row project tables one under the other, a footer on the last row. */
function stackedProjects(projects: number): CountingGrid {
  const project = projectTable({ name: '项目', total: [25, 25, 25] });
  const grid = new CountingGrid('大表');
  for (let i = 0; i < projects; i++) place(grid, project, { row: i * 50, col: 1 });
  grid.setCell(projects * 50 - 1, 0, cellOf('填表人：'));
  return grid;
}

// Speed itself is measured by `npm run bench` (recognize_10k_rows_ms); here only the work, which is what
// would grow if a table rescanned the sheet.
describe('recognition work grows linearly with the sheet', () => {
  it('recognises 200 project tables in a 10,000-row sheet, reading each position about once', () => {
    const grid = stackedProjects(200);
    expect(grid.rowCount).toBe(10000);
    const tables = recognizeTables(grid);
    expect(tables).toHaveLength(200);
    expect(tables.every((table) => table.completeness === 'complete')).toBe(true);
    const positions = grid.rowCount * grid.colCount;
    // One pass to index the sheet, then only the figure cells the tables use.
    expect(grid.cellReads).toBeLessThanOrEqual(1.25 * positions);
    expect(grid.mergeReads).toBeLessThanOrEqual(0.5 * positions);
  });

  it('costs no more reads per table in a sheet of 200 tables than in a sheet of one', () => {
    const one = stackedProjects(1);
    const many = stackedProjects(200);
    recognizeTables(one);
    recognizeTables(many);
    expect(many.cellReads).toBeLessThanOrEqual(200 * one.cellReads);
    // The footer row closes the last table only; everything else repeats per table.
    expect(many.mergeReads).toBeLessThanOrEqual(200 * one.mergeReads + 1);
  });
});
