/** A clean project table's figures (every direction of target met, some exactly at the limit) and its mistakes. */
import type { Indicator, Layout, MoneyLine, TableContent } from './layouts';

const PARTS: Record<Layout['profile'], readonly string[]> = {
  national: ['本年财政拨款', '上年结转资金', '其他资金'],
  hunan: ['当年财政拨款', '上年结转资金', '其他资金'],
  sichuan: ['财政资金', '财政专户管理资金', '单位资金', '其他资金'],
};

export function cleanMoney(profile: Layout['profile']): MoneyLine[] {
  const [first, second, ...rest] = PARTS[profile];
  const sichuan = profile === 'sichuan';
  return [
    { label: sichuan ? '总额' : '年度资金总额', money: [100, 120, 114], weight: 10, rate: 0.95, score: 9.5 },
    { label: first, money: [80, 100, 95] },
    ...(sichuan ? [{ label: second, money: [0, 0, 0] as const }] : []),
    { label: sichuan ? rest[0] : second, money: [20, 20, 19] },
    { label: rest[rest.length - 1], money: [0, 0, 0] },
  ];
}

export const CLEAN_INDICATORS: readonly Indicator[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '培训农户',
    nature: '≥',
    target: '1200',
    unit: '次',
    actual: 1260,
    weight: 20,
    score: 20,
  },
  {
    level2: '质量指标',
    name: '设备故障率',
    nature: '≤',
    target: '1',
    unit: '%',
    actual: 0.4,
    weight: 10,
    score: 10,
  },
  { name: '验收合格率', nature: '=', target: '100', unit: '%', actual: '100%', weight: 10, score: 10 },
  {
    level2: '时效指标',
    name: '完成时限',
    nature: '≤',
    target: '30',
    unit: '天',
    actual: 30,
    weight: 5,
    score: 5,
  },
  {
    level2: '成本指标',
    name: '项目成本',
    nature: '≤',
    target: '120',
    unit: '万元',
    actual: 114,
    weight: 5,
    score: 5,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '带动就业人数',
    nature: '≥',
    target: '50',
    unit: '人',
    actual: 50,
    weight: 15,
    score: 15,
  },
  {
    level2: '可持续影响指标',
    name: '管理制度健全性',
    nature: '定性',
    target: '健全',
    actual: '健全',
    weight: 15,
    score: 15,
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '服务对象满意度',
    target: '90',
    unit: '%',
    actual: '100%',
    weight: 10,
    score: 10,
  },
];

export function cleanTable(profile: Layout['profile'], name = '农业技术推广项目'): TableContent {
  return { name, money: cleanMoney(profile), indicators: CLEAN_INDICATORS, total: [100, 99.5], grade: '优' };
}

/** One planted mistake: how it changes the clean table, and the rule that must find it. */
export interface Mistake {
  readonly name: string;
  readonly rule: string;
  readonly plant: (table: TableContent) => TableContent;
  /** Other rules the same change rightly sets off (a wrong score also makes 总分 disagree). */
  readonly consequences?: readonly string[];
}

const withIndicator = (table: TableContent, index: number, change: Partial<Indicator>): TableContent => ({
  ...table,
  indicators: table.indicators.map((item, i) => (i === index ? { ...item, ...change } : item)),
});

const withMoney = (table: TableContent, index: number, change: Partial<MoneyLine>): TableContent => ({
  ...table,
  money: table.money.map((line, i) => (i === index ? { ...line, ...change } : line)),
});

export const MISTAKES: readonly Mistake[] = [
  {
    name: '执行率得分 10 where 9.50 is right',
    rule: 'execution-score',
    plant: (t) => withMoney(t, 0, { score: 10 }),
    consequences: ['total-score'],
  },
  {
    name: '执行率 90% where 95% is right',
    rule: 'execution-rate',
    plant: (t) => withMoney(t, 0, { rate: 0.9 }),
  },
  {
    name: 'a 其中 row that does not add up to the total',
    rule: 'sub-total',
    plant: (t) => withMoney(t, 1, { money: [80, 100, 90] }),
  },
  {
    name: '≥ target missed with full marks',
    rule: 'target-unmet',
    plant: (t) => withIndicator(t, 0, { actual: 1100 }),
  },
  {
    name: '≤ target exceeded with full marks',
    rule: 'target-unmet',
    plant: (t) => withIndicator(t, 1, { actual: 1.5 }),
  },
  {
    name: '定性 target not met with full marks',
    rule: 'target-unmet',
    plant: (t) => withIndicator(t, 6, { actual: '不健全' }),
  },
  {
    name: 'a deduction without a reason',
    rule: 'deduction-reason',
    plant: (t) => ({ ...withIndicator(t, 2, { score: 8 }), total: [100, 97.5], grade: '优' }),
  },
  {
    name: 'a score above its weight',
    rule: 'score-range',
    plant: (t) => ({ ...withIndicator(t, 3, { score: 6, reason: '—' }), total: [100, 100.5] }),
  },
  { name: 'a wrong 总分', rule: 'total-score', plant: (t) => ({ ...t, total: [100, 98.5] }) },
  {
    name: 'weights that do not make 100',
    rule: 'total-weight',
    plant: (t) => ({ ...withIndicator(t, 0, { weight: 18, score: 18 }), total: [100, 97.5] }),
  },
  { name: 'a grade that does not match 总分', rule: 'grade', plant: (t) => ({ ...t, grade: '良' }) },
];
