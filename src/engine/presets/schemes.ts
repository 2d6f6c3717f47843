import type { WeightScheme } from './types';

/** Known ways to split the 100 points; groups are listed in the order the table writes them. */
export const WEIGHT_SCHEMES: readonly WeightScheme[] = [
  {
    id: 'national',
    name: {
      zh: '财预〔2020〕10号：产出50、效益30、满意度10',
      en: 'National rule: output 50, benefit 30, satisfaction 10',
    },
    groups: [
      { kind: 'output', weight: 50 },
      { kind: 'benefit', weight: 30 },
      { kind: 'satisfaction', weight: 10 },
    ],
    executionWeight: 10,
  },
  {
    id: 'hunan-cost-last',
    name: {
      zh: '湖南：产出30、效益30、满意度10、成本20',
      en: 'Hunan: output 30, benefit 30, satisfaction 10, cost 20',
    },
    groups: [
      { kind: 'output', weight: 30 },
      { kind: 'benefit', weight: 30 },
      { kind: 'satisfaction', weight: 10 },
      { kind: 'cost', weight: 20 },
    ],
    executionWeight: 10,
  },
  {
    id: 'hunan-cost-first',
    name: {
      zh: '湖南：成本20、产出40、效益20、满意度10',
      en: 'Hunan: cost 20, output 40, benefit 20, satisfaction 10',
    },
    groups: [
      { kind: 'cost', weight: 20 },
      { kind: 'output', weight: 40 },
      { kind: 'benefit', weight: 20 },
      { kind: 'satisfaction', weight: 10 },
    ],
    executionWeight: 10,
  },
];

export const DEFAULT_SCHEME_ID = 'national';

export function findScheme(id: string): WeightScheme | undefined {
  return WEIGHT_SCHEMES.find((scheme) => scheme.id === id);
}

export function schemeTotal(scheme: WeightScheme): number {
  return scheme.groups.reduce((sum, group) => sum + group.weight, scheme.executionWeight);
}
