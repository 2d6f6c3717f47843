/**
 * The national templates of 财预〔2020〕10号 (项目支出绩效自评表, 部门整体支出绩效自评表), as filed across provinces
 * (e.g. an Anhui 2022 filing): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年度资金总额 / 其中：本年
 * (当年) 财政拨款 / 上年结转资金 / 其他资金; 一/二/三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施;
 * 总分; 产出 50 (成本 under 产出), 效益 30, 满意度 10, 预算执行率 10.
 */
import type { ProfileWords, TemplateProfile } from './types';

/** The national column and row words; Hunan's templates use them too and add their own. */
export const NATIONAL_WORDS: ProfileWords = {
  overallName: ['部门名称', '部门单位名称'],
  projectFunding: ['项目资金'],
  'funding.initialBudget': ['年初预算数'],
  'funding.fullYearBudget': ['全年预算数'],
  'funding.executed': ['全年执行数'],
  'funding.weight': ['分值'],
  'funding.rate': ['执行率'],
  'funding.total': ['年度资金总额'],
  'funding.sourcePart': ['本年财政拨款', '当年财政拨款', '上年结转资金', '其他资金'],
  'indicator.target': ['年度指标值'],
  'indicator.actual': ['实际完成值'],
  'indicator.weight': ['分值'],
  'indicator.reason': ['偏差原因分析及改进措施'],
  'indicator.total': ['总分'],
};

export const NATIONAL: TemplateProfile = {
  id: 'national',
  name: { zh: '全国（财预〔2020〕10号）', en: 'National (财预〔2020〕10号)' },
  source: '财预〔2020〕10号 附件：项目支出绩效自评表、部门整体支出绩效自评表',
  words: NATIONAL_WORDS,
  schemes: [{ id: 'national-2020', groups: { output: 50, benefit: 30, satisfaction: 10 }, execution: 10 }],
  grades: { excellent: 90, good: 80, pass: 60 },
  conventions: {},
};
