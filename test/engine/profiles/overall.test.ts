// An overall table that lists its money by rows (其中：基本支出 / 项目支出, and by source), under whichever
// money-block title the template uses: each breakdown sums to 年度资金总额 on its own, column by column.
import { checkWorkbook } from '../../../src/engine/check';
import { cellOf, gridFromRows } from '../../../src/engine/grid/grid';
import type { Cell } from '../../../src/engine/grid/types';
import type { OverallSelfEvalTable } from '../../../src/engine/model/tables';

type Row = (string | number | Cell | undefined)[];
const rate = (fraction: number): Cell => cellOf(fraction, '0.00%', `${(fraction * 100).toFixed(2)}%`);

interface Money {
  readonly title: string;
  readonly total: readonly [number, number, number];
  readonly basic: readonly [number, number, number];
  readonly project: readonly [number, number, number];
  readonly grant?: readonly [number, number, number];
  readonly carried?: readonly [number, number, number];
}

function overall(money: Money): Row[] {
  const [initial, budget, executed] = money.total;
  const ratio = executed / budget;
  const score = Math.round(10 * Math.min(ratio, 1) * 100) / 100;
  const bySource: Row[] = money.grant
    ? [
        [undefined, '其中：本年财政拨款', ...money.grant],
        [undefined, '上年结转资金', ...(money.carried ?? [0, 0, 0])],
        [undefined, '其他资金', 0, 0, 0],
      ]
    : [];
  return [
    ['2024年度部门整体支出绩效自评表'],
    ['部门（单位）名称', undefined, '某县农业农村局'],
    [money.title, undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [undefined, '年度资金总额', initial, budget, executed, 10, rate(ratio), score],
    ...bySource,
    [undefined, '其中：基本支出', ...money.basic],
    [undefined, '项目支出', ...money.project],
    ['年度总体目标', undefined, '预期目标', undefined, undefined, '实际完成情况'],
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
    [undefined, '产出指标', '数量指标', '重点工作完成率', '100%', '100%', 50, 50],
    [undefined, '效益指标', '社会效益指标', '政策知晓率', '≥90%', '95%', 30, 30],
    [undefined, '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '96%', 10, 10],
    [
      '总分',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      100,
      Math.round((90 + score) * 100) / 100,
    ],
  ];
}

const CLEAN: Money = {
  title: '年度预算情况（万元）',
  total: [500, 620, 600],
  basic: [400, 420, 410],
  project: [100, 200, 190],
  grant: [450, 560, 545],
  carried: [50, 60, 55],
};

function check(money: Money) {
  const result = checkWorkbook([gridFromRows('整体', overall(money), { row: 2, col: 1 })]);
  return { result, table: result.tables[0] as OverallSelfEvalTable };
}

describe('an overall table with its money listed by rows', () => {
  it.each(['年度预算情况（万元）', '预算安排情况', '年度预算申请（万元）', '预算执行情况（10分）'])(
    'reads the block titled %s, both breakdowns, and raises no alarm when they add up',
    (title) => {
      const { result, table } = check({ ...CLEAN, title });
      expect(table.kind).toBe('overall-self-eval');
      expect(table.funding?.parts.map((part) => [part.label.replace(/\s/g, ''), part.family])).toEqual([
        ['其中：本年财政拨款', 'source'],
        ['上年结转资金', 'source'],
        ['其他资金', 'source'],
        ['其中：基本支出', 'nature'],
        ['项目支出', 'nature'],
      ]);
      expect(result.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    },
  );

  it('finds 基本支出 + 项目支出 ≠ 年度资金总额 in the column where it happens, and only there', () => {
    const { result } = check({ ...CLEAN, project: [100, 200, 180] });
    const alarms = result.findings.filter((finding) => finding.severity !== 'info');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ rule: 'sub-total', severity: 'error', cell: 'F6', expected: '590' });
  });

  it('finds a source breakdown that does not add up, separately from the nature breakdown', () => {
    const { result } = check({ ...CLEAN, carried: [50, 50, 55] });
    const alarms = result.findings.filter((finding) => finding.severity !== 'info');
    expect(alarms.map((finding) => [finding.rule, finding.cell, finding.expected])).toEqual([
      ['sub-total', 'E6', '610'],
    ]);
  });

  it('reads 其中：基本支出 / 项目支出 alone (no source rows)', () => {
    const { result, table } = check({ ...CLEAN, grant: undefined, project: [100, 200, 200] });
    expect(table.funding?.parts.map((part) => part.family)).toEqual(['nature', 'nature']);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell])).toEqual([
      ['sub-total', 'F6'],
    ]);
  });
});
