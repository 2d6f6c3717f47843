import { parseTarget } from '../../../src/engine/figures';
import type { Comparison } from '../../../src/engine/figures';
import {
  INDICATOR_PRESETS,
  WEIGHT_SCHEMES,
  buildIndicatorBlock,
  distributePoints,
  findPreset,
  findScheme,
  isSafeText,
  level2Labels,
  schemeTotal,
  unsafeTextReason,
} from '../../../src/engine/presets';

const YEAR = 2024;

function mustFind<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** The comparison a target's leading sign promises; undefined for words and deadlines. */
function intendedComparison(target: string): Comparison | undefined {
  const first = target[0];
  if (first === '≥') return '>=';
  if (first === '≤') return '<=';
  if (first === '＝') return '=';
  return undefined;
}

describe('weight schemes', () => {
  it.each(WEIGHT_SCHEMES.map((scheme) => [scheme.id, scheme]))(
    '%s adds up to 100 with the 预算执行率 10',
    (_id, scheme) => {
      expect(schemeTotal(scheme)).toBe(100);
      expect(scheme.executionWeight).toBe(10);
    },
  );

  it('lists 成本20 / 产出40 / 效益20 / 满意度10 in that order (seed 003)', () => {
    const scheme = mustFind(findScheme('hunan-cost-first'), 'scheme');
    expect(scheme.groups.map((group) => `${group.kind}${group.weight}`)).toEqual([
      'cost20',
      'output40',
      'benefit20',
      'satisfaction10',
    ]);
  });
});

describe('distributePoints', () => {
  it('gives 30 points over 7 indicators as 5,5,4,4,4,4,4', () => {
    expect(distributePoints(30, [1, 1, 1, 1, 1, 1, 1])).toEqual([5, 5, 4, 4, 4, 4, 4]);
  });

  it('gives 50 points over shares 2:1:1 as 25,13,12 (earlier row first on a tie)', () => {
    expect(distributePoints(50, [2, 1, 1])).toEqual([25, 13, 12]);
  });

  it('splits 7.5 points into hundredths that add up exactly', () => {
    const points = distributePoints(7.5, [1, 1, 1, 1, 1, 1, 1]);
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(7.5, 10);
    expect(points.every((point) => Math.round(point * 100) === point * 100)).toBe(true);
  });
});

describe('preset blocks, every preset × scheme', () => {
  const cases = INDICATOR_PRESETS.flatMap((preset) =>
    WEIGHT_SCHEMES.map((scheme) => [preset.id, scheme.id] as const),
  );

  it.each(cases)('%s under %s: each group’s 分值 add up to its header’s weight', (presetId, schemeId) => {
    const preset = mustFind(findPreset(presetId), presetId);
    const scheme = mustFind(findScheme(schemeId), schemeId);
    const block = buildIndicatorBlock(preset, scheme, { year: YEAR });
    expect(block.groups.map((group) => group.kind)).toEqual(scheme.groups.map((group) => group.kind));
    for (const [index, group] of block.groups.entries()) {
      const weight = scheme.groups[index].weight;
      expect(group.header).toBe(`${group.label}（${weight}分）`);
      const sum = group.rows.reduce((total, row) => total + (row.weight ?? 0), 0);
      expect(sum).toBe(weight);
      expect(
        group.rows.filter((row) => row.weight !== null).every((row) => Number.isInteger(row.weight)),
      ).toBe(true);
    }
    const all = block.groups.flatMap((group) => group.rows);
    expect(all.reduce((total, row) => total + (row.weight ?? 0), 0) + scheme.executionWeight).toBe(100);
  });

  it.each(cases)(
    '%s under %s: no cell text starts with = + - @ or would turn into a number',
    (presetId, schemeId) => {
      const block = buildIndicatorBlock(
        mustFind(findPreset(presetId), presetId),
        mustFind(findScheme(schemeId), schemeId),
        { year: YEAR },
      );
      const texts = block.groups.flatMap((group) => [
        group.header,
        ...group.rows.flatMap((row) => [row.level2, row.level3, row.target]),
      ]);
      for (const text of texts.filter((entry) => entry !== ''))
        expect([text, unsafeTextReason(text)]).toEqual([text, undefined]);
    },
  );

  it.each(cases)('%s under %s: rows follow the framework’s 二级指标 order', (presetId, schemeId) => {
    const scheme = mustFind(findScheme(schemeId), schemeId);
    const block = buildIndicatorBlock(mustFind(findPreset(presetId), presetId), scheme, { year: YEAR });
    const costIsFirstLevel = scheme.groups.some((group) => group.kind === 'cost');
    for (const group of block.groups) {
      const order = level2Labels(group.kind, costIsFirstLevel);
      const seen = [...new Set(group.rows.map((row) => row.level2))];
      expect(seen).toEqual(order);
    }
  });
});

