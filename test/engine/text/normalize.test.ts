// isTidy and normalizeLabel's quick test are regexes; normalizeLabel's own loop reads white space and quotes with
// isSpace / isQuote. Over every UTF-16 code unit, the two must agree on what is white space.
import { isTidy, normalizeLabel } from '../../../src/engine/text/normalize';

/** The quotes normalizeLabel drops, and the full-width forms of " and ' that become them. */
const QUOTES = new Set([
  0x22, 0x27, 0x2018, 0x2019, 0x201c, 0x201d, 0x300c, 0x300d, 0x300e, 0x300f, 0xff02, 0xff07,
]);

describe('white space, as the label loop and the regexes read it', () => {
  it('calls a character untidy exactly when normalizeLabel drops it and it is no quote (every code unit)', () => {
    const disagree: string[] = [];
    let spaces = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      const dropped = normalizeLabel(text) === 'ab';
      const space = dropped && !QUOTES.has(code) && code !== 0x20;
      if (space) spaces++;
      if (isTidy(text) === space) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
    // Tab to carriage return, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
    expect(spaces).toBe(25);
  });

  it('calls a space at either end or two in a row untidy, one inside tidy', () => {
    expect([' 项目', '项目 ', '项  目', '项 目'].map(isTidy)).toEqual([false, false, false, true]);
  });
});
