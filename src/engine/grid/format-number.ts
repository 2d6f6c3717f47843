/**
 * What Excel displays for a number under a number format, for the formats budget templates use
 * ('General', '0', '0.00', '#,##0.00', '0%', '0.00%', '0.00"万元"'). One formatter for every host that has to
 * compute `text` itself: ExcelJS's `cell.text` ignores the format (0.9012 stays "0.9012"), and the simulated
 * Excel host must show what Excel would.
 */
export function formatNumber(value: number, numberFormat: string): string {
  if (!Number.isFinite(value)) return String(value);
  const plan = planOf(numberFormat);
  const isNegative = value < 0;
  const section = isNegative && plan.negative ? plan.negative : plan.positive;
  if (section.kind === 'general') return formatGeneral(value);
  if (section.kind === 'wrapped') return section.prefix + formatGeneral(value) + section.suffix;
  const scaled = Math.abs(value) * 100 ** section.percent;
  let digits = roundHalfAway(scaled, section.decimals).toFixed(section.decimals);
  if (section.decimals > section.minDecimals)
    digits = trimOptionalZeros(digits, section.decimals - section.minDecimals);
  if (section.grouped) digits = groupThousands(digits);
  const sign = isNegative && !plan.negative ? '-' : '';
  return `${sign}${section.prefix}${digits}${'%'.repeat(section.percent)}${section.suffix}`;
}

/** One section of a format, worked out once: General, General inside literal text, or a number code. */
type SectionPlan =
  | { readonly kind: 'general' }
  | { readonly kind: 'wrapped'; readonly prefix: string; readonly suffix: string }
  | {
      readonly kind: 'number';
      readonly prefix: string;
      readonly suffix: string;
      readonly percent: number;
      readonly decimals: number;
      readonly minDecimals: number;
      readonly grouped: boolean;
    };

interface FormatPlan {
  readonly positive: SectionPlan;
  /** The second section, when the format has one: negatives then show without a '-' of their own. */
  readonly negative?: SectionPlan;
}

// A workbook uses a handful of formats for thousands of number cells (the reader formats every one), so each
// format string is parsed once. Bounded: a hostile file's endless distinct formats only cost re-parsing.
const PLANS = new Map<string, FormatPlan>();
const MAX_PLANS = 512;

function planOf(numberFormat: string): FormatPlan {
  let plan = PLANS.get(numberFormat);
  if (!plan) {
    const sections = splitSections(numberFormat);
    plan =
      sections.length > 1
        ? { positive: planSection(sections[0]), negative: planSection(sections[1]) }
        : { positive: planSection(sections[0]) };
    if (PLANS.size >= MAX_PLANS) PLANS.clear();
    PLANS.set(numberFormat, plan);
  }
  return plan;
}

function planSection(section: string): SectionPlan {
  const body = section.replace(/\[[^\]]*\]/g, ''); // colours and conditions: [Red], [>=100]
  if (body === '' || /^general$/i.test(body.trim())) return { kind: 'general' };
  if (body.trim() === '@') return { kind: 'general' };
  const { code, prefix, suffix } = splitLiterals(body);
  if (!/[0#?]/.test(code)) return { kind: 'wrapped', prefix, suffix };
  const decimalPart = /\.([0#?]*)/.exec(code)?.[1] ?? '';
  return {
    kind: 'number',
    prefix,
    suffix,
    percent: (code.match(/%/g) ?? []).length,
    decimals: decimalPart.length,
    minDecimals: (decimalPart.match(/0/g) ?? []).length,
    grouped: code.includes(',') && /[0#],[0#]/.test(code),
  };
}

/** Excel's General: up to 11 significant characters, no trailing zeros; scientific when very large or small. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (Math.abs(value) >= 1e11 || (Math.abs(value) < 1e-9 && value !== 0))
    return value.toExponential(5).toUpperCase();
  // 11 characters in all: the digits before the point take their share of the decimals.
  const digitsBeforePoint = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  return String(Number(value.toFixed(Math.max(0, 10 - digitsBeforePoint))));
}

/** Sections are positive;negative;zero;text. A ';' inside quotes or after a backslash is a literal. */
export function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Separates quoted or escaped literal text before and after the number code. */
function splitLiterals(section: string): { code: string; prefix: string; suffix: string } {
  let prefix = '';
  let suffix = '';
  let code = '';
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    let literal: string | undefined;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      literal = section[i + 1] ?? '';
      i += 2;
    } else if (ch === '_' || ch === '*') {
      i += 2; // padding to the width of a character: nothing visible
      continue;
    } else if (/[0#?.,%]/.test(ch)) {
      code += ch;
      i += 1;
      continue;
    } else {
      // Any other character ("(", ")", "¥", "元", a space) is shown as written.
      literal = ch;
      i += 1;
    }
    if (/[0#?]/.test(code)) suffix += literal;
    else prefix += literal;
  }
  return { code, prefix, suffix };
}

function roundHalfAway(value: number, decimals: number): number {
  // toFixed rounds 1.005 down because of binary representation; nudge by a relative epsilon first.
  const factor = 10 ** decimals;
  return Math.round(value * factor * (1 + Number.EPSILON * 4)) / factor;
}

function trimOptionalZeros(digits: string, optional: number): string {
  let out = digits;
  for (let k = 0; k < optional && out.endsWith('0'); k++) out = out.slice(0, -1);
  return out.endsWith('.') ? out.slice(0, -1) : out;
}

function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
