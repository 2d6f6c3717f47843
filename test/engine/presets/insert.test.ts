import { cellOf, gridFromRows } from '../../../src/engine/grid/grid';
import type { IndicatorSection } from '../../../src/engine/model/tables';
import type { Grid } from '../../../src/engine/grid/grid';
import {
  PlanError,
  applyPlanToGrid,
  findPreset,
  findScheme,
  planBlockInsertion,
  type IndicatorPreset,
} from '../../../src/engine/presets';
import {
  seed002Corrected,
  seed003Corrected,
  seed004Corrected,
  seedGrids,
  type SeedSpec,
} from '../../../samples/specs';
import { expectMergesKept, expectOnlyPlannedChanges, indicatorSection } from './helpers';

const YEAR = 2024;

function overallGrid(seed: SeedSpec): Grid {
  const grid = seedGrids(seed).find((candidate) => candidate.name.includes('整体支出'));
  if (!grid) throw new Error('no overall sheet');
  return grid;
}

function preset(id: string): IndicatorPreset {
  const found = findPreset(id);
  if (!found) throw new Error(id);
  return found;
}

function groupWeights(grid: Grid): Record<string, { stated?: number; sum: number; rows: number }> {
  const section = indicatorSection(grid);
  return Object.fromEntries(
    section.groups.map((group) => [
      group.kind,
      {
        stated: group.statedWeight,
        sum: group.rows.reduce(
          (total, row) => total + (row.weight.figure.kind === 'number' ? row.weight.figure.value : 0),
          0,
        ),
        rows: group.rows.length,
      },
    ]),
  );
}

describe('inserting at the end of a group (seed 004, 成本指标 last, merged 一级 cells)', () => {
  const before = overallGrid(seed004Corrected);
  const section = indicatorSection(before);
  const plan = planBlockInsertion({
    grid: before,
    section,
    preset: preset('hotline-12345'),
    position: { group: 'benefit' },
    year: YEAR,
  });
  const after = applyPlanToGrid(before, plan);

  it('inserts the hotline’s 2 benefit rows right below 效益指标（30分）, before 满意度指标', () => {
    const benefit = section.groups.find((group) => group.kind === 'benefit');
    const satisfaction = section.groups.find((group) => group.kind === 'satisfaction');
    expect(plan.rowInserts).toEqual([{ at: satisfaction?.labelAt.row, count: 2 }]);
    expect(benefit?.statedWeight).toBe(30);
  });

  it('keeps every existing value and merge, adding only the planned cells', () => {
    expectOnlyPlannedChanges(before, after, plan);
    expectMergesKept(before, after, plan);
  });

  it('grows the 效益指标 merge over the new rows and leaves their 分值 blank: its 30 points are all given', () => {
    const benefit = section.groups.find((group) => group.kind === 'benefit');
    const merge = after.mergeAt(benefit?.labelAt.row ?? -1, section.columns.level1);
    expect(merge?.bottom).toBe(plan.rowInserts[0].at + 1);
    expect(plan.notes.map((note) => note.id)).toContain('no-points-left');
    expect(plan.writes.some((write) => write.col === section.columns.weight)).toBe(false);
  });

  it('is recognised again with the new rows inside 效益指标', () => {
    const weights = groupWeights(after);
    expect(weights.benefit.rows).toBe(groupWeights(before).benefit.rows + 2);
    expect(weights.benefit.sum).toBe(30);
    expect(indicatorSection(after).total?.row).toBe((section.total?.row ?? 0) + 2);
  });
});

