// The number format of each cell style (cellXfs index), resolved as ExcelJS resolves it: a custom numFmt by id,
// else the built-in table below, else none (General). Locale-dependent built-ins (27–36, 50–58) have no code.
import { formatCodeAsExcelJs } from './cell-of';
import { attribute, tags } from './xml-text';

const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Number format codes by style index (undefined: General). */
export function readStyleFormats(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const tag of tags(xml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (code !== undefined) custom.set(id, formatCodeAsExcelJs(code));
  }
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  const formats: (string | undefined)[] = [];
  for (const tag of tags(xml.slice(start, end), 'xf')) {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    formats.push(id ? (custom.get(id) ?? BUILT_IN[id]) : undefined);
  }
  return formats;
}
