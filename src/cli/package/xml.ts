// Just enough XML to edit OOXML parts as text: find an element, read or set one attribute, escape text. Edits
// splice the original string so everything they do not touch keeps its bytes (whitespace, prefixes, order).

export function escapeText(text: string): string {
  // Characters XML 1.0 cannot carry are written the way Excel writes them (_xHHHH_); a literal "_x" that
  // would read as such an escape is itself escaped.
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
      /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, code: string) => {
    if (code === 'amp') return '&';
    if (code === 'lt') return '<';
    if (code === 'gt') return '>';
    if (code === 'quot') return '"';
    if (code === 'apos') return "'";
    return String.fromCodePoint(code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });
}

/** The value of `name` in a start tag, unescaped; undefined when absent. */
export function getAttr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? '');
}

/** The start tag with `name` set to `value` (added before the tag's end when absent), or removed for undefined. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`(\\s)${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === undefined)
    return tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`), '');
  const quoted = `"${escapeAttr(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_, space: string) => `${space}${name}=${quoted}`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  const head = tag.slice(0, end).replace(/\s+$/, '');
  return `${head} ${name}=${quoted}${tag.slice(end)}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An element's span in `xml`: start tag, inner text, whole; the first one at or after `from`. */
export interface ElementSpan {
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  /** Undefined for a self-closing element. */
  readonly inner?: string;
  readonly innerStart: number;
}

/**
 * Finds the first `<prefix:name …>…</prefix:name>` (or self-closing) element. Elements of the same name must not
 * nest, which holds for every element this module looks for.
 */
export function findElement(xml: string, qname: string, from = 0): ElementSpan | undefined {
  const open = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return undefined;
  const tagEnd = startTagEnd(xml, match.index);
  const startTag = xml.slice(match.index, tagEnd);
  if (startTag.endsWith('/>')) return { start: match.index, end: tagEnd, startTag, innerStart: tagEnd };
  const close = xml.indexOf(`</${qname}>`, tagEnd);
  if (close < 0) return undefined;
  return {
    start: match.index,
    end: close + qname.length + 3,
    startTag,
    inner: xml.slice(tagEnd, close),
    innerStart: tagEnd,
  };
}

export function findElements(xml: string, qname: string): ElementSpan[] {
  const spans: ElementSpan[] = [];
  let from = 0;
  for (;;) {
    const span = findElement(xml, qname, from);
    if (!span) return spans;
    spans.push(span);
    from = span.end;
  }
}

/** Index just past the `>` of the start tag beginning at `at`, skipping quoted attribute values. */
export function startTagEnd(xml: string, at: number): number {
  let quote = '';
  for (let k = at; k < xml.length; k++) {
    const ch = xml[k];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return k + 1;
  }
  return xml.length;
}

/** The namespace prefix ("x:" or "") the document's root element uses. */
export function rootPrefix(xml: string, localName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>]`).exec(xml);
  return match?.[1] ?? '';
}

/**
 * The elements directly inside the element whose content continues at `from` (depth 1 there), up to its end:
 * qualified name and start index. Comments, processing instructions and CDATA are skipped.
 */
export function childElements(xml: string, from: number): { name: string; start: number }[] {
  const children: { name: string; start: number }[] = [];
  let depth = 1;
  let k = from;
  while (k < xml.length) {
    const lt = xml.indexOf('<', k);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      k = xml.indexOf('-->', lt) + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      k = xml.indexOf(']]>', lt) + 3;
      continue;
    }
    if (xml[lt + 1] === '?') {
      k = xml.indexOf('?>', lt) + 2;
      continue;
    }
    const end = startTagEnd(xml, lt);
    if (xml[lt + 1] === '/') {
      depth--;
      if (depth === 0) break;
    } else {
      const name = /^<([^\s/>]+)/.exec(xml.slice(lt, Math.min(end, lt + 200)))?.[1] ?? '';
      if (depth === 1) children.push({ name, start: lt });
      if (xml[end - 2] !== '/') depth++;
    }
    k = end;
  }
  return children;
}

/** Escapes `text` for element content the way `original` was escaped (LibreOffice writes &apos; and &quot;). */
export function escapeTextLike(original: string, text: string): string {
  let escaped = escapeText(text);
  if (original.includes('&apos;')) escaped = escaped.replace(/'/g, '&apos;');
  if (original.includes('&quot;')) escaped = escaped.replace(/"/g, '&quot;');
  return escaped;
}
