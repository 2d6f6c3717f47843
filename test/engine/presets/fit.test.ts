import {
  fitRowHeights,
  heightForLines,
  isWideChar,
  wrapLines,
} from '../../../src/engine/presets/templates/fit';

describe('wrapLines', () => {
  it.each([
    // text, width (Excel units), lines at 10.5 pt (14 px an ideograph, 7 px a unit, 4 px padding)
    ['一级指标', 9, ['一级指标']],
    ['年度预算申请', 9, ['年度预算', '申请']],
    ['年初\n预算数', 15, ['年初', '预算数']],
    ['满意度指标（10分）', 19, ['满意度指标（10分）']],
    ['满意度指标（10分）', 17, ['满意度指标（10分', '）']],
    ['', 10, ['']],
  ] as const)('%j in %d units → %j', (text, width, lines) => {
    expect(wrapLines(text, width, 10.5)).toEqual(lines);
  });

  it('gives more room per unit when the renderer does (LibreOffice)', () => {
    expect(wrapLines('年度预算申请', 9, 10.5, 9)).toEqual(['年度预算申', '请']);
  });

  it('counts ideographs, full-width forms and ≥ as wide, digits and Latin as narrow', () => {
    expect(['中', '（', '≥', '㎡'].map(isWideChar)).toEqual([true, true, true, true]);
    expect(['1', 'a', '%', '.'].map(isWideChar)).toEqual([false, false, false, false]);
  });
});

describe('fitRowHeights', () => {
  const one = heightForLines(1, 10.5);
  const two = heightForLines(2, 10.5);

  it('makes a row as tall as its tallest wrapped cell, keeps taller minimums, and one line elsewhere', () => {
    const heights = fitRowHeights({
      rowCount: 4,
      writes: [
        { row: 0, col: 0, value: '短' },
        { row: 1, col: 0, value: '年初\n预算数' },
        { row: 1, col: 1, value: 12 },
        { row: 2, col: 0, value: '=SUM(A1:A2)', formula: '=SUM(A1:A2)' },
      ],
      merges: [],
      columnWidths: [10, 10],
      styles: [],
      bodyFontSize: 10.5,
      minimums: [{ row: 3, height: 60 }],
    });
    expect(heights).toEqual([
      { row: 0, height: one },
      { row: 1, height: two },
      { row: 2, height: one },
      { row: 3, height: 60 },
    ]);
  });

  it('measures a horizontal merge over its columns and at its style’s font size', () => {
    const text = '楼堂馆所控制情况';
    const base = { rowCount: 1, bodyFontSize: 10.5, minimums: [], columnWidths: [9, 9] };
    const alone = fitRowHeights({
      ...base,
      writes: [{ row: 0, col: 0, value: text }],
      merges: [],
      styles: [],
    });
    const merged = fitRowHeights({
      ...base,
      writes: [{ row: 0, col: 0, value: text }],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      styles: [],
    });
    const small = fitRowHeights({
      ...base,
      writes: [{ row: 0, col: 0, value: text }],
      merges: [],
      styles: [{ area: { top: 0, left: 0, bottom: 0, right: 0 }, style: { fontSize: 9 } }],
    });
    expect(alone[0].height).toBe(two);
    expect(merged[0].height).toBe(one);
    expect(small[0].height).toBe(heightForLines(2, 9));
  });

  it('spreads what a vertically merged label needs over its rows only when they fall short', () => {
    const label = '年度预算\n申请\n（万元）';
    const heights = fitRowHeights({
      rowCount: 3,
      writes: [{ row: 0, col: 0, value: label }],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
      columnWidths: [9],
      styles: [],
      bodyFontSize: 10.5,
      minimums: [],
    });
    const need = heightForLines(3, 10.5);
    expect(heights[0].height + heights[1].height).toBeGreaterThanOrEqual(need);
    expect(heights[0].height).toBe(heights[1].height);
    expect(heights[2].height).toBe(one);
  });
});
