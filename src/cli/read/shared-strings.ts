// The shared string table: each <si> is its plain <t>, or its rich-text runs joined; phonetic guides (<rPh>) are
// not part of the text. Escapes like _x000D_ are decoded as Excel does.
import { decodeEntities, decodeEscapes } from './xml-text';

/**
 * The part is decoded as UTF-8 once and scanned as that string: markup is ASCII, so every search finds what a
 * scan of the bytes would find, and each item's text is a slice instead of a decode of its own.
 */
export function readSharedStrings(bytes: Buffer | undefined): string[] {
  if (!bytes) return [];
  const xml = bytes.toString('utf8');
  const strings: string[] = [];
  let at = xml.indexOf('<si');
  while (at >= 0) {
    const open = xml.indexOf('>', at);
    if (open < 0) break;
    // "/>" just before the tag's end: the first "/>" after `at`, as no ">" comes earlier.
    if (xml.charCodeAt(open - 1) === 47) {
      strings.push('');
      at = xml.indexOf('<si', open);
      continue;
    }
    const close = xml.indexOf('</si>', open);
    if (close < 0) break;
    // Searches stay inside this item: a search running on to the part's end would make reading quadratic.
    const item = xml.slice(open + 1, close);
    strings.push(plainItem(item) ?? itemText(item, true));
    at = xml.indexOf('<si', close);
  }
  return strings;
}

/**
 * itemText of the usual item, one <t> and nothing else (`<t>…</t>`), without its search for more runs and
 * phonetic guides; undefined for any other item.
 */
function plainItem(item: string): string | undefined {
  if (!item.startsWith('<t')) return undefined;
  const next = item.charCodeAt(2);
  if (next !== 62 && next !== 32) return undefined;
  const tagEnd = item.indexOf('>');
  const end = item.length - 4;
  if (tagEnd < 0 || end <= tagEnd || item.charCodeAt(tagEnd - 1) === 47) return undefined;
  if (item.indexOf('</t>', tagEnd) !== end) return undefined;
  const run = item.slice(tagEnd + 1, end);
  return decodeEscapes(run.includes('&') ? decodeEntities(run) : run);
}

/**
 * Text of the <t> elements of `item` (the content of an <si> or an inline <is>), outside <rPh>. ExcelJS decodes
 * _xHHHH_ escapes in shared strings and rich-text runs but not in an inline string's plain <t>; the reader must
 * give the grids ExcelJS gave, so `escapes` says which.
 */
export function itemText(item: string, escapes: boolean): string {
  let text = '';
  let at = 0;
  for (;;) {
    const t = item.indexOf('<t', at);
    if (t < 0) break;
    const next = item.charCodeAt(t + 2);
    const tagEnd = item.indexOf('>', t);
    if (tagEnd < 0) break;
    if (next !== 62 && next !== 32 && next !== 47) {
      at = tagEnd;
      continue;
    }
    const phonetic = item.lastIndexOf('<rPh', t);
    if (phonetic >= 0 && item.lastIndexOf('</rPh>', t) < phonetic) {
      at = item.indexOf('</rPh>', t);
      if (at < 0) break;
      continue;
    }
    if (item.charCodeAt(tagEnd - 1) === 47) {
      at = tagEnd;
      continue;
    }
    const close = item.indexOf('</t>', tagEnd);
    if (close < 0) break;
    const run = item.slice(tagEnd + 1, close);
    text += run.includes('&') ? decodeEntities(run) : run;
    at = close + 4;
  }
  return escapes ? decodeEscapes(text) : text;
}
