// A Yunnan 2020 项目支出绩效自评表 as published (figures only): the indicator header over two rows — 绩效指标 over the
// three levels and 年度指标值 over 指标性质 / 指标值 / 度量单位 on the upper row, 实际完成值 / 分值 / 得分 / 偏差原因 merged
// down — and ﹦ (the small-form equals) as 指标性质. Read before as far as its money block only.
import { checkWorkbook } from '../../../src/engine/check';
import { cellOf, gridFromRows } from '../../../src/engine/grid/grid';
import type { Cell } from '../../../src/engine/grid/types';
import type { ProjectSelfEvalTable } from '../../../src/engine/model/tables';

type Row = (string | number | Cell | undefined)[];
const two = (value: number): Cell => cellOf(value, '0.00', value.toFixed(2));
const pct = (fraction: number): Cell => cellOf(fraction, '0%', `${Math.round(fraction * 100)}%`);

interface Indicator {
  readonly level1?: string;
  readonly level2?: string;
  readonly name: string;
  readonly nature: string;
  readonly target: number;
  readonly unit: string;
  readonly actual: number;
  readonly weight: number;
  readonly score: number;
  readonly reason?: string;
}

const INDICATORS: readonly Indicator[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '卫片执法补助经费',
    nature: '﹦',
    target: 72890,
    unit: '元',
    actual: 72890,
    weight: 10,
    score: 9,
    reason: '部分图斑核查滞后',
  },
  {
    level2: '质量指标',
    name: '项目验收合格率',
    nature: '﹦',
    target: 100,
    unit: '%',
    actual: 100,
    weight: 20,
    score: 19,
    reason: '资料归档不及时',
  },
  {
    level2: '时效指标',
    name: '项目完成及时率',
    nature: '﹦',
    target: 100,
    unit: '%',
    actual: 100,
    weight: 20,
    score: 19,
    reason: '个别任务延期',
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '违法行为责停率',
    nature: '≥',
    target: 95,
    unit: '%',
    actual: 95,
    weight: 30,
    score: 27,
    reason: '整改进度不一',
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '满意度',
    nature: '≥',
    target: 95,
    unit: '%',
    actual: 95,
    weight: 10,
    score: 10,
  },
];

function published(indicators: readonly Indicator[], totalScore: number): Row[] {
  return [
    ['2020年度项目支出绩效自评表'],
    ['项目名称', '2020年省级自然资源卫片执法补助经费'],
    ['主管部门', '某市自然资源和规划局', undefined, '实施单位', '某区自然资源局'],
    ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [undefined, '年度资金总额', two(7.29), two(7.29), two(7.29), two(10), pct(1), two(10)],
    [undefined, '其中：当年财政拨款', two(7.29), two(7.29), two(7.29), undefined, pct(1)],
    [undefined, '上年结转资金'],
    [undefined, '其他资金'],
    ['年度总体目标', '预期目标', undefined, undefined, '实际完成情况'],
    [undefined, '自然资源卫片执法补助经费', undefined, undefined, '自然资源卫片执法补助经费'],
    [
      '绩效指标',
      undefined,
      undefined,
      '年度指标值',
      undefined,
      undefined,
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['一级 指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ...indicators.map((item): Row => [
      item.level1,
      item.level2,
      item.name,
      item.nature,
      item.target,
      item.unit,
      item.actual,
      two(item.weight),
      two(item.score),
      item.reason,
    ]),
    ['总分', undefined, undefined, undefined, undefined, undefined, undefined, two(100), two(totalScore)],
  ];
}

function check(indicators: readonly Indicator[] = INDICATORS, totalScore = 94) {
  const grid = gridFromRows('Sheet1', published(indicators, totalScore));
  grid.addMerge({ top: 10, left: 0, bottom: 10, right: 2 }); // 绩效指标 over the levels
  grid.addMerge({ top: 10, left: 3, bottom: 10, right: 5 }); // 年度指标值 over 性质 / 值 / 单位
  for (const col of [6, 7, 8, 9]) grid.addMerge({ top: 10, left: col, bottom: 11, right: col });
  grid.addMerge({ top: 3, left: 0, bottom: 7, right: 0 });
  const result = checkWorkbook([grid]);
  return { result, table: result.tables[0] as ProjectSelfEvalTable };
}

const alarms = (result: ReturnType<typeof checkWorkbook>) =>
  result.findings.filter((finding) => finding.severity !== 'info');

describe('a published Yunnan 2020 table with a two-row indicator header', () => {
  it('is read completely, every column of the two header rows found', () => {
    const { table } = check();
    expect(table.missing).toEqual([]);
    expect(table.indicators?.columns).toMatchObject({
      level1: 0,
      level2: 1,
      level3: 2,
      nature: 3,
      target: 4,
      unit: 5,
      actual: 6,
      weight: 7,
      score: 8,
      reason: 9,
    });
    expect(table.indicators?.groups.flatMap((group) => group.rows).length).toBe(5);
  });

  it('raises no alarm on the figures as filed (every target met, every deduction explained)', () => {
    expect(alarms(check().result)).toEqual([]);
  });

  it('finds the four deductions without a 偏差原因 once the reasons are removed', () => {
    const bare = INDICATORS.map(({ reason: _reason, ...item }) => item);
    const found = alarms(check(bare).result);
    expect(found.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['deduction-reason', 'J13'],
      ['deduction-reason', 'J14'],
      ['deduction-reason', 'J15'],
      ['deduction-reason', 'J16'],
    ]);
  });

  it('finds a ≥ 95 % target missed with full marks', () => {
    const missed = INDICATORS.map((item, i) => (i === 4 ? { ...item, actual: 90 } : item));
    expect(alarms(check(missed).result).map((finding) => [finding.rule, finding.cell])).toEqual([
      ['target-unmet', 'I17'],
    ]);
  });
});
