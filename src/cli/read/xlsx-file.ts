// An .xlsx/.xlsm package → one Grid per worksheet, in workbook order, with the limits of ./limits applied
// before anything large is built. The grids are the ones the ExcelJS reader gives (test/cli/read/).
import type { Grid } from '../../engine/grid/grid';
import type { ReadLimits } from './limits';
import { ReadRefusal } from './limits';
import { readSharedStrings } from './shared-strings';
import { readSheetXml } from './sheet-xml';
import { readStyleFormats } from './styles';
import { attribute, tags } from './xml-text';
import type { ZipDirectory } from './zip-directory';

const SMALL_PART = 32 * 1024 * 1024;

export function readXlsxGrids(zip: ZipDirectory, limits: ReadLimits): Grid[] {
  const workbookPath = officeDocumentPath(zip) ?? 'xl/workbook.xml';
  const workbookXml = partText(zip, workbookPath, SMALL_PART);
  if (workbookXml === undefined) throw new ReadRefusal({ kind: 'missing-part', part: workbookPath });
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const targets = relationshipTargets(partText(zip, relsPath, SMALL_PART) ?? '', folder);
  const date1904 = /^(1|true)$/i.test(workbookPr(workbookXml) ?? '');
  const styleFormats = readStyleFormats(
    partText(zip, typedPart(targets, 'styles') ?? `${folder}styles.xml`, SMALL_PART),
  );
  const sharedPath = typedPart(targets, 'sharedStrings') ?? `${folder}sharedStrings.xml`;
  const sharedEntry = zip.find(sharedPath);
  const sharedStrings = readSharedStrings(sharedEntry ? zip.read(sharedEntry, limits.partBytes) : undefined);
  const grids: Grid[] = [];
  for (const tag of tags(workbookXml, 'sheet')) {
    const name = attribute(tag, 'name') ?? '';
    const id = attribute(tag, 'r:id') ?? attribute(tag, 'id');
    const target = id ? targets.get(id) : undefined;
    // Chart sheets and dialog sheets hold no cells.
    if (!target || !/worksheet$/.test(target.type)) continue;
    const entry = zip.find(target.path);
    if (!entry) throw new ReadRefusal({ kind: 'missing-part', part: target.path });
    const bytes = zip.read(entry, limits.partBytes);
    grids.push(readSheetXml(name, bytes, { sharedStrings, date1904, styleFormats, limits }));
  }
  return grids;
}

function workbookPr(xml: string): string | undefined {
  for (const tag of tags(xml, 'workbookPr')) return attribute(tag, 'date1904');
  return undefined;
}

/** A small part as latin1 text (tag scanning), names and text decoded later from attribute values. */
function partText(zip: ZipDirectory, path: string, limit: number): string | undefined {
  const entry = zip.find(path);
  if (!entry) return undefined;
  // Small parts are read as UTF-8: sheet names and format codes are their only text.
  return zip.read(entry, limit).toString('utf8');
}

function officeDocumentPath(zip: ZipDirectory): string | undefined {
  const rels = partText(zip, '_rels/.rels', SMALL_PART);
  if (!rels) return undefined;
  for (const { type, path } of relationshipTargets(rels, '').values())
    if (type.endsWith('/officeDocument')) return path;
  return undefined;
}

interface Target {
  readonly type: string;
  readonly path: string;
}

function relationshipTargets(xml: string, folder: string): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const tag of tags(xml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (!id || !target || attribute(tag, 'TargetMode') === 'External') continue;
    targets.set(id, { type: attribute(tag, 'Type') ?? '', path: resolvePart(folder, target) });
  }
  return targets;
}

function typedPart(targets: Map<string, Target>, type: string): string | undefined {
  for (const target of targets.values()) if (target.type.endsWith(`/${type}`)) return target.path;
  return undefined;
}

function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}
