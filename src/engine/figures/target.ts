/**
 * 年度指标值 as written: "≥95%", ">=95%", "≤127.73 万元", "=100%", "100%" (bare means '='), "600次以上",
 * "不低于90%", deadlines "2024年12月31日之前完成" / "2025.6.30前", and words ("健全", "全区走访登记").
 * Only a comparison word, one number, an optional '%' or unit and an optional 以上/以下 make a quantitative
 * target; anything more is qualitative, because a target misread as a number would raise false alarms.
 */

import { tokenValue } from './decimal';
import { NUMBER_PATTERN, blankReason, cleanFigureText, isCalendarYear, toToken } from './text-figure';
import type { Comparison, Target } from './types';
import { UnitPattern } from './unit-pattern';

/** Longest first, so "大于等于" wins over "大于" and ">=" over ">". */
const PREFIXES: ReadonlyArray<readonly [string, Comparison]> = (
  [
    ['大于或等于', '>='],
    ['大于等于', '>='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不小于', '>='],
    ['达到', '>='],
    ['至少', '>='],
    ['\\geq', '>='],
    ['\\ge', '>='],
    ['>=', '>='],
    ['=>', '>='],
    ['≥', '>='],
    ['⩾', '>='],
    ['≧', '>='],
    ['小于或等于', '<='],
    ['小于等于', '<='],
    ['不超过', '<='],
    ['不高于', '<='],
    ['不大于', '<='],
    ['不多于', '<='],
    ['控制在', '<='],
    ['\\leq', '<='],
    ['\\le', '<='],
    ['<=', '<='],
    ['=<', '<='],
    ['≤', '<='],
    ['⩽', '<='],
    ['≦', '<='],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['多于', '>'],
    ['>', '>'],
    ['小于', '<'],
    ['低于', '<'],
    ['少于', '<'],
    ['<', '<'],
    ['等于', '='],
    ['==', '='],
    ['=', '='],
    ['﹦', '='], // the small-form equals some templates' 指标性质 uses
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * PREFIXES by their first character, each list in PREFIXES' order: a target is tried against the few words that
 * can start it rather than all forty (most targets start with a digit or ≥, and many with none of them).
 */
const PREFIXES_BY_FIRST = new Map<string, (readonly [string, Comparison])[]>();
for (const prefix of PREFIXES) {
  const list = PREFIXES_BY_FIRST.get(prefix[0][0]);
  if (list) list.push(prefix);
  else PREFIXES_BY_FIRST.set(prefix[0][0], [prefix]);
}

function prefixOf(text: string): readonly [string, Comparison] | undefined {
  const candidates = PREFIXES_BY_FIRST.get(text[0]);
  if (candidates === undefined) return undefined;
  for (const candidate of candidates) if (text.startsWith(candidate[0])) return candidate;
  return undefined;
}

const SUFFIXES: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/(?:及|或)?以上$/, '>='],
  [/(?:及|或)?(?:以下|以内|之内)$/, '<='],
  // "3个工作日内", "24小时内": a limit, as 以内.
  [/内$/, '<='],
];

/** One number, '%' or a unit, and at most a bracketed remark: "≥95%（含）". */
const QUANTITY = new UnitPattern(
  (unit) => String.raw`^${NUMBER_PATTERN}\s*(%)?\s*(${unit})?\s*(?:[(\[【〔][^)\]】〕]*[)\]】〕])?$`,
  'u',
);

/** What may follow a date in a deadline: "前", "之前完成", "前办结", "止". */
const DEADLINE_TAIL = String.raw`(?:之前|以前|前|为止|止)?\s*(?:完成|办结|结束|到位|完工|落实|实施)?`;

/** "2024年12月31日之前完成", "2025.6.30前", "2024-12-31". */
const FULL_DATE = new RegExp(
  String.raw`^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日号]?\s*${DEADLINE_TAIL}$`,
);
/** "2024年6月底前", "2024年底": the last day of the month or year. */
const MONTH_END = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)?\s*${DEADLINE_TAIL}$`);
/** "2024年底", "2024年内完成", or a bare "2024年" under 时效指标: by the end of that year. */
const YEAR_END = new RegExp(String.raw`^(\d{4})\s*年\s*(?:底|末|内|度)?\s*${DEADLINE_TAIL}$`);

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function deadline(year: number, month: number, day: number): Target | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOf(year, month)) return undefined;
  return { kind: 'deadline', year, month, day };
}

function parseDeadline(text: string): Target | undefined {
  // Every deadline starts with a four-digit year: other targets skip the three patterns.
  if (!startsWithYear(text)) return undefined;
  const full = FULL_DATE.exec(text);
  if (full) return deadline(Number(full[1]), Number(full[2]), Number(full[3]));
  const monthEnd = MONTH_END.exec(text);
  if (monthEnd) {
    const [year, month] = [Number(monthEnd[1]), Number(monthEnd[2])];
    return month >= 1 && month <= 12 ? deadline(year, month, lastDayOf(year, month)) : undefined;
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) return deadline(Number(yearEnd[1]), 12, 31);
  return undefined;
}

function startsWithYear(text: string): boolean {
  if (text.length < 4) return false;
  for (let i = 0; i < 4; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Every suffix ends with 上, 下 or 内: text ending otherwise skips the three patterns. */
function mayHaveSuffix(text: string): boolean {
  const last = text[text.length - 1];
  return last === '上' || last === '下' || last === '内';
}

function parseQuantity(text: string): Target | undefined {
  const prefix = prefixOf(text);
  let rest = prefix ? text.slice(prefix[0].length).trim() : text;
  const suffix = mayHaveSuffix(rest) ? SUFFIXES.find(([pattern]) => pattern.test(rest)) : undefined;
  if (suffix) rest = rest.replace(suffix[0], '').trim();
  if (prefix && suffix && prefix[1][0] !== suffix[1][0]) return undefined; // "≥5以下" contradicts itself
  rest = rest.trim();
  // QUANTITY starts with a sign, a digit or a point: words ("健全", "全区走访登记") are turned away before it.
  const first = rest.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e))
    return undefined;
  const match = QUANTITY.exec(rest);
  if (!match) return undefined;
  const [, sign, digits, exponent, percentSign, unit] = match;
  const percent = percentSign === '%';
  const token = toToken(sign, digits, exponent);
  const value = tokenValue(token, percent ? -2 : 0);
  if (!Number.isFinite(value) || isCalendarYear(value, unit ?? '')) return undefined;
  return {
    kind: 'quantitative',
    comparison: prefix?.[1] ?? suffix?.[1] ?? '=',
    value,
    percent,
    unit: percent ? '%' : (unit ?? ''),
  };
}

/** Reads a 年度指标值. Percent targets give fractions. Never throws. */
export function parseTarget(text: string): Target {
  const raw = typeof text === 'string' ? text : '';
  const clean = cleanFigureText(raw);
  const blank = blankReason(clean);
  if (blank && blank.reason !== 'not-finite') return { kind: 'none' };
  return parseDeadline(clean) ?? parseQuantity(clean) ?? { kind: 'qualitative', text: raw.trim() };
}

/** The comparison a 年度指标值 states in words or symbols ("≥95%", "600次以上"); undefined for a bare figure. */
export function statedComparison(text: string): Comparison | undefined {
  const clean = cleanFigureText(typeof text === 'string' ? text : '');
  const prefix = prefixOf(clean);
  if (prefix) return prefix[1];
  return SUFFIXES.find(([pattern]) => pattern.test(clean))?.[1];
}
