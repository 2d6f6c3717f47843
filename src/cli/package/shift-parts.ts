// The rest of a row insertion: everything outside <sheetData> that names rows of the shifted sheet — merges,
// validation, conditional formats, hyperlinks, the dimension, page breaks, notes, drawing anchors, tables,
// defined names (the print area), chart series and pivot sources.
import type { ZipPackage } from './zip-package';
import { REL, isRelType, readRels } from './rels';
import { sameSheet, shiftRowsInFormula, shiftSqref } from './references';
import type { RowShift } from './shift-sheet';
import { escapeTextLike, getAttr, setAttr, unescapeXml } from './xml';

/** Shifts the parts of the worksheet XML before and after <sheetData> (`own` is true for the shifted sheet). */
export function shiftSheetFrame(text: string, formulaSheet: string, shift: RowShift, own: boolean): string {
  let xml = text;
  const shiftFormula = (formula: string) => shiftRowsInFormula(formula, shift, formulaSheet);
  // Formulas of validation and conditional formats, classic and x14 (<xm:f>), may point at any sheet.
  xml = xml.replace(
    /(<((?:[\w.-]+:)?(?:formula|formula1|formula2|f))(?:\s[^>]*)?>)([^<]*)(<\/\2>)/g,
    (whole, open: string, _name: string, body: string, close: string) => {
      const text = unescapeXml(body);
      const moved = shiftFormula(text);
      return moved === text ? whole : `${open}${escapeTextLike(body, moved)}${close}`;
    },
  );
  if (!own) return xml;
  xml = xml.replace(
    /<((?:[\w.-]+:)?(?:dimension|mergeCell|hyperlink|autoFilter|conditionalFormatting|dataValidation|ignoredError|protectedRange|sortState|sortCondition))(\s[^>]*)>/g,
    (whole, name: string, attrs: string) => {
      let tag = `<${name}${attrs}>`;
      for (const attr of ['ref', 'sqref']) {
        const value = getAttr(tag, attr);
        if (value !== undefined) tag = setAttr(tag, attr, shiftSqref(value, shift.at, shift.count));
      }
      return tag;
    },
  );
  xml = xml.replace(
    /(<(xm:sqref)>)([^<]*)(<\/xm:sqref>)/g,
    (_, open: string, _name: string, body: string, close: string) =>
      `${open}${shiftSqref(body, shift.at, shift.count)}${close}`,
  );
  // Manual page breaks: a break at row id (1-based, the break falls below it) moves with rows under it.
  xml = xml.replace(/(<(?:[\w.-]+:)?rowBreaks[\s>][\s\S]*?<\/(?:[\w.-]+:)?rowBreaks>)/, (breaks) =>
    breaks.replace(/(<(?:[\w.-]+:)?brk\s[^>]*>)/g, (tag) => {
      const id = Number(getAttr(tag, 'id'));
      return id > shift.at ? setAttr(tag, 'id', String(id + shift.count)) : tag;
    }),
  );
  return xml;
}

/** Shifts the shifted sheet's own satellite parts: notes, drawings, tables. */
export async function shiftSheetParts(pkg: ZipPackage, sheetPart: string, shift: RowShift): Promise<void> {
  for (const rel of await readRels(pkg, sheetPart)) {
    if (!rel.part || !pkg.has(rel.part)) continue;
    if (isRelType(rel, REL.comments)) {
      const xml = await pkg.read(rel.part);
      pkg.write(
        rel.part,
        xml.replace(/(<(?:[\w.-]+:)?comment\s[^>]*>)/g, (tag) =>
          setAttr(tag, 'ref', shiftSqref(getAttr(tag, 'ref') ?? '', shift.at, shift.count)),
        ),
      );
    } else if (isRelType(rel, REL.vmlDrawing)) {
      pkg.write(rel.part, shiftVml(await pkg.read(rel.part), shift));
    } else if (isRelType(rel, REL.drawing)) {
      pkg.write(rel.part, shiftDrawing(await pkg.read(rel.part), shift));
    } else if (isRelType(rel, REL.table)) {
      const xml = await pkg.read(rel.part);
      pkg.write(
        rel.part,
        xml.replace(
          /<((?:[\w.-]+:)?(?:table|autoFilter|sortState|sortCondition))(\s[^>]*)>/g,
          (whole, name: string, attrs: string) => {
            const tag = `<${name}${attrs}>`;
            const ref = getAttr(tag, 'ref');
            return ref === undefined ? whole : setAttr(tag, 'ref', shiftSqref(ref, shift.at, shift.count));
          },
        ),
      );
    }
  }
}

