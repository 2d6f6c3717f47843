// Layouts filers draw that the profile fixtures did not (i8-variety): two projects side by side on one sheet, a
// money block without a 分值 column. Each is checked clean (no warning, no error) and with one planted mistake
// (found by its rule). Figures are made up in the shape of published county tables.
import { checkWorkbook } from '../../../src/engine/check';
import { gridFromRows, type Grid } from '../../../src/engine/grid/grid';
import type { Cell } from '../../../src/engine/grid/types';
import type { TableProfileChoice } from '../../../src/engine/recognize/profile-choice';

type Row = (string | number | Cell | undefined)[];

interface ProjectFigures {
  readonly name: string;
  readonly executed: number;
  readonly rate: string;
  readonly score: number;
  readonly coverageScore: number;
  readonly satisfaction: string;
  readonly total: number;
}

const CLEAN_LEFT: ProjectFigures = {
  name: '执法巡查经费',
  executed: 285,
  rate: '95.00%',
  score: 9.5,
  coverageScore: 25,
  satisfaction: '92%',
  total: 99.5,
};
const CLEAN_RIGHT: ProjectFigures = {
  name: '普法宣传经费',
  executed: 270,
  rate: '90.00%',
  score: 9,
  coverageScore: 25,
  satisfaction: '91%',
  total: 99,
};

/** A national 项目支出绩效自评表, nine columns wide. */
function nationalProject(p: ProjectFigures): Row[] {
  return [
    ['项目支出绩效自评表'],
    ['（2023年度）'],
    ['项目名称', p.name],
    ['主管部门', '某县司法局', undefined, undefined, '实施单位', '某县司法局'],
    ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', undefined, 300, 300, p.executed, 10, p.rate, p.score],
    ['其中：当年财政拨款', undefined, 300, 300, p.executed],
    ['上年结转资金', undefined, 0, 0, 0],
    ['其他资金', undefined, 0, 0, 0],
    ['年度总体目标', '预期目标', undefined, undefined, '实际完成情况'],
    [undefined, '开展巡查与宣传', undefined, undefined, '已完成'],
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
    [undefined, '产出指标（50分）', '数量指标', '开展场次', '≥20场', '24场', 25, 25],
    [undefined, undefined, '质量指标', '覆盖率', '≥90%', '95%', 25, p.coverageScore],
    [undefined, '效益指标（30分）', '社会效益指标', '知晓率', '≥85%', '88%', 30, 30],
    [undefined, '满意度指标（10分）', '服务对象满意度指标', '满意度', '≥90%', p.satisfaction, 10, 10],
    ['总分', undefined, undefined, undefined, undefined, undefined, 100, p.total],
  ];
}

/** Two tables side by side, one empty column between them. */
function sideBySide(left: ProjectFigures, right: ProjectFigures): Grid {
  const a = nationalProject(left);
  const b = nationalProject(right);
  const rows = a.map((row, i) => {
    const padded: Row = [...row];
    while (padded.length < 10) padded.push(undefined);
    return [...padded, ...b[i]];
  });
  return gridFromRows('并排', rows);
}

/** A money block without a 分值 column (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分). */
function noWeightColumn(rate: string | number, executed: number): Grid {
  return gridFromRows('无分值列', [
    ['项目支出绩效自评表'],
    ['项目名称', '老年人助餐服务'],
    ['主管部门', '某县民政局', undefined, undefined, '实施单位', '某县民政局'],
    ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'],
    ['年度资金总额', undefined, 80, 80, 76, rate, 9.5],
    ['其中：财政拨款', undefined, 80, 80, executed],
    ['其他资金', undefined, 0, 0, 0],
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
    [undefined, '产出指标（50分）', '数量指标', '助餐人次', '≥30000人次', '31200人次', 25, 25],
    [undefined, undefined, '质量指标', '食品安全合格率', '100%', '100%', 25, 25],
    [undefined, '效益指标（30分）', '社会效益指标', '老年人就餐便利度', '提高', '提高', 30, 30],
    [undefined, '满意度指标（10分）', '服务对象满意度指标', '老人满意度', '≥90%', '96%', 10, 10],
    ['总分', undefined, undefined, undefined, undefined, undefined, 100, 99.5],
  ]);
}