describe('inserting where points are left (seed 002, national 50/30/10)', () => {
  const before = overallGrid(seed002Corrected);
  const section = indicatorSection(before);

  it('shares the 10 points 产出指标（50分） has left (20+10+10 used) among the department’s 9 output rows', () => {
    const grid = overallGrid(seed002Corrected);
    const first = section.groups[0].rows[0];
    expect(first.weight.figure).toMatchObject({ kind: 'number', value: 20 });
    const third = section.groups[0].rows[2];
    grid.setCell(third.row, section.columns.weight, cellOf(10));
    expect(groupWeights(grid).output.sum).toBe(40);
    const plan = planBlockInsertion({
      grid,
      section: indicatorSection(grid),
      preset: preset('department'),
      position: { group: 'output' },
      year: YEAR,
    });
    const shared = plan.writes
      .filter((write) => write.col === section.columns.weight)
      .map((write) => write.value);
    expect(shared).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1]);
    const after = applyPlanToGrid(grid, plan);
    expectOnlyPlannedChanges(grid, after, plan);
    expect(groupWeights(after).output).toEqual({ stated: 50, sum: 50, rows: 12 });
  });

  it('adds a missing 成本指标 group with its own header after the last group', () => {
    const plan = planBlockInsertion({
      grid: before,
      section,
      preset: preset('department'),
      scheme: findScheme('hunan-cost-last'),
      position: { group: 'cost' },
      year: YEAR,
    });
    const after = applyPlanToGrid(before, plan);
    expectOnlyPlannedChanges(before, after, plan);
    expectMergesKept(before, after, plan);
    expect(plan.writes[0]).toEqual({
      row: section.total?.row,
      col: section.columns.level1,
      value: '成本指标（20分）',
    });
    const weights = groupWeights(after);
    expect(weights.cost).toEqual({ stated: 20, sum: 20, rows: 2 });
  });

  it('refuses a row outside the indicator section', () => {
    expect(() =>
      planBlockInsertion({
        grid: before,
        section,
        preset: preset('department'),
        position: { row: section.headerRow },
        year: YEAR,
      }),
    ).toThrow(PlanError);
  });

  it('refuses a row between groups when every group of the scheme exists', () => {
    const benefit = section.groups.find((group) => group.kind === 'benefit');
    expect(() =>
      planBlockInsertion({
        grid: before,
        section,
        preset: preset('department'),
        position: { row: benefit?.labelAt.row ?? 0 },
        year: YEAR,
      }),
    ).toThrow(/groups-exist|every group/);
  });
});

describe('inserting at a row (seed 003, 成本指标 first)', () => {
  const before = overallGrid(seed003Corrected);
  const section = indicatorSection(before);
  const output = section.groups.find((group) => group.kind === 'output');
  const row = (output?.labelAt.row ?? 0) + 1;
  const plan = planBlockInsertion({
    grid: before,
    section,
    preset: preset('petition'),
    position: { row },
    year: YEAR,
  });
  const after = applyPlanToGrid(before, plan);

  it('adds the petition office’s 产出 rows inside 产出指标（40分） at the given row', () => {
    expect(plan.rowInserts[0].at).toBe(row);
    expect(
      plan.writes.filter((write) => write.col === section.columns.level3).map((write) => write.value),
    ).toEqual([
      '重复信访件数',
      '信访积案化解率',
      '信访事项一次性化解率',
      '信访事项及时受理率',
      '按期答复（办结）率',
    ]);
  });

  it('keeps every value and merge, and the 一级 merge now spans the new rows', () => {
    expectOnlyPlannedChanges(before, after, plan);
    expectMergesKept(before, after, plan);
    expect(groupWeights(after).output.rows).toBe(groupWeights(before).output.rows + 5);
  });

  it('keeps 成本指标 first and its “三公”经费 out of 产出指标', () => {
    expect(plan.writes.some((write) => write.value === '“三公”经费控制率')).toBe(false);
    expect(indicatorSection(after).groups.map((group) => group.kind)).toEqual([
      'cost',
      'output',
      'benefit',
      'satisfaction',
    ]);
  });
});

describe('a 总分 SUM formula', () => {
  const base = overallGrid(seed004Corrected);
  const section = indicatorSection(base);
  const total = section.total?.row ?? 0;
  const first = section.headerRow + 2; // 1-based first indicator row
  const last = total; // 1-based row just above 总分
  const col = String.fromCharCode(65 + section.columns.score);
  base.setCell(
    total,
    section.columns.score,
    cellOf(98.2, 'General', '98.2', `=SUM(${col}${first}:${col}${last})+H5`),
  );

  it('grows to cover rows added at the end of the last group (成本指标)', () => {
    const plan = planBlockInsertion({
      grid: base,
      section,
      preset: preset('department'),
      position: { group: 'cost' },
      year: YEAR,
    });
    const count = plan.rowInserts[0].count;
    expect(plan.formulaUpdates).toEqual([
      {
        row: total + count,
        col: section.columns.score,
        previous: `=SUM(${col}${first}:${col}${last})+H5`,
        formula: `=SUM(${col}${first}:${col}${last + count})+H5`,
      },
    ]);
    const after = applyPlanToGrid(base, plan);
    expectOnlyPlannedChanges(base, after, plan);
  });

  it('needs no update when rows go inside the range (the host moves the end down)', () => {
    const output = section.groups.find((group) => group.kind === 'output');
    const plan = planBlockInsertion({
      grid: base,
      section,
      preset: preset('department'),
      position: { row: (output?.labelAt.row ?? 0) + 1 },
      year: YEAR,
    });
    expect(plan.formulaUpdates).toEqual([]);
    const after = applyPlanToGrid(base, plan);
    expect(after.cellAt(total + plan.rowInserts[0].count, section.columns.score)?.formula).toBe(
      `=SUM(${col}${first}:${col}${last + plan.rowInserts[0].count})+H5`,
    );
  });
});

