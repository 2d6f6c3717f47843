// A reading view of a package for ExcelJS, for valid files ExcelJS fails on (ExcelJS issue #2591: drawings
// written by openpyxl — default-namespace DrawingML, absolute part targets — crash its loader). The view leaves
// out the drawings (charts and images; the grid does not need them) and makes part targets relative. It is used
// only to read cells; copies are always written from the original bytes.
import { findElements, getAttr, setAttr } from './xml';
import { ZipPackage, relativeTarget } from './zip-package';

export async function readableByExcelJs(bytes: Uint8Array): Promise<Buffer> {
  const pkg = await ZipPackage.load(bytes);
  for (const part of pkg.parts()) {
    if (/^xl\/drawings\/(_rels\/)?[^/]+\.xml(\.rels)?$/i.test(part)) {
      pkg.remove(part);
      continue;
    }
    if (!part.endsWith('.rels')) continue;
    const xml = await pkg.read(part);
    const source = part === '_rels/.rels' ? '' : part.replace(/_rels\/([^/]+)\.rels$/, '$1');
    let next = xml;
    for (const { startTag, start, end } of findElements(xml, 'Relationship').reverse()) {
      const type = getAttr(startTag, 'Type') ?? '';
      if (type.endsWith('/drawing')) {
        next = next.slice(0, start) + next.slice(end);
        continue;
      }
      const target = getAttr(startTag, 'Target') ?? '';
      if (!target.startsWith('/') || getAttr(startTag, 'TargetMode') === 'External') continue;
      const relative = source === '' ? target.slice(1) : relativeTarget(source, target.slice(1));
      next =
        next.slice(0, start) + setAttr(startTag, 'Target', relative) + next.slice(start + startTag.length);
    }
    if (next !== xml) pkg.write(part, next);
  }
  for (const part of pkg.parts().filter((name) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name))) {
    const xml = await pkg.read(part);
    const next = xml.replace(/<([\w.-]+:)?drawing\s[^>]*\/>/g, '');
    if (next !== xml) pkg.write(part, next);
  }
  return pkg.toBuffer();
}
