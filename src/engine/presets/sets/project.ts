import type { IndicatorPreset } from '../types';

/** One 项目支出 (seed 003's project tables): completion, attainment, timeliness, cost control. */
export const PROJECT: IndicatorPreset = {
  id: 'project',
  name: { zh: '项目支出（通用）', en: 'Project spending (general)' },
  scope: 'project',
  indicators: [
    { group: 'output', level2: '数量指标', name: '专项工作完成率', target: '＝100%' },
    { group: 'output', level2: '质量指标', name: '项目绩效目标达成率', target: '≥90%' },
    { group: 'output', level2: '质量指标', name: '资金使用合规性', target: '合规' },
    { group: 'output', level2: '时效指标', name: '完成及时性', target: '{Y}年12月31日前' },
    { group: 'benefit', level2: '经济效益指标', name: '专项资金使用效益', target: '效果明显' },
    { group: 'benefit', level2: '社会效益指标', name: '项目社会效益', target: '效果明显' },
    { group: 'benefit', level2: '可持续影响指标', name: '长效管理机制', target: '健全' },
    { group: 'satisfaction', level2: '服务对象满意度指标', name: '服务对象满意率', target: '≥90%' },
    { group: 'cost', level2: '经济成本指标', name: '项目成本控制率', target: '≤100%' },
  ],
};
