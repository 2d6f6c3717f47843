import { readNumberFormat } from '../../../src/engine/figures/number-format';

describe('readNumberFormat says how Excel shows a figure', () => {
  const cases: [format: string, value: number, percent: boolean, decimals: number | undefined][] = [
    ['General', 9.2, false, undefined],
    ['G/通用格式', 9.2, false, undefined],
    ['@', 9.2, false, undefined],
    ['', 9.2, false, undefined],
    ['0', 9.2, false, 0],
    ['0.00', 9.2, false, 2],
    ['#,##0.00', 1234.5, false, 2],
    ['0.00%', 0.9285, true, 2],
    ['0%', 0.9285, true, 0],
    ['0.0#', 5, false, 1],
    ['0.0#', 5.25, false, 2],
    ['0.00"万元"', 127.73, false, 2],
    ['0"."00', 127.73, false, 0], // the dot is a literal, not a decimal point
    ['[Red]0.000', 1, false, 3],
    ['[$-804]0.0', 1, false, 1],
    ['0.00;[Red]-0.0', -3.5, false, 1],
    ['0.00;-0.00;"-"', 0, false, undefined],
    ['_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', 0, false, 0],
    ['0.00E+00', 12345, false, undefined],
    ['yyyy-mm-dd', 45000, false, undefined],
    ['# ?/?', 0.5, false, undefined],
  ];

  it.each(cases)('%j for %d → percent %s, decimals %s', (format, value, percent, decimals) => {
    expect(readNumberFormat(format, value)).toEqual({ percent, decimals });
  });
});
