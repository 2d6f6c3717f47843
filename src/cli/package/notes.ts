// Cell notes (Excel's "comments"): the comments part holds the text, a VML drawing the note boxes Excel shows.
// Existing notes keep their text (ours is appended after a blank line); existing parts are appended to, and
// only created, with their relationship, content type and <legacyDrawing>, when the sheet has none.
import { toA1 } from '../../engine/grid/a1';
import { type ZipPackage, relativeTarget } from './zip-package';
import {
  REL,
  addRel,
  ensureDefaultType,
  ensureOverrideType,
  freePartName,
  isRelType,
  readRels,
} from './rels';
import {
  childElements,
  escapeText,
  findElement,
  findElements,
  getAttr,
  rootPrefix,
  unescapeXml,
} from './xml';

export interface NoteEdit {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

const AUTHOR = 'selfeval';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Worksheet children that come after <legacyDrawing>, in schema order. */
const AFTER_LEGACY_DRAWING = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * Adds notes to one sheet. `sheetXml` is the worksheet part's current text; the returned text is the same with a
 * <legacyDrawing> added when one was needed. Comments and VML parts are written into the package directly.
 */
export async function addNotes(
  pkg: ZipPackage,
  sheetPart: string,
  sheetXml: string,
  notes: readonly NoteEdit[],
): Promise<string> {
  if (notes.length === 0) return sheetXml;
  const rels = await readRels(pkg, sheetPart);
  const commentsRel = rels.find((rel) => isRelType(rel, REL.comments) && rel.part && pkg.has(rel.part));
  const vmlRel = rels.find((rel) => isRelType(rel, REL.vmlDrawing) && rel.part && pkg.has(rel.part));

  let commentsPart = commentsRel?.part;
  if (!commentsPart) {
    commentsPart = freePartName(pkg, 'xl/comments', '.xml');
    pkg.write(
      commentsPart,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors/><commentList/></comments>',
    );
    await addRel(pkg, sheetPart, REL.comments, relativeTarget(sheetPart, commentsPart));
    await ensureOverrideType(pkg, commentsPart, COMMENTS_TYPE);
  }
  const newCells = await writeComments(pkg, commentsPart, notes);

  let xml = sheetXml;
  let vmlPart = vmlRel?.part;
  if (!vmlPart) {
    vmlPart = freePartName(pkg, 'xl/drawings/vmlDrawing', '.vml');
    pkg.write(vmlPart, await newVml(pkg));
    const id = await addRel(pkg, sheetPart, REL.vmlDrawing, relativeTarget(sheetPart, vmlPart));
    await ensureDefaultType(pkg, 'vml', VML_TYPE);
    xml = withLegacyDrawing(xml, id);
  }
  if (newCells.length > 0) await addShapes(pkg, vmlPart, newCells);
  return xml;
}

/** Appends our text to existing notes and adds the others; returns the cells that got a new note. */
async function writeComments(
  pkg: ZipPackage,
  part: string,
  notes: readonly NoteEdit[],
): Promise<{ row: number; col: number }[]> {
  let xml = await pkg.read(part);
  const p = rootPrefix(xml, 'comments');
  const authorsSpan = findElement(xml, `${p}authors`);
  const authors = findElements(authorsSpan?.inner ?? '', `${p}author`).map((span) =>
    unescapeXml(span.inner ?? ''),
  );
  let authorId = authors.indexOf(AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const element = `<${p}author>${AUTHOR}</${p}author>`;
    if (!authorsSpan) {
      const list = findElement(xml, `${p}commentList`);
      const at = list ? list.start : xml.lastIndexOf('</');
      xml = `${xml.slice(0, at)}<${p}authors>${element}</${p}authors>${xml.slice(at)}`;
    } else if (authorsSpan.inner === undefined)
      xml = `${xml.slice(0, authorsSpan.start)}<${p}authors>${element}</${p}authors>${xml.slice(authorsSpan.end)}`;
    else {
      const close = authorsSpan.end - `</${p}authors>`.length;
      xml = xml.slice(0, close) + element + xml.slice(close);
    }
  }
  const added: { row: number; col: number }[] = [];
  const fresh: string[] = [];
  const run = (text: string) => `<${p}r><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;
  // Existing notes are found once; our text goes before each one's </text>, all spliced in one pass.
  const existing = new Map<string, number>();
  for (const span of findElements(xml, `${p}comment`)) {
    const textClose = span.inner?.lastIndexOf(`</${p}text>`) ?? -1;
    const ref = getAttr(span.startTag, 'ref');
    if (ref && textClose >= 0 && !existing.has(ref)) existing.set(ref, span.innerStart + textClose);
  }
  const inserts: { at: number; text: string }[] = [];
  for (const note of notes) {
    const ref = toA1(note.row, note.col);
    const at = existing.get(ref);
    if (at !== undefined) {
      inserts.push({ at, text: run(`\n\n${note.text}`) });
      continue;
    }
    fresh.push(
      `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${run(note.text)}</${p}text></${p}comment>`,
    );
    added.push({ row: note.row, col: note.col });
  }
  inserts.sort((a, b) => a.at - b.at);
  if (inserts.length > 0) {
    const pieces: string[] = [];
    let from = 0;
    for (const insert of inserts) {
      pieces.push(xml.slice(from, insert.at), insert.text);
      from = insert.at;
    }
    pieces.push(xml.slice(from));
    xml = pieces.join('');
  }
  if (fresh.length > 0) {
    const list = findElement(xml, `${p}commentList`);
    if (!list) {
      const close = xml.lastIndexOf('</');
      xml = `${xml.slice(0, close)}<${p}commentList>${fresh.join('')}</${p}commentList>${xml.slice(close)}`;
    } else if (list.inner === undefined)
      xml = `${xml.slice(0, list.start)}<${p}commentList>${fresh.join('')}</${p}commentList>${xml.slice(list.end)}`;
    else {
      const close = list.end - `</${p}commentList>`.length;
      xml = xml.slice(0, close) + fresh.join('') + xml.slice(close);
    }
  }
  pkg.write(part, xml);
  return added;
}

/** A VML drawing with a shape-id block no other VML part of the package uses. */
async function newVml(pkg: ZipPackage): Promise<string> {
  let block = 0;
  for (const part of pkg.parts().filter((name) => name.toLowerCase().endsWith('.vml'))) {
    const text = await pkg.read(part);
    for (const match of text.matchAll(/idmap[^>]*data="([\d,\s]+)"/g))
      for (const n of match[1].split(',')) block = Math.max(block, Number(n) || 0);
  }
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block + 1}"/></o:shapelayout>` +
    NOTE_SHAPETYPE +
    '</xml>'
  );
}

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

