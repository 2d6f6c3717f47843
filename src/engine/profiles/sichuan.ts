/**
 * Sichuan's 部门预算项目支出绩效自评表 (报表编号 510000_0013zp; e.g. 青神县 2023): 预算执行情况（10分）| 年初预算 |
 * 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因, rows 总额 / 其中：财政资金 / 财政专户管理资金 / 单位资金 /
 * 其他资金 (执行率 = 预算执行数 ÷ 调整后预算数); 绩效指标（90分）| 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 |
 * 完成值 | 权重 | 得分 | 未完成原因分析; 合计 (the 总分).
 */
import type { TemplateProfile } from './types';

export const SICHUAN: TemplateProfile = {
  id: 'sichuan',
  name: { zh: '四川（510000_0013zp）', en: 'Sichuan (510000_0013zp)' },
  source: '四川省部门预算项目支出绩效自评表（报表编号 510000_0013zp）',
  words: {
    anyFunding: ['预算执行情况'],
    'funding.initialBudget': ['年初预算'],
    'funding.fullYearBudget': ['调整后预算数', '调整后预算'],
    'funding.executed': ['预算执行数'],
    'funding.weight': ['权重'],
    'funding.rate': ['预算执行率'],
    'funding.total': ['总额'],
    'funding.sourcePart': ['财政资金', '财政专户管理资金', '单位资金', '其他资金'],
    'indicator.nature': ['指标性质'],
    'indicator.unit': ['度量单位'],
    'indicator.target': ['指标值'],
    'indicator.actual': ['完成值'],
    'indicator.weight': ['权重'],
    'indicator.reason': ['未完成原因分析'],
    'indicator.total': ['合计'],
  },
  schemes: [{ id: 'sichuan-90-10', groups: {}, execution: 10 }],
  grades: { excellent: 90, good: 80, pass: 60 },
  conventions: {},
};
