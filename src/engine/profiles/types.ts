/**
 * A template profile: the words one family of 绩效自评表 templates uses for every field, the weight schemes it
 * uses, its grade bands and its scoring conventions. Recognisers hold structure; profiles hold words.
 *
 * A word is matched against a cell's label core (half-width, no spaces or line breaks, no parenthesised remark,
 * no numbering or 其中): `年初*` matches a core that starts with 年初, `*原因*` one that contains 原因, anything
 * else the whole core.
 */
export type WordList = readonly string[];

/** Every field a profile names, flat: recognisers ask for a slot, the profile supplies its words. */
export const SLOTS = [
  'staffSection', // 财政供养人员情况
  'moneySection', // 经费控制情况
  'buildingSection', // 楼堂馆所控制情况
  'overallName', // 预算单位名称: opens an overall table
  'projectName', // 项目名称: opens a project table
  'overallFunding', // 年度预算申请: the overall table's money block
  'projectFunding', // 项目资金: the project table's money block
  'anyFunding', // 预算执行情况, 年度预算情况: a money block either table may carry
  'funding.initialBudget', // 年初预算数
  'funding.fullYearBudget', // 全年预算数 / 调整后预算数
  'funding.executed', // 全年执行数 / 预算执行数
  'funding.weight', // 分值 / 权重
  'funding.rate', // 执行率
  'funding.score', // 得分
  'funding.total', // 年度资金总额 / 总额
  'funding.sourcePart', // 其中：财政拨款, 上年结转资金, 其他资金 …: sum to the total
  'funding.naturePart', // 其中：基本支出, 项目支出: a second breakdown of the same total
  'sources.bySource', // 按收入性质分
  'sources.byNature', // 按支出性质分
  'indicator.level1',
  'indicator.level2',
  'indicator.level3',
  'indicator.nature', // 指标性质 (≥ ≤ = 定性)
  'indicator.unit', // 度量单位
  'indicator.target', // 年度指标值
  'indicator.actual', // 实际完成值
  'indicator.weight', // 分值
  'indicator.score', // 得分
  'indicator.reason', // 偏差原因分析及改进措施
  'indicator.total', // 总分 / 合计
  'department', // 主管部门
  'implementer', // 实施单位
] as const;

export type Slot = (typeof SLOTS)[number];

export type ProfileWords = Readonly<Partial<Record<Slot, WordList>>>;

export type GroupKey = 'output' | 'benefit' | 'satisfaction' | 'cost';

/** One weight scheme: the weight of each first-level group, plus the 执行率 weight. */
export interface WeightScheme {
  readonly id: string;
  readonly groups: Partial<Record<GroupKey, number>>;
  readonly execution: number;
}

/** Grade bands by lowest total (in points): 优 from 90, 良 from 80, 中 from 60, else 差. */
export interface GradeBands {
  readonly excellent: number;
  readonly good: number;
  readonly pass: number;
}

/**
 * Regional scoring conventions, reported as warnings that cite them; every one is off unless a profile
 * switches it on. `totalCapByRate`: 总分 capped by the 执行率 band (70–80% → 89, 60–70% → 79, < 60% → 69,
 * < 50% → 59). `overshoot`: a 完成值 more than 30% above a positive target counts as 指标偏离.
 */
export interface ProfileConventions {
  readonly totalCapByRate?: boolean;
  readonly overshoot?: boolean;
}

export interface TemplateProfile {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** Where the template comes from (document number, report code, a public example). */
  readonly source: string;
  /** Only this profile's own words; the generic vocabulary is shared by every profile. */
  readonly words: ProfileWords;
  readonly schemes: readonly WeightScheme[];
  readonly grades: GradeBands;
  readonly conventions: ProfileConventions;
}