const alarms = (grid: Grid) =>
  checkWorkbook([grid]).findings.filter((finding) => finding.severity !== 'info');

describe('side-by-side projects are read as two tables', () => {
  it('finds both tables, each with its own area', () => {
    const { tables } = checkWorkbook([sideBySide(CLEAN_LEFT, CLEAN_RIGHT)]);
    expect(tables.map((table) => [table.kind, table.area.left, table.area.right])).toEqual([
      ['project-self-eval', 0, 8],
      ['project-self-eval', 10, 18],
    ]);
  });

  it('raises nothing on clean tables', () => {
    expect(alarms(sideBySide(CLEAN_LEFT, CLEAN_RIGHT))).toEqual([]);
  });

  it('keeps a profile chosen for one of them to that one (keyed by its top-left cell)', () => {
    const grid = sideBySide(CLEAN_LEFT, CLEAN_RIGHT);
    const auto = checkWorkbook([grid]).tables;
    const [left, right] = auto;
    expect(left.area.top).toBe(right.area.top);
    const chosen = (byTable: TableProfileChoice[]) =>
      checkWorkbook([grid], { profiles: { byTable } }).tables.map((table) => table.profile);
    const row = right.area.top;
    expect(chosen([{ sheet: grid.name, row, col: right.area.left, profile: 'hunan' }])).toEqual([
      left.profile,
      'hunan',
    ]);
    expect(chosen([{ sheet: grid.name, row, col: left.area.left, profile: 'hunan' }])).toEqual([
      'hunan',
      right.profile,
    ]);
    // A choice stored before tables side by side were told apart (no column) still holds for the whole row.
    expect(chosen([{ sheet: grid.name, row, profile: 'hunan' }])).toEqual(['hunan', 'hunan']);
  });

  const PLANTED: readonly [rule: string, right: ProjectFigures, cell: string][] = [
    ['execution-rate', { ...CLEAN_RIGHT, rate: '95.00%' }, 'Q6'],
    ['execution-score', { ...CLEAN_RIGHT, score: 10, total: 100 }, 'R6'],
    ['total-score', { ...CLEAN_RIGHT, total: 97 }, 'R17'],
    ['score-range', { ...CLEAN_RIGHT, coverageScore: 30, total: 104 }, 'R14'],
    ['deduction-reason', { ...CLEAN_RIGHT, coverageScore: 23, total: 97 }, 'S14'],
    ['target-unmet', { ...CLEAN_RIGHT, satisfaction: '85%' }, 'R16'],
  ];
  it.each(PLANTED)('finds a planted %s in the right-hand table', (rule, right, cell) => {
    const found = alarms(sideBySide(CLEAN_LEFT, right));
    expect(found.map((finding) => [finding.rule, finding.cell])).toContainEqual([rule, cell]);
    expect(found.every((finding) => /^[K-S]/.test(finding.cell))).toBe(true);
  });
});

describe('a money block without a 分值 column is checked as far as it goes', () => {
  it('raises nothing on a clean table and says what it could not check', () => {
    const grid = noWeightColumn('95%', 76);
    expect(alarms(grid)).toEqual([]);
    const [table] = checkWorkbook([grid]).tables;
    expect(table.missing).toEqual(['分值']);
  });

  it('reads a rate typed as a bare fraction (0.95) as 95%', () => {
    expect(alarms(noWeightColumn(0.95, 76))).toEqual([]);
  });

  it.each([
    ['execution-rate', noWeightColumn('90%', 76), 'F5'],
    // 0.9 typed for a rate of 0.95 is wrong by five points, not "the same at one decimal".
    ['execution-rate', noWeightColumn(0.9, 76), 'F5'],
    ['sub-total', noWeightColumn('95%', 79), 'E5'],
  ] as const)('finds a planted %s', (rule, grid, cell) => {
    expect(alarms(grid).map((finding) => [finding.rule, finding.cell])).toContainEqual([rule, cell]);
  });
});
