import {
  COMMON_RANGES,
  COMMON_UNIT_CHAR,
  UnitPattern,
  isCommonText,
} from '../../../src/engine/figures/unit-pattern';

describe('unit pattern', () => {
  it('spells out exactly the unit characters among the common ones', () => {
    const full = /^[\p{L}\p{So}\p{No}]$/u;
    const common = new RegExp(`^[${COMMON_UNIT_CHAR}]$`, 'u');
    const disagree: string[] = [];
    for (const [low, high] of COMMON_RANGES) {
      for (let code = low; code <= high; code++) {
        const ch = String.fromCharCode(code);
        if (full.test(ch) !== common.test(ch)) disagree.push(code.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });

  it('tells common text from text that needs the property classes', () => {
    expect(isCommonText('≥95%（含）')).toBe(true);
    expect(isCommonText('605.21万元')).toBe(true);
    expect(isCommonText('12m²')).toBe(false);
    expect(isCommonText('36℃')).toBe(false);
  });

  it('reads units the same in either form', () => {
    const pattern = new UnitPattern((unit) => String.raw`^(\d+)\s*(${unit})?$`, 'u');
    expect(pattern.exec('12万元')?.[2]).toBe('万元');
    expect(pattern.exec('12m²')?.[2]).toBe('m²');
    expect(pattern.exec('12℃')?.[2]).toBe('℃');
    expect(pattern.exec('12 元/人')?.[2]).toBe('元/人');
    expect(pattern.exec('12 —')).toBeNull();
  });
});