async function addShapes(
  pkg: ZipPackage,
  part: string,
  cells: readonly { row: number; col: number }[],
): Promise<void> {
  let xml = await pkg.read(part);
  if (!xml.includes('_x0000_t202')) {
    const layoutEnd = xml.indexOf('</o:shapelayout>');
    const at =
      layoutEnd >= 0 ? layoutEnd + '</o:shapelayout>'.length : xml.indexOf('>', xml.indexOf('<xml')) + 1;
    xml = xml.slice(0, at) + NOTE_SHAPETYPE + xml.slice(at);
  }
  const block = Number(/idmap[^>]*data="(\d+)/.exec(xml)?.[1] ?? 1);
  let next = Math.max(block * 1024, ...[...xml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const shapes = cells.map(({ row, col }) => noteShape(next++, row, col)).join('');
  const close = xml.lastIndexOf('</xml>');
  pkg.write(part, close < 0 ? xml + shapes : xml.slice(0, close) + shapes + xml.slice(close));
}

function noteShape(id: number, row: number, col: number): string {
  const anchor = [col + 1, 15, Math.max(0, row - 1), 10, col + 4, 15, Math.max(0, row - 1) + 5, 4].join(', ');
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;` +
    'width:180pt;height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Adds <legacyDrawing r:id> in its schema place, declaring the relationships namespace if the root lacks it. */
function withLegacyDrawing(xml: string, id: string): string {
  const p = rootPrefix(xml, 'worksheet');
  const root = findElement(xml, `${p}worksheet`);
  const declared = root ? new RegExp(`xmlns:([\\w.-]+)="${RELS_NS}"`).exec(root.startTag)?.[1] : undefined;
  const element = declared
    ? `<${p}legacyDrawing ${declared}:id="${id}"/>`
    : `<${p}legacyDrawing xmlns:r="${RELS_NS}" r:id="${id}"/>`;
  const after = findElement(xml, `${p}sheetData`)?.end ?? root?.innerStart ?? 0;
  const next = childElements(xml, after).find(({ name }) => AFTER_LEGACY_DRAWING.includes(localName(name)));
  const at = next ? next.start : xml.lastIndexOf(`</${p}worksheet>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

function localName(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}
