// The writer on hand-made packages: shared formulas across an insertion, values and formulas written into cells,
// notes added next to existing ones, and fills derived from each cell's own format.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { editedCopy } from '../../../src/cli/edited-copy';
import { WorkbookEditor } from '../../../src/cli/package/workbook-editor';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function workbook(
  sheetData: string,
  extra: Record<string, string> = {},
  sheetRels = '',
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<styleSheet xmlns="${MAIN}"><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1"/></cellXfs></styleSheet>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  if (sheetRels) zip.file('xl/worksheets/_rels/sheet1.xml.rels', sheetRels);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function part(bytes: Buffer, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async('string');
}

describe('WorkbookEditor.insertRows', () => {
  it('keeps a shared formula shared when every member still computes the same, and writes it out when one would not', async () => {
    // B1:B4 = A1*2 … A4*2 shared; C2:C4 = C1+… each pointing one row up (C2=C1+1): crossing the insertion at row 3.
    const rows = [1, 2, 3, 4]
      .map(
        (r) =>
          `<row r="${r}"><c r="A${r}"><v>${r}</v></c>` +
          (r === 1
            ? '<c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2</f><v>2</v></c>'
            : `<c r="B${r}"><f t="shared" si="0"/><v>${2 * r}</v></c>`) +
          (r === 2
            ? '<c r="C2"><f t="shared" ref="C2:C4" si="1">C1+1</f></c>'
            : r > 2
              ? `<c r="C${r}"><f t="shared" si="1"/></c>`
              : '') +
          '</row>',
      )
      .join('');
    const editor = await WorkbookEditor.open(await workbook(rows));
    await editor.insertRows('S', 2, 1); // one row before row 3
    const sheet = await part(await editor.save(), 'xl/worksheets/sheet1.xml');
    const formulaOf = (ref: string) =>
      new RegExp(`<c r="${ref}"[^>]*>(<f[^>]*(?:/>|>[^<]*</f>))`).exec(sheet)?.[1];
    // B: every member still reads the A cell of its own row, so the group stays shared over the grown range.
    expect(formulaOf('B1')).toBe('<f t="shared" ref="B1:B5" si="0">A1*2</f>');
    expect(formulaOf('B4')).toBe('<f t="shared" si="0"/>');
    expect(formulaOf('B5')).toBe('<f t="shared" si="0"/>');
    // C: C3 (now C4) pointed at C2, which did not move: C4 = C2+1, not C3+1, so the group is written out.
    expect(formulaOf('C2')).toBe('<f>C1+1</f>');
    expect(formulaOf('C4')).toBe('<f>C2+1</f>');
    expect(formulaOf('C5')).toBe('<f>C4+1</f>');
    expect(sheet).not.toContain('<row r="3">');
  });

  it('moves a shared group entirely below the insertion as a group', async () => {
    const rows = [5, 6, 7]
      .map(
        (r) =>
          `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}">${r === 5 ? '<f t="shared" ref="B5:B7" si="0">A5*2</f>' : '<f t="shared" si="0"/>'}</c></row>`,
      )
      .join('');
    const editor = await WorkbookEditor.open(await workbook(rows));
    await editor.insertRows('S', 1, 3);
    const sheet = await part(await editor.save(), 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="B8"><f t="shared" ref="B8:B10" si="0">A8*2</f></c>');
    expect(sheet).toContain('<c r="B9"><f t="shared" si="0"/></c>');
  });
});

describe('WorkbookEditor.setCells', () => {
  it('writes numbers, text (inline, escaped) and formulas, keeping the cell format, and asks for a recalculation', async () => {
    const editor = await WorkbookEditor.open(
      await workbook('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>'),
    );
    await editor.setCells([
      { sheet: 'S', cell: 'A1', value: 12.5 },
      { sheet: 'S', cell: 'B2', value: 'a<b\u0007' },
      { sheet: 'S', cell: 'C3', value: null, formula: '=SUM(A1:A2)' },
    ]);
    const bytes = await editor.save();
    const sheet = await part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" s="1"><v>12.5</v></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">a&lt;b_x0007_</t></is></c>');
    expect(sheet).toContain('<c r="C3"><f>SUM(A1:A2)</f></c>');
    expect(await part(bytes, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/>');
  });
});

describe('WorkbookEditor.mark', () => {
  it('fills a cell with a new format derived from its own (borders kept), appends to an existing note, adds a new one', async () => {
    const comments =
      `<comments xmlns="${MAIN}"><authors><author>clerk</author></authors><commentList>` +
      '<comment ref="A1" authorId="0"><text><r><t>keep me</t></r></text></comment></commentList></comments>';
    const vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
    const input = await workbook(
      '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1"><v>2</v></c></row>',
      { 'xl/comments1.xml': comments, 'xl/drawings/vmlDrawing1.vml': vml },
      rels,
    );
    const editor = await WorkbookEditor.open(input);
    await editor.mark([
      { sheet: 'S', cell: 'A1', fillArgb: 'FFFFC7CE', noteText: 'ours' },
      { sheet: 'S', cell: 'B1', fillArgb: 'FFFFC7CE', noteText: 'second' },
    ]);
    const bytes = await editor.save();
    const styles = await part(bytes, 'xl/styles.xml');
    expect(styles).toContain('<fills count="3">');
    expect(styles).toContain(
      '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" applyBorder="1" applyFill="1"/>',
    );
    expect(styles).toContain('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/>');
    const sheet = await part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" s="2"><v>1</v></c><c r="B1" s="3"><v>2</v></c>');
    expect(sheet).not.toContain('legacyDrawing'); // the sheet's VML stays the one it had (rel kept)
    const notes = await part(bytes, 'xl/comments1.xml');
    expect(notes).toContain('<t>keep me</t></r><r><t xml:space="preserve">\n\nours</t></r>');
    expect(notes).toContain('<author>clerk</author><author>selfeval</author>');
    expect(notes).toContain('<comment ref="B1" authorId="1">');
    const shapes = await part(bytes, 'xl/drawings/vmlDrawing1.vml');
    expect(shapes).toContain('_x0000_s1026');
    expect(shapes).toContain('<x:Row>0</x:Row><x:Column>1</x:Column>');
  });
});

describe('editedCopy (for fix --out)', () => {
  it('changes the named cells only; every other part of a real sample stays byte-identical', async () => {
    const input = path.resolve(__dirname, '../../../samples/seed-004.xlsx');
    const before = await JSZip.loadAsync(await fs.readFile(input));
    const after = await JSZip.loadAsync(
      await editedCopy(input, [{ sheet: '附件2 整体支出自评表', cell: 'H12', value: 9.5 }]),
    );
    const changed: string[] = [];
    for (const name of Object.keys(before.files)) {
      const a = await before.file(name)?.async('nodebuffer');
      const b = await after.file(name)?.async('nodebuffer');
      if (a && !(b && a.equals(b))) changed.push(name);
    }
    expect(changed).toHaveLength(1);
    expect(await after.file(changed[0])?.async('string')).toMatch(/<c r="H12"[^>]*><v>9\.5<\/v><\/c>/);
  });
});
