/**
 * Label normalisation: filers type the same label a dozen ways (full-width punctuation, stray spaces,
 * line breaks inside a cell, “三公”经费 vs 三公经费). Recognition compares normalised text only.
 *
 * Both functions below walk the text once and return it untouched when nothing needs changing (most labels):
 * they run for every label of every sheet, and the regex-replace chain they replace allocated a string per step.
 */

/** The half-width form of one UTF-16 unit: full-width ASCII (！ to ～) and the ideographic space; else -1. */
function halfWidthOf(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : -1;
}

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  let copied = 0; // text[copied, i) is still to be copied to `out`
  for (let i = 0; i < text.length; i++) {
    const half = halfWidthOf(text.charCodeAt(i));
    if (half < 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(half);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** What `/[\s\u00a0\u200b\u3000]/` matches: JavaScript's white space and line terminators, and U+200B. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  // Above U+3000 only U+FEFF: ideographs, the commonest characters here, answer after three comparisons.
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The quotes normalizeLabel drops: " ' “ ” ‘ ’ 「 」 『 』. */
function isQuote(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    (code >= 0x2018 && code <= 0x2019) ||
    (code >= 0x201c && code <= 0x201d) ||
    (code >= 0x300c && code <= 0x300f)
  );
}

/** Half-width, no whitespace or line breaks, no quotes, lower-case Latin: "“三公”经费 " → "三公经费". */
export function normalizeLabel(text: string): string {
  // Most labels hold nothing to change but case. A regex answers that faster than the loop below while this code
  // is still unoptimised (a worker's first hundred files): regexes run compiled from their first use.
  if (!TO_NORMALIZE.test(text)) return text.toLowerCase();
  // Half-width first, then spaces and quotes dropped (a full-width ＂ becomes a quote and goes too).
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const half = halfWidthOf(code);
    const shown = half < 0 ? code : half;
    if (half < 0 && !isSpace(shown) && !isQuote(shown)) continue;
    out += text.slice(copied, i);
    if (!isSpace(shown) && !isQuote(shown)) out += String.fromCharCode(shown);
    copied = i + 1;
  }
  return (copied === 0 ? text : out + text.slice(copied)).toLowerCase();
}

/** Like normalizeLabel but also drops a parenthesised remark: "产出指标（50分)" → "产出指标". */
export function labelCore(text: string): string {
  return coreOfNormalized(normalizeLabel(text));
}

/** labelCore of a text already normalised. */
export function coreOfNormalized(norm: string): string {
  const bare = norm.includes('(') ? norm.replace(/\([^)]*\)?/g, '') : norm;
  return bare.endsWith(':') || bare.endsWith('：') ? bare.slice(0, -1) : bare;
}

/**
 * Whether text is already "tidy": nothing but single ASCII spaces between its words, none at either end, so
 * collapsing runs of white space and trimming would give it back unchanged. The common case; callers skip
 * their regex passes for it.
 */
export function isTidy(text: string): boolean {
  // A regex rather than a character loop: asked of every label and figure text, mostly by unoptimised code, where
  // the compiled regex is about 2.5 times faster (measured over the 28,000 cells of 100 workbooks).
  return !UNTIDY.test(text);
}

// Both classes take isSpace's white space as its definition says, `\s` and U+200B, rather than a copy of its list.

/** Untidy: white space other than ' ', a space at either end, or two in a row. */
const UNTIDY = /[^\S ]|\u200b|^ | $| {2}/;

/** What normalizeLabel changes: white space, quotes (isQuote), full-width forms and U+3000 (halfWidthOf). */
const TO_NORMALIZE = /[\s\u200b"'\u2018\u2019\u201c\u201d\u300c-\u300f\uff01-\uff5e]/;
