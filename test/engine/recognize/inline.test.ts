import type { Figure } from '../../../src/engine/figures/types';
import { gridFromRows, Grid } from '../../../src/engine/grid/grid';
import type {
  BasicDataTable,
  Field,
  OverallSelfEvalTable,
  ProjectSelfEvalTable,
  RecognizedTable,
} from '../../../src/engine/model/tables';
import { recognizeTablesStrict as recognizeTables } from '../../../src/engine/recognize';
import {
  basicDataTable,
  overallTable,
  place,
  projectTable,
  stack,
  STANDARD_GROUPS,
  type MiniGroup,
} from './fixtures/mini';

const value = (figure: Figure | undefined): number | undefined =>
  figure?.kind === 'number' ? figure.value : undefined;
const num = (field: Field | undefined): number | undefined => value(field?.figure);

function only<K extends RecognizedTable['kind']>(
  tables: RecognizedTable[],
  kind: K,
): Extract<RecognizedTable, { kind: K }>[] {
  return tables.filter((table): table is Extract<RecognizedTable, { kind: K }> => table.kind === kind);
}

function overallAt(
  origin: { row: number; col: number },
  groups: readonly MiniGroup[] = STANDARD_GROUPS,
  options = {},
): OverallSelfEvalTable {
  const tables = recognizeTables(place(new Grid('自评表'), overallTable(groups, options), origin));
  expect(tables.map((table) => table.kind)).toEqual(['overall-self-eval']);
  return tables[0] as OverallSelfEvalTable;
}

