// Sichuan's 510000_0013zp as a county published it (青神县 2023, figures only): the 预算执行情况（10分） block with a
// 年度预算数（万元） corner cell, a remark merged down the 原因 column, "/" in the 其中 rows' 权重/得分, then
// 绩效指标（90分） with = / 100 / % in 指标性质 / 指标值 / 度量单位 and 合计 100. The filer left every 得分 blank.
import { checkWorkbook } from '../../../src/engine/check';
import { cellOf, gridFromRows } from '../../../src/engine/grid/grid';
import type { Cell } from '../../../src/engine/grid/types';
import type { ProjectSelfEvalTable } from '../../../src/engine/model/tables';

type Row = (string | number | Cell | undefined)[];
const pct = (fraction: number): Cell => cellOf(fraction, '0.00%', `${(fraction * 100).toFixed(2)}%`);
const money = (value: number): Cell => cellOf(value, '0.00', value.toFixed(2));
const REMARK =
  '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。';

interface Filled {
  readonly executionScore?: number;
  readonly actuals?: readonly [string | number | undefined, string | number | undefined];
  readonly scores?: readonly [number | undefined, number | undefined];
  readonly total?: number;
}

function published(filled: Filled = {}): Row[] {
  const [a1, a2] = filled.actuals ?? [undefined, undefined];
  const [s1, s2] = filled.scores ?? [undefined, undefined];
  return [
    ['报表编号：510000_0013zp'],
    ['部门预算项目支出绩效自评表（2023年度）'],
    ['项目名称', '51000021R000000019951-工资性支出'],
    [
      '主管部门',
      '某县发展和改革局本级',
      undefined,
      undefined,
      undefined,
      '实施单位（盖章）',
      '某县发展和改革局',
    ],
    ['项目基本情况', '1.项目年度目标完成情况'],
    [undefined, '项目年度目标', undefined, undefined, undefined, '年度目标完成情况'],
    [
      undefined,
      '严格执行相关政策，保障工资及时、足额发放。',
      undefined,
      undefined,
      undefined,
      '对照年度目标，说明完成情况',
    ],
    [undefined, '2.项目实施内容及过程概述'],
    [
      '预算执行情况（10分）',
      '年度预算数（万元）',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    [
      undefined,
      '总额',
      money(238.93),
      money(251.89),
      money(251.89),
      pct(1),
      10,
      filled.executionScore,
      REMARK,
    ],
    [undefined, '其中：财政资金', money(238.93), money(251.89), money(251.89), pct(1), '/', '/'],
    [undefined, '财政专户管理资金', money(0), money(0), money(0), pct(0), '/', '/'],
    [undefined, '单位资金', money(0), money(0), money(0), pct(0), '/', '/'],
    [undefined, '其他资金', undefined, undefined, undefined, undefined, '/', '/'],
    [
      '绩效指标（90分）',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ],
    [undefined, '产出指标', '数量指标', '发放（缴纳）覆盖率', '=', 100, '%', a1, 60, s1],
    [undefined, '效益指标', '社会效益指标', '足额保障率（参保率）', '=', 100, '%', a2, 30, s2],
    ['合计', undefined, undefined, undefined, undefined, undefined, undefined, undefined, 100, filled.total],
    ['评价结论', '结合自评情况，说明项目自评总分。'],
    ['项目负责人：', undefined, undefined, '财务负责人：'],
  ];
}

function check(filled?: Filled) {
  const grid = gridFromRows('附件', published(filled), { row: 1, col: 0 });
  // The side labels and the remark are merged down their blocks, as in the published form.
  grid.addMerge({ top: 9, left: 0, bottom: 14, right: 0 });
  grid.addMerge({ top: 10, left: 8, bottom: 14, right: 8 });
  grid.addMerge({ top: 15, left: 0, bottom: 17, right: 0 });
  const result = checkWorkbook([grid]);
  return { result, table: result.tables[0] as ProjectSelfEvalTable };
}

const alarms = (result: ReturnType<typeof checkWorkbook>) =>
  result.findings.filter((finding) => finding.severity !== 'info');

describe('a published Sichuan table (510000_0013zp)', () => {
  it('is read completely with the sichuan profile', () => {
    const { result, table } = check();
    expect(result.summaries.map((summary) => [summary.kind, summary.profile])).toEqual([
      ['project-self-eval', 'sichuan'],
    ]);
    expect(table.missing).toEqual([]);
    expect(table.funding?.parts.map((part) => part.label)).toEqual([
      '其中：财政资金',
      '财政专户管理资金',
      '单位资金',
      '其他资金',
    ]);
    expect(table.indicators?.groups.flatMap((group) => group.rows.map((row) => row.name))).toEqual([
      '发放（缴纳）覆盖率',
      '足额保障率（参保率）',
    ]);
  });

  it('as published (no scores yet) asks only for the 执行率得分, and raises nothing about the empty scoring', () => {
    const { result } = check();
    expect(alarms(result).map((finding) => [finding.rule, finding.cell, finding.expected])).toEqual([
      ['execution-score', 'H11', '10.00'],
    ]);
  });

  it('scored right, raises no alarm', () => {
    const { result } = check({ executionScore: 10, actuals: [100, '100%'], scores: [60, 30], total: 100 });
    expect(alarms(result)).toEqual([]);
  });

  it('finds a 执行率得分 of 10 where 9.50 is due, and the 合计 that follows it', () => {
    const rows = published({ executionScore: 10, actuals: [100, 100], scores: [60, 30], total: 100 });
    rows[9] = [undefined, '总额', money(238.93), money(251.89), money(239.3), pct(0.95), 10, 10, REMARK];
    rows[10] = [undefined, '其中：财政资金', money(238.93), money(251.89), money(239.3), pct(0.95), '/', '/'];
    const grid = gridFromRows('附件', rows, { row: 1, col: 0 });
    const result = checkWorkbook([grid]);
    expect(alarms(result).map((finding) => [finding.rule, finding.cell, finding.expected])).toEqual([
      ['execution-score', 'H11', '9.5'],
      ['total-score', 'J19', '99.5'],
    ]);
  });

  it('finds a 完成值 under the = 100 % target with full marks', () => {
    const { result } = check({ executionScore: 10, actuals: [95, '100%'], scores: [60, 30], total: 100 });
    expect(alarms(result).map((finding) => [finding.rule, finding.cell])).toEqual([['target-unmet', 'J17']]);
  });
});
