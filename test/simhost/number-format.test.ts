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