describe('preset targets', () => {
  const targets = INDICATOR_PRESETS.flatMap((preset) =>
    preset.indicators.map(
      (indicator) => [preset.id, indicator.name, indicator.target.replace('{Y}', String(YEAR))] as const,
    ),
  );

  it.each(targets)('%s %s: %s parses as intended', (_preset, _name, target) => {
    const parsed = parseTarget(target);
    const comparison = intendedComparison(target);
    if (comparison) {
      expect(parsed).toMatchObject({ kind: 'quantitative', comparison });
    } else if (/\d{4}年\d{1,2}月\d{1,2}日前$/.test(target)) {
      expect(parsed).toEqual({ kind: 'deadline', year: YEAR, month: 12, day: 31 });
    } else {
      expect(parsed).toEqual({ kind: 'qualitative', text: target });
    }
  });

  it('reads ＝100% as = 100%, so equality targets stay text yet keep their meaning', () => {
    expect(parseTarget('＝100%')).toMatchObject({
      kind: 'quantitative',
      comparison: '=',
      value: 1,
      percent: true,
    });
    expect(isSafeText('＝100%')).toBe(true);
    expect(unsafeTextReason('=100%')).toBe('formula-leader');
    expect(unsafeTextReason('100%')).toBe('coerced-number');
    expect(unsafeTextReason('-')).toBe('formula-leader');
    expect(unsafeTextReason('@x')).toBe('formula-leader');
    expect(unsafeTextReason('+5')).toBe('formula-leader');
  });

  it('every preset id and name is distinct and bilingual', () => {
    expect(new Set(INDICATOR_PRESETS.map((preset) => preset.id)).size).toBe(INDICATOR_PRESETS.length);
    for (const preset of INDICATOR_PRESETS) {
      expect(preset.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(preset.name.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('cost placement', () => {
  it('puts the department’s “三公”经费控制率 under 产出指标 / 成本指标 when the scheme has no first-level cost (national)', () => {
    const block = buildIndicatorBlock(
      mustFind(findPreset('department'), 'department'),
      mustFind(findScheme('national'), 'national'),
      { year: YEAR },
    );
    const output = block.groups[0];
    expect(output.rows.find((row) => row.level3 === '“三公”经费控制率')?.level2).toBe('成本指标');
    expect(block.groups.some((group) => group.kind === 'cost')).toBe(false);
  });

  it('gives 产出指标（30分） no 成本指标 row when 成本指标（20分） is its own group', () => {
    const block = buildIndicatorBlock(
      mustFind(findPreset('department'), 'department'),
      mustFind(findScheme('hunan-cost-last'), 's'),
      { year: YEAR },
    );
    expect(block.groups[0].rows.some((row) => row.level2 === '成本指标')).toBe(false);
    expect(block.groups[3].header).toBe('成本指标（20分）');
    expect(block.groups[3].rows.map((row) => row.level2)).toEqual([
      '经济成本指标',
      '经济成本指标',
      '社会成本指标',
      '生态环境成本指标',
    ]);
    expect(block.groups[3].rows.map((row) => row.weight)).toEqual([10, 10, null, null]);
  });

  it('writes the report year into 时效 targets: 2024年12月31日前', () => {
    const block = buildIndicatorBlock(
      mustFind(findPreset('project'), 'project'),
      mustFind(findScheme('national'), 'n'),
      { year: YEAR },
    );
    expect(block.groups[0].rows.find((row) => row.level2 === '时效指标')?.target).toBe('2024年12月31日前');
  });

  it('leaves out empty 二级指标 rows when asked', () => {
    const block = buildIndicatorBlock(
      mustFind(findPreset('petition'), 'p'),
      mustFind(findScheme('national'), 'n'),
      { year: YEAR, emptyLevel2: false },
    );
    expect(block.groups[1].rows.map((row) => row.level2)).toEqual(['社会效益指标', '可持续影响指标']);
    expect(block.groups[1].rows.map((row) => row.weight)).toEqual([15, 15]);
  });
});
