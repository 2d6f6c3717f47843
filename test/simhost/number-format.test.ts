import { formatValue } from '../../src/simhost';

describe("Excel's displayed text", () => {
  it.each([
    [0.9012, '0.00%', '90.12%'],
    [0.9, '0%', '90%'],
    [0.9285, '0.00%', '92.85%'],
    [9.005, '0.00', '9.01'],
    [1.005, '0.00', '1.01'],
    [123.47, '0', '123'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0', '-1,235'],
    [605.21, 'General', '605.21'],
    [1 / 3, 'General', '0.333333333'], // General fits 11 characters
    [10, 'General', '10'],
    [true, 'General', 'TRUE'],
    ['合规', '@', '合规'],
    [null, '0.00', ''],
  ])('shows %p under %s as %s', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });
});

describe("Excel's displayed text, beyond the templates' usual formats", () => {
  it.each([
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '0.00;-0.00;"—"', '—'],
    [-0.5, '[Red]0.0', '-0.5'],
    [12.5, '0.0#', '12.5'],
    [12.345, '0.0#', '12.35'],
    [1234567, '#,##0,', '1,235'],
    [605.21, '0.00"万元"', '605.21万元'],
    [1.23456e12, 'General', '1.23456E+12'],
    [1e-10, 'General', '1E-10'],
    [2.675, '0.00', '2.68'], // 2.675 is 2.67499… as a double; Excel rounds its 15 digits, 2.67500000000000
    [0.1 + 0.2, 'General', '0.3'],
    [123456.789, 'General', '123456.789'],
  ])('shows %p under %s as %s', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });
});
