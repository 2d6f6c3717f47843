import type { Field, RecognizedTable } from '../../../src/engine/model/tables';
import { recognizeTablesStrict as recognizeTables } from '../../../src/engine/recognize';
import {
  seed000,
  seed002,
  seed003,
  seed004,
  seedGrids,
  stackTables,
  type SeedSpec,
} from '../../../samples/specs';

const num = (field: Field | undefined): number | undefined =>
  field?.figure.kind === 'number' ? field.figure.value : undefined;
type Of<K extends RecognizedTable['kind']> = Extract<RecognizedTable, { kind: K }>;

/** The seed's tables recognised in two layouts: each on its own sheet at an offset, and all stacked with figures typed as text. */
const LAYOUTS: readonly [string, (seed: SeedSpec) => RecognizedTable[]][] = [
  [
    'each table on its own sheet at F7',
    (seed) => seedGrids(seed, { origin: { row: 6, col: 5 } }).flatMap((grid) => recognizeTables(grid)),
  ],
  [
    'all tables stacked in one sheet, figures typed as text',
    (seed) =>
      recognizeTables(stackTables('全部', seed.tables, { textFigures: true, origin: { row: 2, col: 1 } })),
  ],
];

function tablesOf(seed: SeedSpec, layout: (seed: SeedSpec) => RecognizedTable[]) {
  const tables = layout(seed);
  const of = <K extends RecognizedTable['kind']>(kind: K): Of<K>[] =>
    tables.filter((table): table is Of<K> => table.kind === kind);
  return {
    tables,
    basic: of('basic-data')[0],
    overall: of('overall-self-eval')[0],
    projects: of('project-self-eval'),
  };
}