describe('a group the scheme does not have', () => {
  it('adds 成本指标 without points under the national rule, for the clerk to weigh', () => {
    const before = overallGrid(seed002Corrected);
    const section = indicatorSection(before);
    const plan = planBlockInsertion({
      grid: before,
      section,
      preset: preset('petition'),
      position: { group: 'cost' },
      year: YEAR,
    });
    expect(plan.writes[0].value).toBe('成本指标');
    expect(plan.writes.some((write) => write.col === section.columns.weight)).toBe(false);
    expect(plan.rowInserts[0].count).toBe(3); // 经济成本指标 with its indicator, then the two empty 二级 rows
  });
});

describe('a row inside a merged 二级指标', () => {
  it('moves the block below the merge rather than split it (seed 004 效益 rows with a merged 二级 cell)', () => {
    const before = overallGrid(seed004Corrected);
    const section = indicatorSection(before);
    const output = section.groups.find((group) => group.kind === 'output');
    const top = output?.labelAt.row ?? 0;
    before.addMerge({ top, left: section.columns.level2, bottom: top + 1, right: section.columns.level2 });
    const plan = planBlockInsertion({
      grid: before,
      section,
      preset: preset('project'),
      position: { row: top + 1 },
      year: YEAR,
    });
    expect(plan.rowInserts[0].at).toBe(top + 2);
    expect(plan.notes.map((note) => note.id)).toContain('moved-below-merge');
    expectOnlyPlannedChanges(before, applyPlanToGrid(before, plan), plan);
  });
});

describe('an empty 绩效指标 section (表头 and 总分 only)', () => {
  // Hand-built: the recogniser needs indicator rows to be sure of a section, a plan does not.
  const grid = gridFromRows('自评表', [
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['总分', undefined, undefined, undefined, undefined, undefined, 100, undefined],
  ]);
  grid.addMerge({ top: 1, left: 0, bottom: 1, right: 5 });
  const columns = { level1: 1, level2: 2, level3: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 };
  const empty: IndicatorSection = {
    headerRow: 0,
    columns,
    groups: [],
    total: {
      row: 1,
      label: '总分',
      weight: {
        at: { row: 1, col: 6 },
        cell: grid.cellAt(1, 6),
        figure: { kind: 'number', value: 100, decimals: 0, percent: false, notes: [] },
      },
      score: { at: { row: 1, col: 7 }, cell: undefined, figure: { kind: 'none', reason: 'empty' } },
    },
  };

  it('fills the whole framework under 成本20/产出40/效益20/满意度10, headers first in each group', () => {
    const plan = planBlockInsertion({
      grid,
      section: empty,
      preset: preset('project'),
      scheme: findScheme('hunan-cost-first'),
      position: { row: 1 },
      year: YEAR,
    });
    const after = applyPlanToGrid(grid, plan);
    expectOnlyPlannedChanges(grid, after, plan);
    const headers = plan.writes.filter((write) => write.col === columns.level1).map((write) => write.value);
    expect(headers).toEqual([
      '成本指标（20分）',
      '产出指标（40分）',
      '效益指标（20分）',
      '满意度指标（10分）',
    ]);
    const points = plan.writes
      .filter((write) => write.col === columns.weight)
      .reduce((sum, write) => sum + Number(write.value), 0);
    expect(points).toBe(90);
    expect(plan.notes.map((note) => note.id)).toContain('no-format-source');
    // Each header's merge reaches down to the next header, and 总分 stays last.
    const tops = plan.writes.filter((write) => write.col === columns.level1).map((write) => write.row);
    // a one-row group (满意度指标) needs no merge
    const bottoms = tops.map((top) => after.mergeAt(top, columns.level1)?.bottom ?? top);
    expect(bottoms).toEqual([...tops.slice(1).map((top) => top - 1), plan.rowInserts[0].count]);
    expect(after.cellAt(plan.rowInserts[0].count + 1, 0)?.value).toBe('总分');
  });
});
