// styles.xml additions: a cell format that is an existing one with another fill. Existing fills and formats are
// never edited (other cells share them); new ones are appended and the counts updated.
import type { ZipPackage } from './zip-package';
import { REL, addRel, ensureOverrideType } from './rels';
import { escapeAttr, findElement, findElements, getAttr, rootPrefix, setAttr } from './xml';
import type { WorkbookParts } from './workbook';

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StyleSheet {
  private readonly fillIds = new Map<string, number>();
  private readonly derived = new Map<string, number>();
  private fills: string[] = [];
  private xfs: string[] = [];
  private baseFills = 0;
  private baseXfs = 0;

  private constructor(
    private readonly pkg: ZipPackage,
    readonly part: string,
    private xml: string,
  ) {
    const prefix = rootPrefix(xml, 'styleSheet');
    this.prefix = prefix;
    this.baseFills = findElements(findElement(xml, `${prefix}fills`)?.inner ?? '', `${prefix}fill`).length;
    const xfList = findElement(xml, `${prefix}cellXfs`)?.inner ?? '';
    const cellXfs = findElements(xfList, `${prefix}xf`);
    this.baseXfs = cellXfs.length;
    this.existingXfs = cellXfs.map((span) => xfList.slice(span.start, span.end));
  }

  private readonly prefix: string;
  private readonly existingXfs: string[];

  static async open(pkg: ZipPackage, parts: WorkbookParts): Promise<StyleSheet> {
    if (parts.stylesPart && pkg.has(parts.stylesPart))
      return new StyleSheet(pkg, parts.stylesPart, await pkg.read(parts.stylesPart));
    const part = 'xl/styles.xml';
    pkg.write(part, MINIMAL_STYLES);
    await addRel(pkg, parts.workbookPart, REL.styles, 'styles.xml');
    await ensureOverrideType(pkg, part, STYLES_TYPE);
    return new StyleSheet(pkg, part, MINIMAL_STYLES);
  }

  /** The index of a cell format like `xfIndex` but with a solid `argb` fill (created once per pair). */
  withSolidFill(xfIndex: number, argb: string): number {
    return this.derivedXf(xfIndex, `${xfIndex}|${argb}`, () => [
      'fillId',
      String(this.fillId(argb)),
      'applyFill',
    ]);
  }

  /** The index of a cell format like `xfIndex` but showing numbers as `formatCode`. */
  withNumberFormat(xfIndex: number, formatCode: string): number {
    return this.derivedXf(xfIndex, `${xfIndex}|#${formatCode}`, () => [
      'numFmtId',
      String(this.numFmtId(formatCode)),
      'applyNumberFormat',
    ]);
  }

  /**
   * The index of `xfIndex`'s format with one attribute replaced and its apply flag set, created once per `key`.
   * `change` runs only on a miss, so the fill or number format it registers is added only when an xf needs it.
   */
  private derivedXf(
    xfIndex: number,
    key: string,
    change: () => [attribute: string, value: string, applyFlag: string],
  ): number {
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const base =
      this.existingXfs[xfIndex] ??
      this.existingXfs[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const startEnd = base.indexOf('>') + 1;
    const [attribute, value, applyFlag] = change();
    const startTag = setAttr(setAttr(base.slice(0, startEnd), attribute, value), applyFlag, '1');
    const index = this.baseXfs + this.xfs.length;
    this.xfs.push(startTag + base.slice(startEnd));
    this.derived.set(key, index);
    return index;
  }

  private numFmtId(formatCode: string): number {
    const builtin = BUILTIN_FORMATS[formatCode];
    if (builtin !== undefined) return builtin;
    const known = this.numFmts.get(formatCode);
    if (known !== undefined) return known;
    const p = this.prefix;
    const list = findElement(this.xml, `${p}numFmts`);
    let id = 163;
    for (const span of findElements(list?.inner ?? '', `${p}numFmt`)) {
      const n = Number(getAttr(span.startTag, 'numFmtId'));
      if (getAttr(span.startTag, 'formatCode') === formatCode) return n;
      id = Math.max(id, n);
    }
    for (const n of this.numFmts.values()) id = Math.max(id, n);
    this.numFmts.set(formatCode, id + 1);
    this.newNumFmts.push(`<${p}numFmt numFmtId="${id + 1}" formatCode="${escapeAttr(formatCode)}"/>`);
    return id + 1;
  }

  private readonly numFmts = new Map<string, number>();
  private readonly newNumFmts: string[] = [];

  private fillId(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const p = this.prefix;
    const color = escapeAttr(argb);
    const id = this.baseFills + this.fills.length;
    this.fills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${color}"/><${p}bgColor rgb="${color}"/></${p}patternFill></${p}fill>`,
    );
    this.fillIds.set(argb, id);
    return id;
  }

  /** Writes the additions into the package (nothing when there are none). */
  save(): void {
    if (this.fills.length === 0 && this.xfs.length === 0) return;
    let xml = this.xml;
    const numFmts = findElements(
      findElement(xml, `${this.prefix}numFmts`)?.inner ?? '',
      `${this.prefix}numFmt`,
    ).length;
    xml = appendTo(xml, `${this.prefix}numFmts`, this.newNumFmts, numFmts, 'fonts');
    xml = appendTo(xml, `${this.prefix}fills`, this.fills, this.baseFills, 'borders');
    xml = appendTo(xml, `${this.prefix}cellXfs`, this.xfs, this.baseXfs, 'cellStyles');
    this.xml = xml;
    this.pkg.write(this.part, xml);
  }
}

/** Appends children to a list element and sets its count; creates the element when the file has none. */
function appendTo(
  xml: string,
  qname: string,
  children: readonly string[],
  base: number,
  beforeLocal: string,
): string {
  if (children.length === 0) return xml;
  const span = findElement(xml, qname);
  const count = String(base + children.length);
  if (!span) {
    const prefix = qname.includes(':') ? qname.split(':')[0] + ':' : '';
    const element = `<${qname} count="${count}">${children.join('')}</${qname}>`;
    const anchor = findElement(xml, `${prefix}${beforeLocal}`);
    const at = anchor ? anchor.start : xml.lastIndexOf('</');
    return xml.slice(0, at) + element + xml.slice(at);
  }
  const startTag = setAttr(span.startTag, 'count', count);
  const open = startTag.endsWith('/>') ? `${startTag.slice(0, -2).replace(/\s+$/, '')}>` : startTag;
  return (
    xml.slice(0, span.start) +
    open +
    (span.inner ?? '') +
    children.join('') +
    `</${qname}>` +
    xml.slice(span.end)
  );
}

/** Number formats every spreadsheet knows by id. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
