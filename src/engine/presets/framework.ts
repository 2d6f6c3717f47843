import type { FrameworkGroup, PresetGroupKind } from './types';

/**
 * The indicator framework (财预〔2020〕10号, 成本指标 first-level since 财预〔2021〕101号).
 * 产出指标 keeps 成本指标 as a second-level row only for schemes without a first-level 成本指标.
 */
export const FRAMEWORK: readonly FrameworkGroup[] = [
  {
    kind: 'output',
    label: '产出指标',
    en: 'Output',
    level2: [
      { label: '数量指标', en: 'Quantity' },
      { label: '质量指标', en: 'Quality' },
      { label: '时效指标', en: 'Timeliness' },
      { label: '成本指标', en: 'Cost' },
    ],
  },
  {
    kind: 'benefit',
    label: '效益指标',
    en: 'Benefit',
    level2: [
      { label: '经济效益指标', en: 'Economic benefit' },
      { label: '社会效益指标', en: 'Social benefit' },
      { label: '生态效益指标', en: 'Ecological benefit' },
      { label: '可持续影响指标', en: 'Sustainable impact' },
    ],
  },
  {
    kind: 'satisfaction',
    label: '满意度指标',
    en: 'Satisfaction',
    level2: [{ label: '服务对象满意度指标', en: 'Satisfaction of those served' }],
  },
  {
    kind: 'cost',
    label: '成本指标',
    en: 'Cost',
    level2: [
      { label: '经济成本指标', en: 'Economic cost' },
      { label: '社会成本指标', en: 'Social cost' },
      { label: '生态环境成本指标', en: 'Environmental cost' },
    ],
  },
];

/** The old placement of cost under 产出指标, used when a scheme has no first-level 成本指标. */
export const OUTPUT_COST_LEVEL2 = '成本指标';

export function frameworkGroup(kind: PresetGroupKind): FrameworkGroup {
  const group = FRAMEWORK.find((candidate) => candidate.kind === kind);
  if (!group) throw new Error(`no framework group ${kind}`);
  return group;
}

/** The 二级指标 a group shows under a scheme: 产出指标 drops 成本指标 when cost is its own group. */
export function level2Labels(kind: PresetGroupKind, costIsFirstLevel: boolean): string[] {
  const labels = frameworkGroup(kind).level2.map((entry) => entry.label);
  return kind === 'output' && costIsFirstLevel
    ? labels.filter((label) => label !== OUTPUT_COST_LEVEL2)
    : labels;
}
