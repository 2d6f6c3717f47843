import type { IndicatorPreset } from '../types';

/** 社会工作部: volunteer services, mediation, trade associations, 两新 party building (seeds 000, 001, 004). */
export const SOCIAL_WORK: IndicatorPreset = {
  id: 'social-work',
  name: {
    zh: '社会工作部（志愿服务、基层治理）',
    en: 'Social work department (volunteering, grassroots governance)',
  },
  scope: 'department',
  indicators: [
    { group: 'output', level2: '数量指标', name: '注册志愿者人数', target: '较上年增长' },
    { group: 'output', level2: '数量指标', name: '行业协会商会调研覆盖率', target: '＝100%' },
    { group: 'output', level2: '质量指标', name: '矛盾纠纷化解率', target: '≥95%' },
    { group: 'output', level2: '质量指标', name: '“两新”组织党的组织覆盖率', target: '≥90%' },
    { group: 'output', level2: '时效指标', name: '各项工作完成时间', target: '{Y}年12月31日前' },
    { group: 'benefit', level2: '社会效益指标', name: '基层治理水平', target: '有效提升' },
    { group: 'benefit', level2: '可持续影响指标', name: '志愿服务长效机制', target: '健全' },
    { group: 'satisfaction', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%' },
    { group: 'cost', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%' },
  ],
};
