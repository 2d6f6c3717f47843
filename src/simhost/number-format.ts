// What Excel shows (`range.text`) for a value under a number format. Written apart from the engine's formatter
// (src/engine/grid/format-number.ts), which the CLI uses and the adapter tests compare against this host: a bug
// there must not be copied here. It covers the formats budget templates use; behaviours and sources in
// ./README.md. Unlike the engine it rounds in decimal on Excel's 15 significant digits, not on the binary double.
import type { SimValue } from './state';

export function formatValue(value: SimValue, numberFormat = 'General'): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return formatNumberText(value, numberFormat);
}

function formatNumberText(value: number, numberFormat: string): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const sections = sectionsOf(numberFormat);
  // positive;negative;zero — a negative number in its own section is shown without its sign.
  let section = sections[0];
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections.length >= 2) [section, sign] = [sections[1], ''];
  else if (value === 0 && sections.length >= 3) section = sections[2];
  const pattern = parsePattern(section.replace(/\[[^\]]*\]/g, ''));
  if (!pattern) return sign + general(Math.abs(value));
  if (!pattern.digits) return pattern.before + pattern.after; // a format of text only shows just that text
  const digits = fixedDigits(Math.abs(value), pattern);
  return `${sign}${pattern.before}${digits}${pattern.after}`;
}

interface Pattern {
  /** False for a section of literal text only ("—"), which shows that text instead of the number. */
  readonly digits: boolean;
  readonly before: string;
  readonly after: string;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouped: boolean;
  /** Powers of ten the value is scaled by: +2 per %, −3 per comma after the last digit. */
  readonly scale: number;
}

/** Splits on ';' outside quotes and escapes. */
function sectionsOf(format: string): string[] {
  const out = [''];
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !inQuotes) {
      out[out.length - 1] += ch + (format[++i] ?? '');
      continue;
    }
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === ';' && !inQuotes) out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

/** The digit pattern and the literal text around it; null for General and text (@). */
function parsePattern(section: string): Pattern | null {
  if (/^\s*(general)?\s*$/i.test(section) || section.trim() === '@') return null;
  let before = '';
  let after = '';
  let code = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal = '';
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      literal = section.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') literal = section[++i] ?? '';
    else if (ch === '_' || ch === '*') {
      i++; // width padding or fill: no visible character of its own in the text
      continue;
    } else if ('0#?.,%'.includes(ch)) {
      code += ch;
      continue;
    } else literal = ch;
    if (/[0#?]/.test(code)) after += literal;
    else before += literal;
  }
  const [whole, fraction = ''] = code.replace(/%/g, '').split('.');
  const trailingCommas = /,*$/.exec(whole)?.[0].length ?? 0;
  const percents = (code.match(/%/g) ?? []).length;
  return {
    digits: /[0#?]/.test(code),
    before,
    after: after + '%'.repeat(percents),
    minDecimals: (fraction.match(/0/g) ?? []).length,
    maxDecimals: (fraction.match(/[0#?]/g) ?? []).length,
    grouped: /[0#?],+[0#?]/.test(whole),
    scale: 2 * percents - 3 * trailingCommas,
  };
}

/** |value| under the pattern: rounded half away from zero at maxDecimals, optional zeros dropped. */
function fixedDigits(abs: number, pattern: Pattern): string {
  let text = roundDecimal(abs, pattern.scale, pattern.maxDecimals);
  if (pattern.maxDecimals > pattern.minDecimals) {
    const [whole, fraction] = text.split('.');
    let kept = fraction;
    while (kept.length > pattern.minDecimals && kept.endsWith('0')) kept = kept.slice(0, -1);
    text = kept ? `${whole}.${kept}` : whole;
  }
  if (pattern.grouped) {
    const [whole, fraction] = text.split('.');
    const withCommas = whole.replace(/\B(?=(\d{3})+$)/g, ',');
    text = fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
  }
  return text;
}

/**
 * abs × 10^scale written with `decimals` decimals. Excel keeps 15 significant digits, so the rounding is done on
 * that decimal text (9.005 → "9.01", as Excel shows), in integers so no binary error creeps back in.
 */
function roundDecimal(abs: number, scale: number, decimals: number): string {
  if (abs === 0) return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  const [mantissa, exponent] = abs.toExponential(14).split('e');
  const significand = BigInt(mantissa.replace('.', '')); // 15 digits: d.dddddddddddddd × 10^exponent
  const shift = Number(exponent) - 14 + scale + decimals; // significand × 10^shift = the result × 10^decimals
  let units: bigint;
  if (shift >= 0) units = significand * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    units = significand / divisor;
    if ((significand % divisor) * 2n >= divisor) units += 1n;
  }
  const text = units.toString().padStart(decimals + 1, '0');
  return decimals > 0 ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text;
}

/** General: whole numbers as they are; others in at most 11 characters, trailing zeros dropped; very large or
 *  very small numbers in scientific notation with a 5-decimal mantissa ("1.23457E+11"). */
function general(abs: number): string {
  if (abs === 0) return '0';
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = abs.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  if (Number.isInteger(abs)) return String(abs);
  const wholeDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const text = roundDecimal(abs, 0, Math.max(0, 10 - wholeDigits));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
