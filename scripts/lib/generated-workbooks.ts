// Workbooks written straight as XML parts (no spreadsheet library): the 200,000-row benchmark sheet and the
// hostile files of issue 13, plus other formats wearing an .xlsx name. Used by `npm run bench` and the tests.
import { ZipWriter } from './zip-writer';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** A one-sheet workbook whose sheet part is the given XML body (between <worksheet> and </worksheet>). */
export async function writeOneSheetWorkbook(file: string, body: Iterable<string | Buffer>): Promise<void> {
  await withWorkbookParts(file, (zip) => zip.add('xl/worksheets/sheet1.xml', wrapSheet(body)));
}

async function withWorkbookParts(file: string, addSheet: (zip: ZipWriter) => Promise<void>): Promise<void> {
  const zip = new ZipWriter(file);
  await zip.add('[Content_Types].xml', CONTENT_TYPES);
  await zip.add('_rels/.rels', ROOT_RELS);
  await zip.add('xl/workbook.xml', WORKBOOK);
  await zip.add('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  await addSheet(zip);
  await zip.close();
}

function* wrapSheet(body: Iterable<string | Buffer>): Generator<string | Buffer> {
  yield SHEET_OPEN;
  yield* body;
  yield '</worksheet>';
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `rows` × `cols` of numbers, as Excel writes them (every cell with its reference). */
export function* numberRows(rows: number, cols: number): Generator<string> {
  const names = Array.from({ length: cols }, (_, c) => columnName(c));
  yield `<dimension ref="A1:${names[cols - 1]}${rows}"/><sheetData>`;
  let batch = '';
  for (let r = 1; r <= rows; r++) {
    batch += `<row r="${r}">`;
    for (let c = 0; c < cols; c++)
      batch += `<c r="${names[c]}${r}"><v>${(r * 31 + c * 7) % 1000}.${c}</v></c>`;
    batch += '</row>';
    if (r % 2000 === 0) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sheetData>`;
}

/** 200,000 rows × 20 columns of figures: the size issue 13 asks to check in bounded memory. */
export function writeRows200k(file: string, rows = 200_000, cols = 20): Promise<void> {
  return writeOneSheetWorkbook(file, numberRows(rows, cols));
}

/** A few cells and one merged area A100:XFD1048576 (17 billion cells if expanded). */
export function writeMergeBomb(file: string): Promise<void> {
  return writeOneSheetWorkbook(file, [
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData>',
    '<mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>',
  ]);
}

/** 4,096 × 4,096 = 16.7 million cells of figures (rows and cells without references, which is legal). */
export function writeCellFlood(file: string, side = 4096): Promise<void> {
  let row = '<row>';
  for (let c = 0; c < side; c++) row += `<c><v>${c % 97}</v></c>`;
  row += '</row>';
  return withWorkbookParts(file, (zip) =>
    zip.addRepeated(
      'xl/worksheets/sheet1.xml',
      `${SHEET_OPEN}<sheetData>`,
      row,
      side,
      '</sheetData></worksheet>',
    ),
  );
}

/** A sheet part that inflates to about `megabytes` MB: one inline-string cell of blanks. */
export function writeInflationBomb(file: string, megabytes = 1100): Promise<void> {
  return withWorkbookParts(file, (zip) =>
    zip.addRepeated(
      'xl/worksheets/sheet1.xml',
      `${SHEET_OPEN}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
      Buffer.alloc(1024 * 1024, 0x20),
      megabytes,
      '</t></is></c></row></sheetData></worksheet>',
    ),
  );
}

/** An OpenDocument spreadsheet (its first entry is the uncompressed-by-convention `mimetype`). */
export async function writeOds(file: string): Promise<void> {
  const zip = new ZipWriter(file);
  await zip.add('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
  await zip.add('content.xml', '<?xml version="1.0"?><office:document-content/>');
  await zip.add('META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest/>');
  await zip.close();
}

/** A Word document (what a .docx renamed .xlsx holds). */
export async function writeDocx(file: string): Promise<void> {
  const zip = new ZipWriter(file);
  await zip.add(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  await zip.add('word/document.xml', '<?xml version="1.0"?><w:document/>');
  await zip.close();
}

/** A zip archive of ordinary files. */
export async function writePlainZip(file: string): Promise<void> {
  const zip = new ZipWriter(file);
  await zip.add('readme.txt', '预算说明\n');
  await zip.add('data/figures.csv', '项目,金额\n');
  await zip.close();
}
