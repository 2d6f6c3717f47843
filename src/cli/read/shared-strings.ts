// The shared string table: each <si> is its plain <t>, or its rich-text runs joined; phonetic guides (<rPh>) are
// not part of the text. Escapes like _x000D_ are decoded as Excel does.
import { decodeEscapes, textAt } from './xml-text';

export function readSharedStrings(bytes: Buffer | undefined): string[] {
  if (!bytes) return [];
  const xml = bytes.toString('latin1');
  const strings: string[] = [];
  let at = xml.indexOf('<si');
  while (at >= 0) {
    const selfClosing = xml.indexOf('/>', at);
    const open = xml.indexOf('>', at);
    if (open < 0) break;
    if (selfClosing === open - 1) {
      strings.push('');
      at = xml.indexOf('<si', open);
      continue;
    }
    const close = xml.indexOf('</si>', open);
    if (close < 0) break;
    strings.push(itemText(bytes, xml, open + 1, close, true));
    at = xml.indexOf('<si', close);
  }
  return strings;
}

/**
 * Text of the <t> elements between `start` and `end`, outside <rPh>; used for <si> and inline <is>. ExcelJS
 * decodes _xHHHH_ escapes in shared strings and rich-text runs but not in an inline string's plain <t>; the
 * reader must give the grids ExcelJS gave, so `escapes` says which.
 */
export function itemText(bytes: Buffer, xml: string, start: number, end: number, escapes: boolean): string {
  // Searches stay inside this item: a search running on to the part's end would make reading quadratic.
  const part = xml.slice(start, end);
  let text = '';
  let at = 0;
  for (;;) {
    const t = part.indexOf('<t', at);
    if (t < 0) break;
    const next = part.charCodeAt(t + 2);
    const tagEnd = part.indexOf('>', t);
    if (tagEnd < 0) break;
    if (next !== 62 && next !== 32 && next !== 47) {
      at = tagEnd;
      continue;
    }
    const phonetic = part.lastIndexOf('<rPh', t);
    if (phonetic >= 0 && part.lastIndexOf('</rPh>', t) < phonetic) {
      at = part.indexOf('</rPh>', t);
      if (at < 0) break;
      continue;
    }
    if (part.charCodeAt(tagEnd - 1) === 47) {
      at = tagEnd;
      continue;
    }
    const close = part.indexOf('</t>', tagEnd);
    if (close < 0) break;
    text += textAt(bytes, start + tagEnd + 1, start + close);
    at = close + 4;
  }
  return escapes ? decodeEscapes(text) : text;
}
