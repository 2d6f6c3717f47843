import { formatNumber } from '../../../src/engine/grid/format-number';

describe('formatNumber: what Excel shows', () => {
  it.each([
    [0.9285, '0.00%', '92.85%'],
    [0.9012, '0.00%', '90.12%'],
    [1, '0%', '100%'],
    [9.29, '0.00', '9.29'],
    [10, '0.00', '10.00'],
    [767.27, 'General', '767.27'],
    [11 / 13, 'General', '0.846153846'], // Excel shows =11/13 in 11 characters
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [605.21, '0.00"万元"', '605.21万元'],
    [-5.5, '0.0', '-5.5'],
    [-5.5, '0.0;(0.0)', '(5.5)'],
    [1.005, '0.00', '1.01'],
    [3.1, '0.0#', '3.1'],
  ])('shows %p under %p as %p', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});
