/**
 * Words every profile shares: the synonyms filers use whatever their template (本年 / 当年, 预算执行数 / 实际支出,
 * 年度预算情况 / 预算安排情况 for the money block). A profile adds its own words on top; see types.ts for how a
 * word matches.
 */
import type { MoneyRowRole } from '../model/tables';
import type { ProfileWords, WordList } from './types';

export const GENERIC_WORDS: ProfileWords = {
  staffSection: ['财政供养人员情况*'],
  moneySection: ['经费控制情况*'],
  buildingSection: ['楼堂馆所控制情况*'],
  // "部门（单位）名称" loses its parenthesis to the label core and reads 部门名称.
  overallName: ['预算单位名称', '预算部门名称', '部门单位名称', '部门名称', '单位名称'],
  projectName: ['项目支出名称', '一级项目名称', '二级项目名称', '项目名称'],
  projectFunding: ['项目资金', '项目资金情况'],
  anyFunding: [
    '年度预算情况',
    '预算安排情况',
    '年度资金情况',
    '资金情况',
    '年度预算执行情况',
    '预算资金情况',
    '部门整体支出预算执行情况',
    '年度部门整体支出预算执行情况',
  ],
  'funding.initialBudget': ['年初*'],
  'funding.fullYearBudget': ['全年预算*', '调整后预算*', '调整预算数'],
  'funding.executed': [
    '全年执行*',
    '执行数',
    '实际执行数',
    '预算执行数',
    '实际支出*',
    '本年支出数',
    '当年支出数',
  ],
  'funding.weight': ['分值', '权重'],
  'funding.rate': ['执行率', '预算执行率', '资金执行率'],
  'funding.score': ['得分', '自评得分'],
  'funding.total': ['*资金总额*', '总额', '资金合计'],
  'funding.sourcePart': [
    '*财政拨款*',
    '*上年结转*',
    '*结转资金*',
    '*其他资金*',
    '*自有资金*',
    '*专户*',
    '财政资金',
    '单位资金',
  ],
  'funding.naturePart': ['基本支出', '项目支出'],
  'sources.bySource': ['按收入性质分*'],
  'sources.byNature': ['按支出性质分*'],
  'indicator.level1': ['一级指标'],
  'indicator.level2': ['二级指标'],
  'indicator.level3': ['三级指标', '指标名称', '具体指标'],
  'indicator.nature': ['指标性质', '指标方向', '指标属性'],
  'indicator.unit': ['度量单位', '计量单位', '单位'],
  'indicator.target': ['*指标值*', '*目标值*'],
  'indicator.actual': ['*实际完成*', '实际值', '完成值', '*实际完成值*'],
  'indicator.weight': ['分值', '权重', '指标分值', '指标权重', '权重分值', '标准分值'],
  'indicator.score': ['*得分*', '评分', '自评分'],
  'indicator.reason': ['*原因*', '*改进措施*'],
  'indicator.total': ['总分*', '合计*', '总计*', '自评总分*', '综合得分*'],
  department: ['主管部门'],
  implementer: ['实施单位'],
};

/**
 * What each line of a 基础数据表's 经费控制情况 stands for, by the words of its label core (numbering and 其中
 * already stripped), matched as above. Tried in this order, the first list that names a core giving its role
 * (so 公用经费* is asked before 办公经费, and 公务用车* — the 购置和维护 line — before its own 公务用车购置); a core
 * no list names is a plain item (one project, 其他事业类发展资金 …).
 */
export const GENERIC_MONEY_ROLES: readonly (readonly [MoneyRowRole, WordList])[] = [
  ['basic-expenditure', ['部门基本支出', '基本支出']],
  ['public-funds', ['公用经费*']],
  ['office', ['办公经费', '办公费']],
  ['utilities-travel', ['*水费*', '*电费*', '*差旅*']],
  ['meetings-training', ['*会议费*', '*培训费*']],
  ['three-public', ['*三公经费*']],
  ['vehicle', ['公务用车*', '公车购置和*', '公务车购置和*']],
  ['vehicle-purchase', ['公车购置', '公务车购置', '公务用车购置']],
  [
    'vehicle-operation',
    [
      '公车运行维护*',
      '公车运行维修*',
      '公务车运行维护*',
      '公务车运行维修*',
      '公务用车运行维护*',
      '公务用车运行维修*',
    ],
  ],
  ['overseas', ['出国*', '因公出国*']],
  ['reception', ['公务接待*']],
  ['project-expenditure', ['项目支出', '部门项目支出']],
  ['business', ['业务工作经费*']],
  ['operation-maintenance', ['运行维护经费*']],
  ['special-fund', ['*专项资金*']],
  ['procurement', ['政府采购*']],
  ['budget-adjustment', ['*预算调整*']],
];
