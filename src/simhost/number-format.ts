// What Excel shows (`range.text`) for a value under a number format; numbers go through the one formatter the
// CLI uses too, so the simulated host and ExcelJS-read workbooks agree on every displayed figure.
import { formatNumber } from '../engine/grid/format-number';
import type { SimValue } from './state';

export function formatValue(value: SimValue, numberFormat = 'General'): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return formatNumber(value, numberFormat);
}
