// The sheet reader takes the usual cell, row and merge tags a fast way (read from their characters) and
// everything else the general way (attributes decoded as strings, parseA1Area for merges). The two must always
// agree: an attribute holding an entity sends a tag the general way without changing what it means, so each
// sheet read both ways must give the same grid — on every sample and on a sheet of odd but valid forms.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LIMITS } from '../../../src/cli/read/limits';
import { readSharedStrings } from '../../../src/cli/read/shared-strings';
import { readSheetXml } from '../../../src/cli/read/sheet-xml';
import type { SheetContext } from '../../../src/cli/read/sheet-xml';
import { ZipDirectory } from '../../../src/cli/read/zip-directory';
import { snapshot } from './grid-snapshot';

const SAMPLES = path.resolve(__dirname, '../../../samples');

/** The same sheet with every cell, row and merge tag sent the general way. */
function generalWay(xml: string): string {
  return (
    xml
      .replace(/<c(?=[ >/])/g, '<c x="&amp;"')
      .replace(/<row(?=[ >/])/g, '<row x="&amp;"')
      // parseA1Area drops a sheet name before the ref, so one more leaves its meaning and sends it to parseA1Area.
      .replace(/<mergeCell(?=[ >/])([^>]*?)ref="([^"]*)"/g, '<mergeCell x="&amp;"$1ref="Sheet9!$2"')
  );
}

function bothWays(xml: string, context: SheetContext) {
  const fast = readSheetXml('表', Buffer.from(xml, 'utf8'), context);
  const general = readSheetXml('表', Buffer.from(generalWay(xml), 'utf8'), context);
  return { fast: snapshot(fast), general: snapshot(general) };
}

const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));

describe('the fast and the general way read a sheet alike', () => {
  it.each(samples)('on every sheet of %s', (file) => {
    const zip = ZipDirectory.read(readFileSync(path.join(SAMPLES, file)));
    const shared = zip.find('xl/sharedStrings.xml');
    const context: SheetContext = {
      sharedStrings: readSharedStrings(shared && zip.read(shared, DEFAULT_LIMITS.partBytes)),
      date1904: false,
      styleFormats: [undefined, '0.00', '0.00%', 'yyyy-mm-dd'],
      limits: DEFAULT_LIMITS,
    };
    const sheets = zip.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
    expect(sheets.length).toBeGreaterThan(0);
    for (const entry of sheets) {
      const xml = zip.read(entry, DEFAULT_LIMITS.partBytes).toString('utf8');
      const { fast, general } = bothWays(xml, context);
      expect(Object.keys(fast.cells).length).toBeGreaterThan(0);
      expect(fast).toEqual(general);
    }
  });

  it('on odd but valid forms: references, styles, types, rows and merges', () => {
    const context: SheetContext = {
      sharedStrings: ['零', '一', ''],
      date1904: false,
      styleFormats: [undefined, '0.00', '0.00%', 'yyyy-mm-dd', ' '],
      limits: DEFAULT_LIMITS,
    };
    const xml =
      '<worksheet><sheetData>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="b2" s="1"><v>3.14159</v></c><c s="2"><v>0.5</v></c>' +
      '<c r="D02" s="3"><v>45657</v></c><c r="E2" s="4"><v>7</v></c><c r="F2" s="99"><v>8</v></c>' +
      '<c r=\'G2\' s=\'1\' t=\'n\'><v>9</v></c><c r="H2" t="s"><v>2</v></c><c r="I2" t="s"><v>7</v></c>' +
      '<c r="J2" t="b"><v>1</v></c><c r="K2" t="e"><v>#DIV/0!</v></c><c r="L2" t="s"><v> 1</v></c>' +
      '<c r="M2" s="01"><v>2</v></c><c r="N2" s=""><v>3</v></c><c r="O2" t="str"><f>A2</f><v>一</v></c>' +
      '<c r="P2"><v></v></c><c r="Q2"><v/></c><c r="R2" t="d"><v>2024-12-31</v></c><c r=""><v>4</v></c></row>' +
      '<row><c r="A0"><v>5</v></c><c><v>6</v></c><c r="AB1x"><v>7</v></c><c r="AC3.0"><v>8</v></c></row>' +
      '<row r="007" spans="1:3"><c r="A7" t="inlineStr"><is><t>内联</t></is></c><c r="B7" s="1"/></row>' +
      '<row r=""><c r="C8"><v>1e3</v></c></row>' +
      '</sheetData><mergeCells count="9"><mergeCell ref="A2:B2"/><mergeCell ref="c3:D4"/>' +
      '<mergeCell ref="$E$2:$F$3"/><mergeCell ref="H3:G2"/><mergeCell ref="A7"/><mergeCell ref="B0:C1"/>' +
      '<mergeCell ref="Sheet1!I2:J2"/><mergeCell ref="K2:L2:M2"/><mergeCell  ref="N2:O2" /></mergeCells>' +
      '</worksheet>';
    const { fast, general } = bothWays(xml, context);
    expect(Object.keys(fast.cells).length).toBeGreaterThan(15);
    expect(fast.merges.length).toBeGreaterThan(5);
    expect(fast).toEqual(general);
  });
});
