import type { IndicatorPreset } from '../types';

/** 12345 government service hotlines (seeds 000, 001): answering, signing for, closing and calling back. */
export const HOTLINE: IndicatorPreset = {
  id: 'hotline-12345',
  name: { zh: '12345政务服务热线', en: '12345 service hotline' },
  scope: 'department',
  indicators: [
    { group: 'output', level2: '数量指标', name: '接通率', target: '≥95%' },
    { group: 'output', level2: '数量指标', name: '回访率', target: '＝100%' },
    // Lower is better; 5% is a common ceiling, not a national figure: bureaus set their own.
    { group: 'output', level2: '质量指标', name: '发回重办率', target: '≤5%' },
    { group: 'output', level2: '时效指标', name: '及时签收率', target: '＝100%' },
    { group: 'output', level2: '时效指标', name: '按时办结率', target: '≥95%' },
    { group: 'benefit', level2: '社会效益指标', name: '群众诉求解决情况', target: '有效解决' },
    { group: 'benefit', level2: '可持续影响指标', name: '热线受理办理制度健全性', target: '健全' },
    { group: 'satisfaction', level2: '服务对象满意度指标', name: '回访满意率', target: '≥90%' },
    { group: 'cost', level2: '经济成本指标', name: '热线运行经费控制率', target: '≤100%' },
  ],
};
