// The little XML the reader needs: attributes of one tag and text with entities decoded. Part XML is scanned as
// a latin1 string (one char per byte, so offsets are byte offsets) and text is decoded from the bytes as UTF-8.

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** Text between two byte offsets of a part: UTF-8, entities decoded. */
export function textAt(bytes: Buffer, start: number, end: number): string {
  return decodeEntities(bytes.toString('utf8', start, end));
}

/** `_x000D_`-style escapes of characters XML cannot hold, as Excel (and ExcelJS) read them. */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** One attribute's value inside a tag's source `<c r="A1" s="2">`; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    // A whole attribute name: preceded by a blank (or a namespace colon) and followed by =.
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58) continue;
    let k = from;
    while (tag.charCodeAt(k) === 32) k++;
    if (tag[k] !== '=') continue;
    k++;
    while (tag.charCodeAt(k) === 32) k++;
    const quote = tag[k];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, k + 1);
    return close < 0 ? undefined : decodeEntities(tag.slice(k + 1, close));
  }
}

/** Every `<name …>` tag source in `xml` (latin1). A list, not a generator: the parts it reads are small. */
export function tags(xml: string, name: string): string[] {
  const found: string[] = [];
  const open = `<${name}`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const next = xml.charCodeAt(at + open.length);
    const close = xml.indexOf('>', at);
    if (close < 0) break;
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)
      found.push(xml.slice(at, close + 1));
    at = xml.indexOf(open, close);
  }
  return found;
}

/** The first occurrence of `pattern` at or after a position, asked for positions that only grow: linear overall. */
export class NextIndex {
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly pattern: string,
  ) {}

  /** Its offset, or Infinity when there is none. */
  after(position: number): number {
    if (this.found < position) {
      const at = this.text.indexOf(this.pattern, position);
      this.found = at < 0 ? Infinity : at;
    }
    return this.found;
  }
}
