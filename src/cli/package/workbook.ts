// The workbook part: where each sheet's XML lives, the styles part, shared strings, defined names.
import { PackageError, type ZipPackage } from './zip-package';
import { REL, isRelType, readRels } from './rels';
import { findElement, findElements, getAttr, rootPrefix } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  /** 0-based position among all sheets (what `localSheetId` counts). */
  readonly index: number;
}

export interface WorkbookParts {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly stylesPart?: string;
  readonly sharedStringsPart?: string;
}

export async function readWorkbookParts(pkg: ZipPackage): Promise<WorkbookParts> {
  const rootRels = await readRels(pkg, '');
  const officeDocument = rootRels.find((rel) => isRelType(rel, REL.officeDocument));
  if (!officeDocument?.part || !pkg.has(officeDocument.part))
    throw new PackageError('not-a-workbook', 'no officeDocument relationship');
  const workbookPart = officeDocument.part;
  const xml = await pkg.read(workbookPart);
  const prefix = rootPrefix(xml, 'workbook');
  if (!/<([\w.-]+:)?workbook[\s>]/.test(xml)) throw new PackageError('not-a-workbook', workbookPart);
  const rels = await readRels(pkg, workbookPart);
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  const sheetsElement = findElement(xml, `${prefix}sheets`);
  for (const [index, { startTag }] of findElements(sheetsElement?.inner ?? '', `${prefix}sheet`).entries()) {
    const id = relIdAttr(startTag);
    const rel = id ? byId.get(id) : undefined;
    if (rel?.part && isRelType(rel, REL.worksheet))
      sheets.push({ name: getAttr(startTag, 'name') ?? '', part: rel.part, index });
  }
  return {
    workbookPart,
    sheets,
    stylesPart: rels.find((rel) => isRelType(rel, REL.styles))?.part,
    sharedStringsPart: rels.find((rel) => isRelType(rel, REL.sharedStrings))?.part,
  };
}

/** The `r:id` of an element, whatever prefix the file binds the relationships namespace to. */
export function relIdAttr(tag: string): string | undefined {
  const match = /\s([\w.-]+:)?id\s*=\s*"([^"]*)"/.exec(tag.replace(/\ssheetId\s*=\s*"[^"]*"/, ''));
  return match?.[1] ? match[2] : undefined;
}

export function sheetByName(parts: WorkbookParts, name: string): SheetEntry | undefined {
  return parts.sheets.find((sheet) => sheet.name === name);
}
