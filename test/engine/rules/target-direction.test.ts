// target-unmet reads the direction wherever the table writes it. Table-driven like ESLint's RuleTester: every
// `valid` row is a met target (or one it must leave alone) at full marks, every `invalid` row a missed one.
import { targetUnmet } from '../../../src/engine/rules/target-unmet';
import { findingsOf, indicators, overallTable, pct } from './support/build';
import type { IndicatorFigures, Typed } from './support/build';

const table = (row: IndicatorFigures) =>
  overallTable({ indicators: indicators({ firstRow: 12, groups: [{ label: '产出指标', rows: [row] }] }) });

type Case = readonly [
  title: string,
  name: string,
  nature: string | undefined,
  target: string,
  unit: string | undefined,
  actual: Typed,
];

const VALID: readonly Case[] = [
  // 指标性质 column
  ['≥ met above', '培训次数', '≥', '1200', '次', 1260],
  ['≥ met exactly at the limit', '培训次数', '≥', '1200', '次', 1200],
  ['≤ met below (故障率 0.4 against ≤1, unit %)', '设备故障率', '≤', '1', '%', 0.4],
  ['≤ met exactly at the limit', '设备故障率', '≤', '1', '%', 1],
  ['= met exactly', '验收合格率', '=', '100', '%', '100%'],
  ['正向 met', '资金到位率', '正向', '95', '%', 96],
  ['反向 met', '投诉率', '反向', '5', '%', 3],
  ['≤ days met at the limit', '办结时限', '≤', '30', '天', 30],
  ['≤ 万元 met', '项目成本', '≤', '120', '万元', 114],
  ['≥ with a percent-formatted 完成值', '覆盖率', '≥', '90', '%', pct(0.9)],
  ['≤ hours met', '响应时间', '≤', '2', '小时', 1.5],
  ['定性 健全 = 健全', '管理制度健全性', '定性', '健全', undefined, '健全'],
  ['定性 达成 = 达成', '目标实现情况', '定性', '达成', undefined, '达成'],
  ['定性 基本达成 is read as met', '目标实现情况', '定性', '达成', undefined, '基本达成'],
  ['定性 较好 meets 较好', '群众评价', '定性', '较好', undefined, '好'],
  // operators and words in 年度指标值
  ['≥95% met', '受理率', undefined, '≥95%', undefined, '96%'],
  ['≥95% met at the limit', '受理率', undefined, '≥95%', undefined, '95%'],
  ['≤3% met', '预算调整率', undefined, '≤3%', undefined, '2.5%'],
  ['不低于90% met', '满意度', undefined, '不低于90%', undefined, '92%'],
  ['不高于 5 天 met', '办理时长', undefined, '不高于5天', undefined, 5],
  ['600次以上 met', '宣传活动', undefined, '600次以上', undefined, 650],
  ['3天以内 met', '办结时间', undefined, '3天以内', undefined, 2],
  ['达到 95% met', '及时率', undefined, '达到95%', undefined, '95%'],
  // bare figures: rates and counts at least, costs and durations at most
  ['bare 90% rate exceeded (Anhui 满意度)', '服务对象满意度', undefined, '90%', undefined, '100%'],
  ['bare count exceeded', '培训人数', undefined, '500人', undefined, 620],
  ['bare cost under (成本 in the name)', '单位建设成本', undefined, '50万元', undefined, 48],
  ['bare duration under', '完成时间', undefined, '30天', undefined, 25],
  ['bare lower-is-better rate under', '重复信访率', undefined, '5%', undefined, '3%'],
  ['bare %-unit column rate exceeded', '覆盖率', undefined, '90', '%', 95],
  ['bare 结转结余率 under', '结转结余率', undefined, '2%', undefined, '1%'],
  [
    'bare 经费保障率 exceeded (a rate to raise, though it names 经费)',
    '经费保障率',
    undefined,
    '95%',
    undefined,
    '100%',
  ],
  ['bare 增收 amount exceeded (a result, not a cost)', '带动农户增收', undefined, '50万元', undefined, 60],
  ['bare 控制率 under', '"三公"经费控制率', undefined, '100%', undefined, '92%'],
  // variety set (i8-variety): change targets, a bare zero, qualitative words with a filler
  ['增长 met', '农民人均收入', undefined, '增长5%以上', undefined, '增长6.2%'],
  ['较上年下降 met', '行政运行成本', undefined, '较上年下降10%', undefined, '下降12%'],
  ['bare 0 met', '重大安全事故', undefined, '0起', undefined, '0起'],
  ['…内 met', '办理时限', undefined, '3个工作日内', undefined, '2.5个工作日'],
  ['达成预期指标 met', '活动开展质量', undefined, '达成预期指标', undefined, '达成预期指标'],
  ['达到预期目标 met by 达成', '活动开展质量', undefined, '达到预期目标', undefined, '已达到'],
  // left alone: nothing comparable
  ['a deadline', '完成时限', undefined, '2024年12月31日前', undefined, '2025年1月'],
  ['prose result', '宣传活动', undefined, '600次以上', undefined, '组织开展宣传活动'],
  ['较上年下降 with a figure', '能耗', undefined, '较上年下降', undefined, 5],
  ['a 定性 word against another family', '信息公开', '定性', '公开', undefined, '达成'],
];

