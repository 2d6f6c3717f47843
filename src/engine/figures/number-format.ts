/**
 * What an Excel number format says about a figure: whether it shows a percent and how many decimals.
 * Only the parts that matter for comparing figures; dates, fractions and scientific formats give up
 * (`decimals: undefined`) and the caller falls back to the displayed text or the value's own digits.
 */

import { splitSections } from '../grid/format-number';
import { ownDecimals } from './decimal';

export interface FormatReading {
  /** The format shows the value ×100 with a '%' sign. */
  readonly percent: boolean;
  /** Decimals shown, or undefined when the format does not fix them (General, '@', dates, scientific). */
  readonly decimals: number | undefined;
}

const GENERAL = { percent: false, decimals: undefined } as const;

/** One section read on its own; `places` set when '#' places make the decimals depend on the value. */
interface SectionReading extends FormatReading {
  readonly places?: number;
}

function sectionFor<T>(sections: readonly T[], value: number): T {
  if (value < 0 && sections.length > 1) return sections[1];
  if (value === 0 && sections.length > 2) return sections[2];
  return sections[0];
}

/** Drops what never shows digits: "literals", \x escapes, [colours]/[$-804], and _x / *x padding. */
function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]?/g, '')
    .replace(/[_*]./g, '');
}

/** Chinese Excel spells General "G/通用格式". */
const GENERAL_NAMES = /general|G\/通用格式/i;

/** Letters that make a section a date/time, or an exponent that makes it scientific. */
const NOT_PLAIN = /[ymdhsabe]|上午|下午/i;

/**
 * Sections read by format string, shared by every sheet: a workbook uses a handful of formats ('General',
 * '0.00', '0.00%') on every figure cell, and reading one costs several regex passes. Bounded; emptied when full.
 */
const READINGS = new Map<string, readonly SectionReading[]>();
const MAX_READINGS = 512;

/** How `format` shows `value`. Never throws; anything unrecognised reads as General. */
export function readNumberFormat(format: string | undefined, value: number): FormatReading {
  if (!format) return GENERAL;
  let sections = READINGS.get(format);
  if (!sections) {
    sections = splitSections(format).map(readSection);
    if (READINGS.size >= MAX_READINGS) READINGS.clear();
    READINGS.set(format, sections);
  }
  const reading = sectionFor(sections, value);
  if (reading.places === undefined) return reading;
  // '#' places show only when the value has the digit: "0.0#" shows 0.5 as 0.5 and 0.25 as 0.25.
  const shown = ownDecimals(reading.percent ? value * 100 : value, reading.places);
  return { percent: reading.percent, decimals: Math.max(reading.decimals ?? 0, shown) };
}

function readSection(raw: string): SectionReading {
  if (GENERAL_NAMES.test(raw)) return GENERAL;
  const section = stripLiterals(raw);
  if (section.trim() === '' || section.trim() === '@') return GENERAL;
  const percent = section.includes('%');
  if (NOT_PLAIN.test(section) || section.includes('/')) return { percent, decimals: undefined };
  const placeholders = /\.([0#?]*)/.exec(section);
  if (!placeholders) return { percent, decimals: /[0#?]/.test(section) ? 0 : undefined };
  const run = placeholders[1];
  const fixed = run.replace(/#/g, '').length;
  if (fixed === run.length) return { percent, decimals: fixed };
  return { percent, decimals: fixed, places: run.length };
}
