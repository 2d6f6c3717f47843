import { areaToA1, columnLetters, parseA1, parseA1Area, toA1, rowsToA1 } from '../../../src/engine/grid/a1';

describe('A1 addresses', () => {
  it('names columns past Z', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16383)).toBe('XFD');
  });

  it('round-trips cells and areas', () => {
    expect(toA1(2, 1)).toBe('B3');
    expect(parseA1('$B$3')).toEqual({ row: 2, col: 1 });
    expect(parseA1Area('Sheet1!B3:D5')).toEqual({ top: 2, left: 1, bottom: 4, right: 3 });
    expect(areaToA1({ top: 2, left: 1, bottom: 2, right: 1 })).toBe('B3');
    expect(parseA1('3B')).toBeUndefined();
  });
});

it.each([
  [0, 0, false, '1:1'],
  [11, 12, false, '12:13'],
  [11, 11, true, '$12:$12'],
])('writes rows %i–%i (absolute: %s) as %s', (top, bottom, absolute, expected) => {
  expect(rowsToA1(top, bottom, absolute)).toBe(expected);
});