/** Note boxes: <x:Row> (0-based) and the rows of <x:Anchor> (col, dx, row, dy, col, dx, row, dy). */
function shiftVml(xml: string, shift: RowShift): string {
  const move = (row: number) => (row >= shift.at ? row + shift.count : row);
  return xml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    return shape
      .replace(
        /(<x:Row>)(\d+)(<\/x:Row>)/,
        (_, open: string, row: string, close: string) => `${open}${move(Number(row))}${close}`,
      )
      .replace(/(<x:Anchor>)([^<]*)(<\/x:Anchor>)/, (_, open: string, body: string, close: string) => {
        const parts = body.split(',').map((part) => part.trim());
        if (parts.length !== 8) return `${open}${body}${close}`;
        parts[2] = String(move(Number(parts[2])));
        parts[6] = String(move(Number(parts[6])));
        return `${open}${parts.join(', ')}${close}`;
      });
  });
}

/** Drawing anchors move as Excel moves them: twoCell (the default) per edge, oneCell whole, absolute never. */
function shiftDrawing(xml: string, shift: RowShift): string {
  const move = (row: number) => (row >= shift.at ? row + shift.count : row);
  return xml.replace(
    /<((?:[\w.-]+:)?)(twoCellAnchor|oneCellAnchor)(\s[^>]*)?>[\s\S]*?<\/\1\2>/g,
    (anchor, prefix: string, kind: string, attrs: string | undefined) => {
      const editAs =
        getAttr(`<a${attrs ?? ''}>`, 'editAs') ?? (kind === 'oneCellAnchor' ? 'oneCell' : 'twoCell');
      if (editAs === 'absolute') return anchor;
      const rowOf = (edge: string) => {
        const match = new RegExp(`<${prefix}${edge}>[\\s\\S]*?<${prefix}row>(\\d+)</${prefix}row>`).exec(
          anchor,
        );
        return match ? Number(match[1]) : undefined;
      };
      const from = rowOf('from');
      if (from === undefined) return anchor;
      const edgeShift = (edge: string, by: number) =>
        by === 0
          ? (text: string) => text
          : (text: string) =>
              text.replace(
                new RegExp(`(<${prefix}${edge}>[\\s\\S]*?<${prefix}row>)(\\d+)(</${prefix}row>)`),
                (_, open: string, row: string, close: string) => `${open}${Number(row) + by}${close}`,
              );
      if (editAs === 'oneCell') {
        const by = from >= shift.at ? shift.count : 0;
        return edgeShift('to', by)(edgeShift('from', by)(anchor));
      }
      const to = rowOf('to');
      return edgeShift(
        'to',
        to !== undefined ? move(to) - to : 0,
      )(edgeShift('from', move(from) - from)(anchor));
    },
  );
}

/** Defined names (print area, print titles, named ranges) in workbook.xml. */
export function shiftDefinedNames(xml: string, shift: RowShift): string {
  return xml.replace(
    /(<((?:[\w.-]+:)?definedName)(?:\s[^>]*)?>)([^<]*)(<\/\2>)/g,
    (whole, open: string, _name: string, body: string, close: string) => {
      const moved = shiftRowsInFormula(unescapeXml(body), shift, undefined);
      return moved === unescapeXml(body) ? whole : `${open}${escapeTextLike(body, moved)}${close}`;
    },
  );
}

/** Chart series (<c:f>) and pivot cache sources anywhere in the package. */
export async function shiftWorkbookWideParts(pkg: ZipPackage, shift: RowShift): Promise<void> {
  for (const part of pkg.parts()) {
    if (/^xl\/charts\/chart[^/]*\.xml$/i.test(part) || /^xl\/chartsheets\//i.test(part)) {
      const xml = await pkg.read(part);
      const moved = xml.replace(
        /(<(?:[\w.-]+:)?f>)([^<]*)(<\/(?:[\w.-]+:)?f>)/g,
        (whole, open: string, body: string, close: string) => {
          const text = shiftRowsInFormula(unescapeXml(body), shift, undefined);
          return text === unescapeXml(body) ? whole : `${open}${escapeTextLike(body, text)}${close}`;
        },
      );
      if (moved !== xml) pkg.write(part, moved);
    } else if (/^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i.test(part)) {
      const xml = await pkg.read(part);
      const moved = xml.replace(
        /<((?:[\w.-]+:)?worksheetSource)(\s[^>]*)>/g,
        (whole, name: string, attrs: string) => {
          const tag = `<${name}${attrs}>`;
          const sheet = getAttr(tag, 'sheet');
          const ref = getAttr(tag, 'ref');
          if (sheet === undefined || ref === undefined || !sameSheet(sheet, shift.sheet)) return whole;
          return setAttr(tag, 'ref', shiftSqref(ref, shift.at, shift.count));
        },
      );
      if (moved !== xml) pkg.write(part, moved);
    }
  }
}