describe.each(LAYOUTS)('seeds, %s', (_name, layout) => {
  it('seed 000: 767.27 of 826.36 at 92.85% scoring 9.29, 一般公共预算 605.21, weights 15/15/10/15/8/8/10/9, 总分 94.28', () => {
    const { tables, basic, overall } = tablesOf(seed000, layout);
    expect(tables.map((table) => [table.kind, table.completeness])).toEqual([
      ['basic-data', 'complete'],
      ['overall-self-eval', 'complete'],
    ]);
    expect(basic.year).toBe(2024);
    expect([basic.staff?.authorized, basic.staff?.actual, basic.staff?.rate].map(num)).toEqual([
      13, 11, 0.8462,
    ]);
    const project = basic.money?.rows.find((row) => row.role === 'project-expenditure');
    expect(project?.values.map(num)).toEqual([0, 106, 106]);
    const total = overall.funding?.total;
    expect([total?.executed, total?.rate, total?.score].map(num)).toEqual([767.27, 0.9285, 9.29]);
    expect(overall.bySource[0]).toMatchObject({ label: '一般公共预算' });
    expect(num(overall.bySource[0].field)).toBe(605.21);
    expect(overall.byNature.map((item) => [item.label, num(item.field)])).toEqual([
      ['基本支出', 661.27],
      ['项目支出', 0],
    ]);
    const rows = overall.indicators?.groups.flatMap((group) => group.rows) ?? [];
    expect(rows.map((row) => num(row.weight))).toEqual([15, 15, 10, 15, 8, 8, 10, 9]);
    expect(rows.map((row) => num(row.score))).toEqual([14, 14, 10, 14, 7, 7, 10, 9]);
    expect(overall.indicators?.groups.map((group) => group.kind)).toEqual([
      'output',
      'benefit',
      'satisfaction',
      'cost',
    ]);
    expect([num(overall.indicators?.total?.weight), num(overall.indicators?.total?.score)]).toEqual([
      100, 94.28,
    ]);
  });

  it('seed 002: 三公经费 5.41 over 5.41 + 0 + 5.41, 专户 0 in the cell beside its label, 产出 (50分) weights 20+10+17', () => {
    const { basic, overall } = tablesOf(seed002, layout);
    expect(basic.year).toBe(2023);
    const money = basic.money!;
    const threePublic = money.rows.findIndex((row) => row.role === 'three-public');
    expect(money.breakdown.get(threePublic)).toBe('exact');
    expect(money.rows.filter((row) => row.parent === threePublic).map((row) => num(row.values[0]))).toEqual([
      5.41, 0, 5.41,
    ]);
    expect(num(overall.funding?.total.executed)).toBe(594.67);
    expect(overall.bySource.map((item) => [item.label, num(item.field)])).toEqual([
      ['一般公共预算', 594.67],
      ['政府性基金拨款', 0],
      ['纳入专户管理的非税收入拨款', 0],
      ['其他资金', 0],
    ]);
    const groups = overall.indicators?.groups ?? [];
    expect(groups.map((group) => group.statedWeight)).toEqual([50, 30, 10]);
    expect(groups[0].rows.map((row) => num(row.weight))).toEqual([20, 10, 17]);
    expect(groups[0].rows[2].level2).toBe('成本指标'); // the older placement, under 产出
    expect(groups[2].rows).toEqual([]);
    expect(num(overall.indicators?.total?.score)).toBe(97);
  });

  it('seed 003: nested 部门基本支出 ⊇ 公用经费 and 业务工作经费 34 = 25 + 7.2 + 1.8; 成本指标 first; two projects', () => {
    const { tables, basic, overall, projects } = tablesOf(seed003, layout);
    expect(tables.every((table) => table.completeness === 'complete')).toBe(true);
    const rows = basic.money!.rows;
    const index = (role: string) => rows.findIndex((row) => row.role === role);
    expect(rows[index('public-funds')].parent).toBe(index('basic-expenditure'));
    expect(basic.money!.breakdown.get(index('basic-expenditure'))).toBe('partial');
    expect(rows[index('office')].parent).toBe(index('public-funds'));
    const business = index('business');
    expect(rows[business].parent).toBe(index('project-expenditure'));
    expect(basic.money!.breakdown.get(business)).toBe('exact');
    expect(rows[business].values.map(num)).toEqual([34, 34, 34]);
    expect(rows.filter((row) => row.parent === business).map((row) => num(row.values[2]))).toEqual([
      25, 7.2, 1.8,
    ]);

    expect(num(overall.funding?.total.executed)).toBe(171.38);
    expect(num(overall.bySource[0].field)).toBe(161.73);
    expect(overall.indicators?.groups.map((group) => [group.kind, group.statedWeight])).toEqual([
      ['cost', 20],
      ['output', 40],
      ['benefit', 20],
      ['satisfaction', 10],
    ]);
    const control = overall.indicators?.groups[0].rows[0];
    expect(control?.targetParsed).toMatchObject({ kind: 'quantitative', comparison: '<=', value: 127.73 });
    expect(overall.indicators?.total?.label).toBe('总分(含预算执行率10分)');

    expect(
      projects.map((project) => [project.projectName?.cell?.value, num(project.funding?.total.executed)]),
    ).toEqual([
      ['付市驻京办工作经费', 25],
      ['信访接待工作经费', 7.2],
    ]);
    expect(projects[0].funding?.parts.map((part) => part.label)).toEqual([
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(projects.map((project) => num(project.indicators?.total?.score))).toEqual([100, 100]);
  });

  it('seed 004: 111.27 of 123.47 at 90.12% scoring 9.2; 成本指标 (20分) last with 19 of 20; the blank project template', () => {
    const { overall, projects } = tablesOf(seed004, layout);
    const total = overall.funding?.total;
    expect([total?.fullYearBudget, total?.executed, total?.rate, total?.score].map(num)).toEqual([
      123.47, 111.27, 0.9012, 9.2,
    ]);
    const groups = overall.indicators?.groups ?? [];
    expect(groups.map((group) => [group.kind, group.statedWeight])).toEqual([
      ['output', 30],
      ['benefit', 30],
      ['satisfaction', 10],
      ['cost', 20],
    ]);
    expect(groups[3].rows.map((row) => [num(row.weight), num(row.score)])).toEqual([[20, 19]]);
    expect(groups[3].rows[0].reason?.cell).toBeUndefined();
    expect([num(overall.indicators?.total?.weight), num(overall.indicators?.total?.score)]).toEqual([
      100, 98.2,
    ]);
    expect(projects).toHaveLength(1);
    expect(projects[0].funding?.total.executed.figure).toMatchObject({ kind: 'none' });
    expect(projects[0].indicators?.groups.every((group) => group.rows.length === 0)).toBe(true);
  });
});