const INVALID: readonly (readonly [...Case, suggested: string])[] = [
  ['≥ missed', '培训次数', '≥', '1200', '次', 1100, '9.17'],
  ['≤ exceeded', '设备故障率', '≤', '1', '%', 1.5, '6.67'],
  ['= missed below', '验收合格率', '=', '100', '%', '98%', '9.8'],
  ['正向 missed', '资金到位率', '正向', '95', '%', 80, '8.42'],
  ['反向 exceeded', '投诉率', '反向', '5', '%', 10, '5'],
  ['≤ days exceeded', '办结时限', '≤', '30', '天', 40, '7.5'],
  ['≥95% missed', '受理率', undefined, '≥95%', undefined, '90%', '9.47'],
  ['≤127.73 万元 exceeded (seed 003)', '整体支出控制额', undefined, '≤127.73万元', undefined, 161.73, '7.9'],
  ['不低于 90% missed', '满意度', undefined, '不低于90%', undefined, '85%', '9.44'],
  ['以内 exceeded', '办结时间', undefined, '3天以内', undefined, 6, '5'],
  ['bare rate missed', '及时办结率', undefined, '100%', undefined, '90%', '9'],
  ['bare cost exceeded', '单位建设成本', undefined, '50万元', undefined, 60, '8.33'],
  ['bare duration exceeded', '完成时间', undefined, '30天', undefined, 45, '6.67'],
  ['bare %-unit column rate missed', '覆盖率', undefined, '90', '%', 80, '8.89'],
  ['bare 经费保障率 missed', '经费保障率', undefined, '100%', undefined, '90%', '9'],
  ['bare 控制率 exceeded', '公用经费控制率', undefined, '100%', undefined, '110%', '9.09'],
  ['增长 short of the target', '农民人均收入', undefined, '增长5%以上', undefined, '增长3%', '6'],
  ['下降 short of the target', '行政运行成本', undefined, '较上年下降10%', undefined, '下降5%', '5'],
  ['bare 0 is a ceiling', '重大火灾次数', undefined, '0次', undefined, '3次', '0'],
  ['…内 exceeded', '办理时限', undefined, '3个工作日内', undefined, '5个工作日', '6'],
];

const INVALID_CATEGORIES: readonly (readonly [...Case, low: string, high: string])[] = [
  ['部分达成 against 达成', '目标实现情况', '定性', '达成', undefined, '部分达成', '6', '8'],
  ['未达成 against 达成', '目标实现情况', '定性', '达成', undefined, '未达成', '0', '6'],
  ['不健全 against 健全', '管理制度健全性', undefined, '健全', undefined, '不健全', '0', '6'],
  ['未公开 against 公开', '预决算信息公开性', '定性', '公开', undefined, '未公开', '0', '6'],
  ['较差 against 好', '群众评价', '定性', '好', undefined, '较差', '0', '6'],
  [
    '部分达成 against 达成预期指标',
    '活动开展质量',
    undefined,
    '达成预期指标',
    undefined,
    '部分达成',
    '6',
    '8',
  ],
];

const row = (
  name: string,
  nature: string | undefined,
  target: string,
  unit: string | undefined,
  actual: Typed,
) => ({
  name,
  target,
  actual,
  weight: 10,
  score: 10,
  ...(nature !== undefined ? { nature } : {}),
  ...(unit !== undefined ? { unit } : {}),
});

describe('target-unmet reads the direction wherever it is written', () => {
  describe('valid', () => {
    it.each(VALID)('%s', (_title, name, nature, target, unit, actual) => {
      expect(findingsOf(targetUnmet, table(row(name, nature, target, unit, actual)))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each(INVALID)('%s', (_title, name, nature, target, unit, actual, suggested) => {
      const findings = findingsOf(targetUnmet, table(row(name, nature, target, unit, actual)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'target-unmet', severity: 'warning', cell: 'H13' });
      expect(findings[0].message).toContain(`建议得分约 ${suggested}。`);
      expect(findings[0]).not.toHaveProperty('fix');
    });

    it.each(INVALID_CATEGORIES)('%s', (_title, name, nature, target, unit, actual, low, high) => {
      const findings = findingsOf(targetUnmet, table(row(name, nature, target, unit, actual)));
      expect(findings).toHaveLength(1);
      expect(findings[0].message).toContain(`建议得分在 ${low}–${high} 之间`);
      expect(findings[0]).not.toHaveProperty('fix');
    });

    it('never flags a missed target already marked down', () => {
      const marked = { ...row('培训次数', '≥', '1200', '次', 1100), score: 9 };
      expect(findingsOf(targetUnmet, table(marked))).toEqual([]);
    });
  });
});
