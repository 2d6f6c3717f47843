/**
 * Label normalisation: filers type the same label a dozen ways (full-width punctuation, stray spaces,
 * line breaks inside a cell, “三公”经费 vs 三公经费). Recognition compares normalised text only.
 */

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const QUOTES = /["'“”‘’「」『』]/g;
const SPACES = /[\s\u00a0\u200b\u3000]+/g;

/** Half-width, no whitespace or line breaks, no quotes, lower-case Latin: "“三公”经费 " → "三公经费". */
export function normalizeLabel(text: string): string {
  return toHalfWidth(text).replace(SPACES, '').replace(QUOTES, '').toLowerCase();
}

/** Like normalizeLabel but also drops a parenthesised remark: "产出指标（50分)" → "产出指标". */
export function labelCore(text: string): string {
  return normalizeLabel(text)
    .replace(/\([^)]*\)?/g, '')
    .replace(/[:：]$/, '');
}
