// The shared string table: each <si> is its plain <t>, or its rich-text runs joined; phonetic guides (<rPh>) are
// not part of the text. Escapes like _x000D_ are decoded as Excel does.
import { NextIndex, decodeEntities, decodeEscapes } from './xml-text';

/**
 * The part is decoded as UTF-8 once and scanned as that string: markup is ASCII, so every search finds what a
 * scan of the bytes would find, and each item's text is a slice instead of a decode of its own.
 */
export function readSharedStrings(bytes: Buffer | undefined): string[] {
  if (!bytes) return [];
  const xml = bytes.toString('utf8');
  const strings: string[] = [];
  const phonetics = new NextIndex(xml, '<rPh');
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
    strings.push(itemText(xml, open + 1, close, true, phonetics.after(open + 1) < close));
    at = xml.indexOf('<si', close);
  }
  return strings;
}

/**
 * Text of the <t> elements of xml[start, end), outside <rPh>; used for <si> and inline <is>. ExcelJS decodes
 * _xHHHH_ escapes in shared strings and rich-text runs but not in an inline string's plain <t>; the reader must
 * give the grids ExcelJS gave, so `escapes` says which. `phonetic`: whether the item may hold an <rPh>.
 */
export function itemText(xml: string, start: number, end: number, escapes: boolean, phonetic = true): string {
  let text = '';
  let at = start;
  for (;;) {
    const t = xml.indexOf('<t', at);
    if (t < 0 || t >= end) break;
    const next = xml.charCodeAt(t + 2);
    const tagEnd = xml.indexOf('>', t);
    if (tagEnd < 0 || tagEnd >= end) break;
    if (next !== 62 && next !== 32 && next !== 47) {
      at = tagEnd;
      continue;
    }
    if (phonetic) {
      // Searches stay inside this item: a search running on to the part's end would make reading quadratic.
      const open = lastIndexWithin(xml, '<rPh', start, t);
      if (open >= 0 && lastIndexWithin(xml, '</rPh>', start, t) < open) {
        at = xml.indexOf('</rPh>', t);
        if (at < 0 || at + 6 > end) break;
        continue;
      }
    }
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      at = tagEnd;
      continue;
    }
    const close = xml.indexOf('</t>', tagEnd);
    if (close < 0 || close + 4 > end) break;
    const run = xml.slice(tagEnd + 1, close);
    text += run.includes('&') ? decodeEntities(run) : run;
    at = close + 4;
  }
  return escapes ? decodeEscapes(text) : text;
}

/** lastIndexOf(pattern, from), counting only occurrences that start at or after `start`. */
function lastIndexWithin(xml: string, pattern: string, start: number, from: number): number {
  const at = xml.lastIndexOf(pattern, from);
  return at >= start ? at : -1;
}
