import { inferScheme, resolveGroupKind } from '../../../src/engine/presets';
import {
  seed000Corrected,
  seed002Corrected,
  seed003Corrected,
  seed004Corrected,
  seedGrids,
  type SeedSpec,
} from '../../../samples/specs';
import { indicatorSection } from './helpers';

function overallSection(seed: SeedSpec) {
  const grid = seedGrids(seed).find((candidate) => candidate.name.includes('整体支出'));
  if (!grid) throw new Error(seed.id);
  return indicatorSection(grid);
}

describe('inferScheme', () => {
  it.each([
    ['002 (产出指标（50分) …)', 'national', seed002Corrected],
    ['003 (成本指标 (20分) first)', 'hunan-cost-first', seed003Corrected],
    ['004 (产出 30 … 成本 20 last)', 'hunan-cost-last', seed004Corrected],
    ['000 (no stated weights, 成本指标 last)', 'hunan-cost-last', seed000Corrected],
  ])('reads seed %s as %s', (_name, id, seed) => {
    expect(inferScheme(overallSection(seed)).id).toBe(id);
  });
});

describe('resolveGroupKind', () => {
  it.each([
    ['产出指标', 'output'],
    ['产出', 'output'],
    ['满意度 指标（10分）', 'satisfaction'],
    ['cost', 'cost'],
    ['效益', 'benefit'],
  ])('reads %s as %s', (name, kind) => {
    expect(resolveGroupKind(name)).toBe(kind);
  });

  it('knows no group called 投入指标', () => {
    expect(resolveGroupKind('投入指标')).toBeUndefined();
  });
});
