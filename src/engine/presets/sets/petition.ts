import type { IndicatorPreset } from '../types';

/** 信访 offices (seeds 000, 001, 003): acceptance, answers on time, repeat petitions, satisfaction. */
export const PETITION: IndicatorPreset = {
  id: 'petition',
  name: { zh: '信访工作', en: 'Petition office' },
  scope: 'department',
  indicators: [
    // Lower is better and no standard figure exists, so the target is stated in words.
    { group: 'output', level2: '数量指标', name: '重复信访件数', target: '较上年下降' },
    { group: 'output', level2: '数量指标', name: '信访积案化解率', target: '≥90%' },
    { group: 'output', level2: '质量指标', name: '信访事项一次性化解率', target: '≥90%' },
    { group: 'output', level2: '时效指标', name: '信访事项及时受理率', target: '≥95%' },
    { group: 'output', level2: '时效指标', name: '按期答复（办结）率', target: '≥95%' },
    { group: 'benefit', level2: '社会效益指标', name: '保障群众合法权益', target: '效果明显' },
    { group: 'benefit', level2: '可持续影响指标', name: '信访工作法治化建设', target: '持续推进' },
    { group: 'satisfaction', level2: '服务对象满意度指标', name: '参评群众满意率', target: '≥90%' },
    { group: 'cost', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%' },
  ],
};
