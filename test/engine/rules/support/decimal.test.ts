import {
  exactSum,
  formatFixed,
  neededDecimals,
  roundHalfUp,
  sameAt,
  toUnits,
} from '../../../../src/engine/rules/support/decimal';

describe('exact decimals for comparing figures', () => {
  it('rounds half away from zero despite binary noise: 9.285 → 9.29, 1.005 → 1.01, -1.005 → -1.01', () => {
    expect(roundHalfUp(10 * 0.9285, 2)).toBe(9.29);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(toUnits(-0.004, 2)).toBe(0);
    expect(Object.is(toUnits(-0.004, 2), -0)).toBe(false);
  });

  it('rounds 10 × 767.27 / 826.36 = 9.2849 down to 9.28', () => {
    expect(roundHalfUp((10 * 767.27) / 826.36, 2)).toBe(9.28);
    expect(sameAt((10 * 767.27) / 826.36, 9.29, 2)).toBe(false);
    expect(sameAt(767.27 / 826.36, 0.9285, 4)).toBe(true);
  });

  it('adds figures without float noise: 0.1 + 0.2 = 0.3, 5.41 + 0 + 5.41 = 10.82', () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([5.41, 0, 5.41])).toBe(10.82);
    expect(exactSum([25, 7.2, 1.8])).toBe(34);
  });

  it('writes values the way a sheet shows them', () => {
    expect(formatFixed(9.285, 2)).toBe('9.29');
    expect(formatFixed(0, 2)).toBe('0.00');
    expect(formatFixed(-0.5, 0)).toBe('-1');
    expect(formatFixed(0.05, 2)).toBe('0.05');
    expect(formatFixed(92.849, 2)).toBe('92.85');
    expect(formatFixed(106, 0)).toBe('106');
  });

  it('needs only the decimals a value has: 9.01 → 2, 27.2 → 1, 34 → 0', () => {
    expect(neededDecimals(9.01, 2)).toBe(2);
    expect(neededDecimals(27.2, 2)).toBe(1);
    expect(neededDecimals(34, 2)).toBe(0);
    expect(neededDecimals(9.28491, 4)).toBe(4);
  });
});
