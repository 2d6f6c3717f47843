// Text from workbooks and file names reaches the terminal: control characters (ESC, BEL, OSC-8 links, C1 codes)
// and bidirectional overrides are shown as visible escapes, never sent raw.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\n|\t/g;

export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0').toUpperCase()}`
      : `\\u${code.toString(16).toUpperCase()}`;
  });
}
