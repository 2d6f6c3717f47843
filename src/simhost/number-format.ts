// What Excel shows (`range.text`) for a value under a number format: enough of Excel's formatter for the
// formats self-assessment templates use (General, 0, 0.00, 0.00%, 0%, #,##0.00, #,##0, @).
import type { SimValue } from './state';

export function formatValue(value: SimValue, numberFormat = 'General'): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat.split(';')[0].trim();
  if (format === '' || format === 'General' || format === '@') return formatGeneral(value);
  const percent = format.endsWith('%');
  const core = percent ? format.slice(0, -1) : format;
  const decimals = /\.(0+)/.exec(core)?.[1].length ?? 0;
  const grouped = core.includes('#,##') || core.includes(',0');
  if (!/^[#,0.]+$/.test(core)) return formatGeneral(value);
  const scaled = percent ? value * 100 : value;
  const fixed = roundHalfAwayFromZero(scaled, decimals);
  const body = grouped ? groupThousands(fixed) : fixed;
  return percent ? `${body}%` : body;
}

/** Excel's General shows at most 11 characters' worth of significant digits and drops trailing zeros. */
function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (Math.abs(value) >= 1e11 || (Math.abs(value) < 1e-9 && value !== 0))
    return value.toExponential(5).toUpperCase();
  const digitsBeforePoint = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  const decimals = Math.max(0, 10 - digitsBeforePoint);
  return String(Number(value.toFixed(decimals)));
}

/** toFixed rounds binary fractions (1.005 → "1.00"); Excel rounds the decimal it shows (1.005 → "1.01"). */
function roundHalfAwayFromZero(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(Number(shifted.toPrecision(15))) / factor;
  const text = rounded.toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `-${text}` : text;
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
