/**
 * The unit after a figure ("万元", "次", "m²", "元/人"): a letter, other symbol or other number, then up to three
 * more or '/'. Spelled with Unicode property classes, which V8 takes several milliseconds to compile the first
 * time a pattern runs, in every worker thread. Text made only of the characters figures are nearly always
 * written in (COMMON below) is therefore matched with the same class spelled out for those characters; only
 * other text (a '²', a '℃') compiles the property form. Both answer alike for every character of COMMON (a test
 * checks each one), so a pattern matches the same way whichever form reads the text.
 */

const UNIT_CHAR = String.raw`\p{L}\p{So}\p{No}`;

/** The members of UNIT_CHAR among the COMMON characters, generated from UNIT_CHAR. */
export const COMMON_UNIT_CHAR = String.raw`A-Za-z\u3004-\u3006\u3012\u3013\u3020\u3031-\u3037\u303b\u303c\u303e\u303f\u3400-\u4dbf\u4e00-\u9fff\uff21-\uff3a\uff41-\uff5a`;

/**
 * ASCII, general punctuation (— … “ ”), mathematical operators (≥ ≤), CJK symbols and punctuation (、。【】),
 * CJK ideographs, and the full-width forms up to U+FF65.
 */
export const COMMON_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x007f],
  [0x2000, 0x206f],
  [0x2200, 0x22ff],
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff00, 0xff65],
];

/**
 * Text made only of COMMON characters, as one regex generated from COMMON_RANGES: asked before every figure and
 * target pattern, mostly by unoptimised code, where a compiled regex beats a character loop.
 */
const ALL_COMMON = new RegExp(
  `^[${COMMON_RANGES.map(([low, high]) => `${unicodeEscape(low)}-${unicodeEscape(high)}`).join('')}]*$`,
);

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export function isCommonText(text: string): boolean {
  return ALL_COMMON.test(text);
}

/** A unit pattern over the given character class. */
function unitPattern(chars: string): string {
  return `[${chars}][${chars}/]{0,3}`;
}

/** A regular expression with a unit in it, in both forms; `source` places the unit pattern in the whole. */
export class UnitPattern {
  private readonly common: RegExp;
  private full: RegExp | undefined;

  constructor(
    private readonly source: (unit: string) => string,
    private readonly flags: string,
  ) {
    this.common = new RegExp(source(unitPattern(COMMON_UNIT_CHAR)), flags);
  }

  /** RegExp.exec (the patterns are not global, so no state is kept between calls). */
  exec(text: string): RegExpExecArray | null {
    if (isCommonText(text)) return this.common.exec(text);
    this.full ??= new RegExp(this.source(unitPattern(UNIT_CHAR)), this.flags);
    return this.full.exec(text);
  }
}
