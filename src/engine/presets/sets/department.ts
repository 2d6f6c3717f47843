import type { IndicatorPreset } from '../types';

/** A whole department's 整体支出: the management indicators every finance bureau asks for. */
export const DEPARTMENT: IndicatorPreset = {
  id: 'department',
  name: { zh: '部门整体支出（通用）', en: 'Whole department (general)' },
  scope: 'department',
  indicators: [
    { group: 'output', level2: '数量指标', name: '重点工作完成率', target: '＝100%' },
    { group: 'output', level2: '数量指标', name: '财政供养人员控制率', target: '≤100%' },
    { group: 'output', level2: '质量指标', name: '政府采购执行率', target: '＝100%' },
    { group: 'output', level2: '质量指标', name: '管理制度健全性', target: '健全' },
    { group: 'output', level2: '质量指标', name: '资金使用合规性', target: '合规' },
    { group: 'output', level2: '时效指标', name: '预算执行率', target: '≥90%' },
    { group: 'output', level2: '时效指标', name: '重点工作完成时间', target: '{Y}年12月31日前' },
    { group: 'benefit', level2: '经济效益指标', name: '预算调整率', target: '≤3%' },
    { group: 'benefit', level2: '经济效益指标', name: '结转结余率', target: '≤2%' },
    { group: 'benefit', level2: '社会效益指标', name: '预决算信息公开性', target: '公开' },
    { group: 'benefit', level2: '可持续影响指标', name: '固定资产利用率', target: '≥90%' },
    { group: 'satisfaction', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%' },
    { group: 'cost', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%' },
    { group: 'cost', level2: '经济成本指标', name: '公用经费控制率', target: '≤100%' },
  ],
};
