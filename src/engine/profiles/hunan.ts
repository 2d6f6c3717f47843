/**
 * Hunan's templates (the seeds): the overall table's 年度预算申请 block with 按收入性质分 / 按支出性质分 lines whose
 * figures sit in the label cells, 预算单位名称, 成本指标 as a first-level group (财预〔2021〕101号) and the two Hunan
 * weight schemes beside the national one.
 */
import { NATIONAL_WORDS } from './national';
import type { TemplateProfile } from './types';
import { extendWords } from './words';

export const HUNAN: TemplateProfile = {
  id: 'hunan',
  name: { zh: '湖南', en: 'Hunan' },
  source: '湖南省部门整体支出绩效评价基础数据表、部门整体支出绩效自评表、项目支出绩效自评表（seeds）',
  words: extendWords(NATIONAL_WORDS, {
    overallName: ['预算单位名称'],
    overallFunding: ['年度预算申请*'],
    'sources.bySource': ['按收入性质分*'],
    'sources.byNature': ['按支出性质分*'],
    staffSection: ['财政供养人员情况*'],
    moneySection: ['经费控制情况*'],
    buildingSection: ['楼堂馆所控制情况*'],
    'indicator.total': ['总分*'],
  }),
  schemes: [
    { id: 'hunan-cost-last', groups: { output: 30, benefit: 30, satisfaction: 10, cost: 20 }, execution: 10 },
    {
      id: 'hunan-cost-first',
      groups: { cost: 20, output: 40, benefit: 20, satisfaction: 10 },
      execution: 10,
    },
    { id: 'national-2020', groups: { output: 50, benefit: 30, satisfaction: 10 }, execution: 10 },
  ],
  grades: { excellent: 90, good: 80, pass: 60 },
  conventions: {},
};