describe('overall self-assessment (部门整体支出绩效自评表)', () => {
  it('reads 年度资金总额 767.27 of 826.36, rate 92.85%, score 9.29 wherever the table sits', () => {
    for (const origin of [
      { row: 0, col: 0 },
      { row: 7, col: 3 },
      { row: 120, col: 11 },
    ]) {
      const table = overallAt(origin);
      expect(table.completeness).toBe('complete');
      expect(table.area).toMatchObject({ top: origin.row, left: origin.col });
      expect(table.unitName?.cell?.value).toBe('某区信访局');
      const total = table.funding?.total;
      expect(total?.row).toBe(origin.row + 2);
      expect(
        [
          total?.initialBudget,
          total?.fullYearBudget,
          total?.executed,
          total?.weight,
          total?.rate,
          total?.score,
        ].map(num),
      ).toEqual([231.06, 826.36, 767.27, 10, 0.9285, 9.29]);
      expect(total?.executed.at).toEqual({ row: origin.row + 2, col: origin.col + 4 });
    }
  });

  it('reads 按收入性质分 from the label cell and, when the label is bare, from the next cell (seed 002)', () => {
    const table = overallAt({ row: 2, col: 1 });
    expect(table.bySource.map((item) => [item.label, num(item.field)])).toEqual([
      ['一般公共预算', 605.21],
      ['政府性基金拨款', 0],
      ['纳入专户管理的非税收入拨款', 0],
      ['其他资金', 0],
    ]);
    expect(table.bySource[2].field.at).toEqual({ row: 2 + 6, col: 1 + 5 });
    expect(table.byNature.map((item) => [item.label, num(item.field)])).toEqual([
      ['基本支出', 661.27],
      ['项目支出', 0],
    ]);
  });

  it('reads 按收入性质分 and 按支出性质分 written one under the other', () => {
    const mini = overallTable();
    const rows = [
      [undefined, '按收入性质分：'],
      [undefined, '一般公共预算：605.21'],
      [undefined, '政府性基金拨款：0'],
      [undefined, '按支出性质分：'],
      [undefined, '基本支出：661.27'],
      [undefined, '项目支出', 106],
    ];
    const table = { rows: [...mini.rows.slice(0, 3), ...rows, ...mini.rows.slice(8)], merges: [] };
    const [recognized] = recognizeTables(
      place(new Grid('s'), table, { row: 0, col: 0 }),
    ) as OverallSelfEvalTable[];
    expect(recognized.bySource.map((item) => [item.label, num(item.field)])).toEqual([
      ['一般公共预算', 605.21],
      ['政府性基金拨款', 0],
    ]);
    expect(recognized.byNature.map((item) => [item.label, num(item.field)])).toEqual([
      ['基本支出', 661.27],
      ['项目支出', 106],
    ]);
    expect(recognized.missing).not.toContain('按支出性质分');
  });

  it('groups indicators by 一级 label and reads the weight each header states (50/30/10, full-width digits too)', () => {
    const table = overallAt({ row: 4, col: 2 });
    const groups = table.indicators?.groups ?? [];
    expect(groups.map((group) => [group.kind, group.label, group.statedWeight])).toEqual([
      ['output', '产出指标（50分)', 50],
      ['benefit', '效益指标(30分)', 30],
      ['satisfaction', '满意度指标（１０分）', 10],
    ]);
    expect(groups[0].rows.map((row) => [row.level2, row.name, num(row.weight), num(row.score)])).toEqual([
      ['数量指标', '走访登记情况', 20, 20],
      ['数量指标', '调研报告篇数', 10, 10],
      ['时效指标', '完成及时率', 20, 18],
    ]);
    expect(groups[0].labelAt).toEqual({ row: 4 + 11, col: 2 + 1 });
    expect(table.indicators?.total).toMatchObject({ label: '总分' });
    expect([num(table.indicators?.total?.weight), num(table.indicators?.total?.score)]).toEqual([100, 98]);
  });

  it('keeps the group when 一级 labels are not merged, and reads 自评得分 / 未完成原因分析 headers', () => {
    const table = overallAt({ row: 0, col: 0 }, STANDARD_GROUPS, {
      mergeLevel1: false,
      scoreHeader: '自评得分',
      reasonHeader: '未完成原因分析',
    });
    expect(table.indicators?.groups.map((group) => group.rows.length)).toEqual([3, 1, 1]);
    expect(table.indicators?.columns.reason).toBe(8);
  });

  it('finds the columns when a province adds 指标性质 and 度量单位', () => {
    const table = overallAt({ row: 3, col: 0 }, STANDARD_GROUPS, { natureColumns: true });
    const columns = table.indicators?.columns;
    expect(columns).toMatchObject({
      level3: 3,
      nature: 4,
      unit: 5,
      target: 6,
      actual: 7,
      weight: 8,
      score: 9,
      reason: 10,
    });
    const first = table.indicators?.groups[0].rows[0];
    expect(first?.targetParsed).toMatchObject({ kind: 'quantitative', comparison: '>=' });
    expect([num(first?.weight), num(first?.score)]).toEqual([20, 20]);
  });

  it('reads 成本指标 placed first, as seed 003 does', () => {
    const cost: MiniGroup = {
      label: '成本指标 (20分)',
      items: [
        {
          level2: '经济成本指标',
          name: '整体支出控制额',
          target: '≤127.73 万元',
          actual: '=161.73 万元',
          weight: 20,
          score: 20,
        },
      ],
    };
    const table = overallAt({ row: 1, col: 1 }, [cost, ...STANDARD_GROUPS]);
    expect(table.indicators?.groups.map((group) => group.kind)).toEqual([
      'cost',
      'output',
      'benefit',
      'satisfaction',
    ]);
    expect(table.indicators?.groups[0].rows[0].targetParsed).toMatchObject({
      kind: 'quantitative',
      comparison: '<=',
      value: 127.73,
    });
  });

  it('reads 总分 100 | 94.28 written right after the label (seed 000/004 merges)', () => {
    const table = overallAt({ row: 0, col: 0 }, STANDARD_GROUPS, {
      totalBesideLabel: true,
      total: [100, 94.28],
    });
    expect([num(table.indicators?.total?.weight), num(table.indicators?.total?.score)]).toEqual([100, 94.28]);
  });

  it('reads 总分(含预算执行率10分) and a stated grade 优', () => {
    const table = overallAt({ row: 0, col: 0 }, STANDARD_GROUPS, {
      totalLabel: '总分(含预算执行率10分)',
      grade: '优',
    });
    expect(table.indicators?.total?.label).toBe('总分(含预算执行率10分)');
    expect(table.indicators?.grade?.text).toBe('优');
  });

  it('finds the indicator header by 一级指标 when the 三级 column is called 指标名称, and a grade on its own row', () => {
    const mini = overallTable();
    const header = mini.rows[10];
    header[3] = '指标名称';
    mini.rows.push(['评价等级', '良']);
    const [table] = recognizeTables(place(new Grid('s'), mini, { row: 0, col: 0 })) as OverallSelfEvalTable[];
    expect(table.indicators?.columns.level3).toBe(3);
    expect(table.indicators?.groups.flatMap((group) => group.rows)).toHaveLength(5);
    expect(table.indicators?.grade).toMatchObject({
      label: '评价等级',
      text: '良',
      field: { at: { row: 17, col: 1 } },
    });
  });

  it('does not mistake a 三级指标 that reads 项目资金 for the start of a project table', () => {
    const groups: MiniGroup[] = [
      {
        label: '产出指标',
        items: [
          { level2: '数量指标', name: '项目资金', target: '≥90%', actual: '95%', weight: 50, score: 50 },
        ],
      },
    ];
    const tables = recognizeTables(place(new Grid('s'), overallTable(groups), { row: 0, col: 0 }));
    expect(tables.map((table) => table.kind)).toEqual(['overall-self-eval']);
    expect((tables[0] as OverallSelfEvalTable).indicators?.total).toBeDefined();
  });

  it('names both rows of a 三级指标 merged down over two rows', () => {
    const groups: MiniGroup[] = [
      {
        label: '产出指标',
        items: [
          { level2: '数量指标', name: '走访登记', target: '≥90%', actual: '95%', weight: 10, score: 10 },
          { level2: null, name: '', target: '≥100次', actual: '120次', weight: 10, score: 10 },
        ],
      },
    ];
    const mini = overallTable(groups);
    mini.merges.push({ top: 11, left: 3, bottom: 12, right: 3 });
    const [table] = recognizeTables(place(new Grid('s'), mini, { row: 0, col: 0 })) as OverallSelfEvalTable[];
    expect(table.indicators?.groups[0].rows.map((row) => [row.name, row.target.cell?.value])).toEqual([
      ['走访登记', '≥90%'],
      ['走访登记', '≥100次'],
    ]);
  });

  it('skips blank indicator rows and 「……」 but keeps a row that has only a 分值', () => {
    const groups: MiniGroup[] = [
      {
        label: '产出指标',
        items: [
          { level2: '数量指标', name: '走访登记', target: '100%', actual: '100%', weight: 15, score: 15 },
          { level2: '质量指标', name: '', target: '', actual: '', weight: undefined, score: undefined },
          { level2: null, name: '……', target: '', actual: '', weight: undefined, score: undefined },
          { level2: '时效指标', name: '', target: '', actual: '', weight: 5, score: undefined },
        ],
      },
    ];
    const rows = overallAt({ row: 0, col: 0 }, groups).indicators?.groups[0].rows ?? [];
    expect(rows.map((row) => [row.level2, row.name, num(row.weight)])).toEqual([
      ['数量指标', '走访登记', 15],
      ['时效指标', '', 5],
    ]);
  });

  it('marks a table without its 绩效指标 block partial and says what is missing', () => {
    const table = overallTable();
    const head = { rows: table.rows.slice(0, 10), merges: table.merges.filter((area) => area.bottom < 10) };
    const [recognized] = recognizeTables(place(new Grid('s'), head, { row: 5, col: 5 }));
    expect(recognized).toMatchObject({
      kind: 'overall-self-eval',
      completeness: 'partial',
      missing: ['绩效指标'],
    });
    expect(num((recognized as OverallSelfEvalTable).funding?.total.executed)).toBe(767.27);
  });

  it('tells what is missing when 按支出性质分 and the 执行率 column are absent', () => {
    const grid = gridFromRows('s', [
      ['预算部门名称', '某部门'],
      ['年度预算申请（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '得分'],
      [undefined, '年度资金总额', 1, 2, 2, 10, 10],
      [undefined, '按收入性质分：'],
      [undefined, '一般公共预算：2'],
      ['年度总体目标'],
      ...overallTable().rows.slice(10),
    ]);
    const [table] = recognizeTables(grid) as OverallSelfEvalTable[];
    expect(table.completeness).toBe('partial');
    expect(table.missing).toEqual(expect.arrayContaining(['执行率', '按支出性质分']));
    // The block is still read as far as it goes: money and score without the 执行率 column.
    expect(num(table.funding?.total.executed)).toBe(2);
    expect(num(table.funding?.total.score)).toBe(10);
    expect(table.funding?.total.rate.figure.kind).toBe('none');
    expect(table.bySource.map((item) => num(item.field))).toEqual([2]);
  });
});

describe('project self-assessment (项目支出绩效自评表)', () => {
  it('reads name, 主管部门, 实施单位, 年度资金总额 and its 其中 rows', () => {
    const grid = place(new Grid('项目'), projectTable({ name: '付驻京办工作经费', total: [25, 25, 25] }), {
      row: 3,
      col: 2,
    });
    const [table] = recognizeTables(grid) as ProjectSelfEvalTable[];
    expect(table.kind).toBe('project-self-eval');
    expect(table.completeness).toBe('complete');
    expect(table.projectName?.cell?.value).toBe('付驻京办工作经费');
    expect(table.department?.cell?.value).toBe('某区信访局');
    expect(table.implementer?.at).toEqual({ row: 4, col: 8 });
    expect(num(table.funding?.total.executed)).toBe(25);
    expect(
      table.funding?.parts.map((part) => [part.label, num(part.executed), part.weight.figure.kind]),
    ).toEqual([
      ['其中：当年财政拨款', 25, 'none'],
      ['上年结转资金', undefined, 'none'],
      ['其他资金', undefined, 'none'],
    ]);
    expect(table.indicators?.groups).toHaveLength(3);
  });

  it('reads labels typed with stray spaces, line breaks and full-width forms', () => {
    const grid = gridFromRows(
      'p',
      [
        ['项 目 名 称', '信访接待工作经费'],
        ['主管\n部门', '某区信访局', undefined, '实施\n单位', '某区信访局'],
        [
          '项目资金\n（万元）',
          undefined,
          '年初预算数',
          '全年预算数',
          '全年执行数',
          '分 值',
          '执行率',
          '自评\n得分',
        ],
        [undefined, '年度资金\n总额', '７．２', '7.2', '7.2万元', '10', '100%', '10'],
        [undefined, '其中：本年财政拨款', 7.2, 7.2, 7.2, '—', '—', '—'],
        [
          '绩效指标',
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '自评得分',
          '未完成原因分析',
        ],
        [
          undefined,
          '满意度 指标 (10分)',
          '服务对 象满意 度指标',
          '服务对象满意率',
          '≥90%',
          '=90%',
          '10',
          '10',
        ],
        ['总  分', undefined, undefined, undefined, undefined, undefined, '100', '100'],
      ],
      { row: 30, col: 4 },
    );
    const [table] = recognizeTables(grid) as ProjectSelfEvalTable[];
    expect(table).toMatchObject({ kind: 'project-self-eval', completeness: 'complete', missing: [] });
    expect(table.department?.cell?.value).toBe('某区信访局');
    expect(
      [table.funding?.total.initialBudget, table.funding?.total.executed, table.funding?.total.rate].map(num),
    ).toEqual([7.2, 7.2, 1]);
    expect(table.funding?.parts.map((part) => part.label)).toEqual(['其中：本年财政拨款']);
    const group = table.indicators?.groups[0];
    expect([group?.kind, group?.statedWeight, group?.rows[0].level2]).toEqual([
      'satisfaction',
      10,
      '服务对象满意度指标',
    ]);
    expect([num(table.indicators?.total?.weight), num(table.indicators?.total?.score)]).toEqual([100, 100]);
  });

  it('recognises 部门（单位）名称 and 一级项目名称 as the name rows', () => {
    const overall = overallTable();
    overall.rows[0] = ['部门（单位）名称', '某区信访局'];
    const project = projectTable({ name: '业务工作经费', total: [34, 34, 34] });
    project.rows[0] = ['一级项目名称', '业务工作经费'];
    const tables = recognizeTables(stack('s', [overall, project]));
    expect(tables.map((table) => table.kind)).toEqual(['overall-self-eval', 'project-self-eval']);
    expect((tables[0] as OverallSelfEvalTable).unitName?.cell?.value).toBe('某区信访局');
    expect((tables[1] as ProjectSelfEvalTable).projectName?.cell?.value).toBe('业务工作经费');
  });

  it('leaves 主管部门 empty, not borrowed from 实施单位, when the filer left it blank', () => {
    const mini = projectTable({ name: '信访接待工作经费', total: [7.2, 7.2, 7.2] });
    mini.rows[1][1] = undefined;
    const [table] = recognizeTables(place(new Grid('p'), mini, { row: 0, col: 0 })) as ProjectSelfEvalTable[];
    expect(table.department?.cell).toBeUndefined();
    expect(table.implementer?.cell?.value).toBe('某区信访局');
  });
});

describe('basic data (部门整体支出绩效评价基础数据表)', () => {
  function basicAt(origin: { row: number; col: number }): BasicDataTable {
    const tables = recognizeTables(place(new Grid('基础数据'), basicDataTable(), origin));
    expect(tables.map((table) => table.kind)).toEqual(['basic-data']);
    return tables[0] as BasicDataTable;
  }

  it('reads 编制数 20, 在职 20, 控制率 100% and the year 2023 from the headers', () => {
    const table = basicAt({ row: 5, col: 2 });
    expect(table.year).toBe(2023);
    expect(table.completeness).toBe('complete');
    expect([table.staff?.authorized, table.staff?.actual, table.staff?.rate].map(num)).toEqual([20, 20, 1]);
    expect(table.staff?.actual.at).toEqual({ row: 5 + 2, col: 2 + 3 });
    expect(table.area.top).toBe(5); // the title row above the first section belongs to the table
  });

  it('maps 2022年决算数 / 2023年预算数 / 2023年决算数 to prior-final / budget / final', () => {
    const money = basicAt({ row: 0, col: 0 }).money;
    expect(money?.columns.map((column) => [column.role, column.col, column.year])).toEqual([
      ['prior-final', 1, 2022],
      ['budget', 3, 2023],
      ['final', 5, 2023],
    ]);
  });

  it('tells 上年决算数 from 本年决算数 when the headers give no year', () => {
    const grid = gridFromRows('s', [
      ['经费控制情况（万元）', '上年决算数', '本年预算数', '本年决算数'],
      ['“三公”经费', 0.64, 0, 0],
    ]);
    const [table] = recognizeTables(grid) as BasicDataTable[];
    expect(table.money?.columns.map((column) => column.role)).toEqual(['prior-final', 'budget', 'final']);
    expect(table.year).toBeUndefined();
    expect(table.money?.rows.map((row) => row.role)).toEqual(['three-public']);
  });

  it('builds the 三公经费, 公务用车, 项目支出 and 公用经费 trees', () => {
    const money = basicAt({ row: 2, col: 1 }).money;
    const rows = money?.rows ?? [];
    const byRole = (role: string) => rows.findIndex((row) => row.role === role);
    const childrenOf = (parent: number) => rows.filter((row) => row.parent === parent).map((row) => row.role);
    expect(childrenOf(byRole('three-public'))).toEqual(['vehicle', 'overseas', 'reception']);
    expect(childrenOf(byRole('vehicle'))).toEqual(['vehicle-purchase', 'vehicle-operation']);
    expect(childrenOf(byRole('project-expenditure'))).toEqual([
      'business',
      'operation-maintenance',
      'special-fund',
    ]);
    expect(childrenOf(byRole('public-funds'))).toEqual(['office', 'utilities-travel', 'meetings-training']);
    expect(money?.breakdown.get(byRole('three-public'))).toBe('exact');
    expect(money?.breakdown.get(byRole('vehicle'))).toBe('exact');
    expect(money?.breakdown.get(byRole('public-funds'))).toBe('partial');
    expect(rows.map((row) => row.role)).not.toContain('item'); // the blank row is skipped
    expect(rows[byRole('three-public')].values.map(num)).toEqual([5.41, 0, 0.1]);
  });

  it('reads the building section header and its values row', () => {
    const building = basicAt({ row: 0, col: 0 }).building;
    expect(building?.approvedArea.at).toEqual({ row: 22, col: 1 });
    expect(num(building?.investmentRate)).toBe(0);
  });

  it('reads 编制数 / 在职人数 / 控制率 written beside their labels on one row', () => {
    const grid = gridFromRows('s', [
      ['财政供养人员情况', '编制数', 13, '实际在职人数', 11, '控制率', '84.62%'],
      ['经费控制情况', '2023年决算数', '2024年预算数', '2024年决算数'],
      ['公用经费', 399.38, 12.39, 517.92],
    ]);
    const [table] = recognizeTables(grid) as BasicDataTable[];
    expect([table.staff?.authorized, table.staff?.actual, table.staff?.rate].map(num)).toEqual([
      13, 11, 0.8462,
    ]);
    expect(table.staff?.rate.at).toEqual({ row: 0, col: 6 });
  });

  it('stops the money rows at the next table’s title even without a 填表人 line', () => {
    const basic = basicDataTable();
    const head = { rows: basic.rows.slice(0, 20), merges: basic.merges };
    const grid = stack(
      's',
      [head, { rows: [['2024年度部门整体支出绩效自评表']], merges: [] }, overallTable()],
      { row: 0, col: 0 },
      0,
    );
    const tables = recognizeTables(grid);
    expect(tables.map((table) => table.kind)).toEqual(['basic-data', 'overall-self-eval']);
    const [basicTable, overall] = tables as [BasicDataTable, OverallSelfEvalTable];
    expect(basicTable.money?.rows.at(-1)?.role).toBe('procurement');
    expect(overall.year).toBe(2024);
    expect(overall.area.top).toBe(20); // the title row belongs to the overall table
  });

  it('is partial when only 经费控制情况 is there', () => {
    const mini = basicDataTable();
    const grid = place(new Grid('s'), { rows: mini.rows.slice(3, 20), merges: [] }, { row: 0, col: 0 });
    const [table] = recognizeTables(grid);
    expect(table).toMatchObject({
      kind: 'basic-data',
      completeness: 'partial',
      missing: ['财政供养人员情况', '楼堂馆所控制情况'],
    });
  });
});

describe('several tables in one sheet', () => {
  it('finds basic data, the overall table and three projects stacked, in reading order', () => {
    const grid = stack(
      '全部',
      [
        basicDataTable(),
        overallTable(),
        projectTable({ name: '项目一', total: [25, 25, 25] }),
        projectTable({ name: '项目二', total: [7.2, 7.2, 7.2] }),
        projectTable({ name: '项目三', total: [1.8, 2, 1.8] }),
      ],
      { row: 4, col: 1 },
    );
    const tables = recognizeTables(grid);
    expect(tables.map((table) => table.kind)).toEqual([
      'basic-data',
      'overall-self-eval',
      'project-self-eval',
      'project-self-eval',
      'project-self-eval',
    ]);
    expect(tables.every((table) => table.completeness === 'complete')).toBe(true);
    const projects = only(tables, 'project-self-eval');
    expect(
      projects.map((table) => [table.projectName?.cell?.value, num(table.funding?.total.executed)]),
    ).toEqual([
      ['项目一', 25],
      ['项目二', 7.2],
      ['项目三', 1.8],
    ]);
    for (let i = 1; i < tables.length; i++)
      expect(tables[i].area.top).toBeGreaterThan(tables[i - 1].area.bottom);
  });

  it('ignores values a reader repeats in every cell of a merge (only the top-left counts)', () => {
    const mini = overallTable();
    const grid = place(new Grid('s'), mini, { row: 0, col: 0 });
    for (const area of grid.merges) {
      const master = grid.cellAt(area.top, area.left);
      if (!master) continue;
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) grid.setCell(r, c, master);
    }
    const tables = recognizeTables(grid);
    expect(tables.map((table) => table.kind)).toEqual(['overall-self-eval']);
    const overall = tables[0] as OverallSelfEvalTable;
    expect(num(overall.funding?.total.executed)).toBe(767.27);
    expect([num(overall.indicators?.total?.weight), num(overall.indicators?.total?.score)]).toEqual([
      100, 98,
    ]);
    expect((tables[0] as OverallSelfEvalTable).indicators?.groups.map((group) => group.rows.length)).toEqual([
      3, 1, 1,
    ]);
  });

  it('recognises nothing in a sheet without tables', () => {
    expect(
      recognizeTables(gridFromRows('空', [['说明'], ['三级指标', '分值', '得分'], ['项目名称']])),
    ).toEqual([]);
  });
});
