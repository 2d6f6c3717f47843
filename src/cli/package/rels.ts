// Relationship parts (_rels/*.rels) and [Content_Types].xml: read, and add to without rewriting what is there.
import { relsPathOf, resolveTarget, type ZipPackage } from './zip-package';
import { escapeAttr, findElements, getAttr } from './xml';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The part the target names, resolved against the source part; undefined for external targets. */
  readonly part?: string;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
} as const;

/** Relationships are compared by the type's last segment: strict-conformance files use other namespaces. */
export function isRelType(rel: Relationship, type: string): boolean {
  return rel.type === type || rel.type.split('/').pop() === type.split('/').pop();
}

export async function readRels(pkg: ZipPackage, sourcePart: string): Promise<Relationship[]> {
  const relsPart = relsPathOf(sourcePart);
  if (!pkg.has(relsPart)) return [];
  const xml = await pkg.read(relsPart);
  return findElements(xml, 'Relationship').map(({ startTag }) => {
    const target = getAttr(startTag, 'Target') ?? '';
    const external = getAttr(startTag, 'TargetMode') === 'External';
    return {
      id: getAttr(startTag, 'Id') ?? '',
      type: getAttr(startTag, 'Type') ?? '',
      target,
      part: external ? undefined : resolveTarget(sourcePart, target),
    };
  });
}

/** Adds a relationship from `sourcePart` and returns its new id. */
export async function addRel(
  pkg: ZipPackage,
  sourcePart: string,
  type: string,
  target: string,
): Promise<string> {
  const relsPart = relsPathOf(sourcePart);
  const existing = await readRels(pkg, sourcePart);
  const taken = new Set(existing.map((rel) => rel.id));
  let n = existing.length + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  if (!pkg.has(relsPart)) {
    pkg.write(
      relsPart,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`,
    );
  } else {
    const xml = await pkg.read(relsPart);
    const close = xml.lastIndexOf('</Relationships>');
    pkg.write(
      relsPart,
      close < 0
        ? xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`)
        : xml.slice(0, close) + element + xml.slice(close),
    );
  }
  return id;
}

const CONTENT_TYPES = '[Content_Types].xml';

export async function ensureDefaultType(
  pkg: ZipPackage,
  extension: string,
  contentType: string,
): Promise<void> {
  const xml = await pkg.read(CONTENT_TYPES);
  const has = findElements(xml, 'Default').some(
    ({ startTag }) => (getAttr(startTag, 'Extension') ?? '').toLowerCase() === extension.toLowerCase(),
  );
  if (!has) insertType(pkg, xml, `<Default Extension="${extension}" ContentType="${contentType}"/>`);
}

export async function ensureOverrideType(pkg: ZipPackage, part: string, contentType: string): Promise<void> {
  const xml = await pkg.read(CONTENT_TYPES);
  const name = `/${part.replace(/^\//, '')}`;
  const has = findElements(xml, 'Override').some(
    ({ startTag }) => (getAttr(startTag, 'PartName') ?? '').toLowerCase() === name.toLowerCase(),
  );
  if (!has) insertType(pkg, xml, `<Override PartName="${escapeAttr(name)}" ContentType="${contentType}"/>`);
}

function insertType(pkg: ZipPackage, xml: string, element: string): void {
  const close = xml.lastIndexOf('</Types>');
  pkg.write(CONTENT_TYPES, xml.slice(0, close) + element + xml.slice(close));
}

/** A part name not yet in the package: `xl/comments` + n + `.xml`. */
export function freePartName(pkg: ZipPackage, stem: string, extension: string): string {
  let n = 1;
  const taken = new Set(pkg.parts().map((part) => part.toLowerCase()));
  while (taken.has(`${stem}${n}${extension}`.toLowerCase())) n++;
  return `${stem}${n}${extension}`;
}
