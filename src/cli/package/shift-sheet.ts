// Moving a sheet's rows down, and every formula that points at them, for an insertion of `count` rows at
// 0-based row `at`. Cells keep their text except for the row number in `r` and the references in `<f>`.
import type { CellChunk, RowChunk, SheetData } from './sheet-data';
import { shiftRowsInFormula, shiftSqref, translateFormula } from './references';
import { escapeTextLike, getAttr, setAttr, unescapeXml } from './xml';

export interface RowShift {
  readonly sheet: string;
  /** 0-based first row that moves. */
  readonly at: number;
  readonly count: number;
}

interface FormulaCell {
  row: RowChunk;
  cell: CellChunk;
  /** Where the `<f>` element sits in the cell's text. */
  start: number;
  end: number;
  attrs: string;
  text?: string;
}

/**
 * Rewrites the formulas of one sheet (`formulaSheet`) for the shift; when it is the shifted sheet itself, also
 * renumbers its rows and cells. Shared formulas stay shared when every member's formula moves alike; otherwise
 * the group is written out as plain formulas (what each member computed before, moved).
 */
export function shiftSheetData(data: SheetData, formulaSheet: string, shift: RowShift): void {
  const p = data.prefix;
  const moves = formulaSheet.toLocaleLowerCase() === shift.sheet.toLocaleLowerCase();
  const newRow = (row: number) => (moves && row - 1 >= shift.at ? row + shift.count : row);
  const shiftText = (formula: string) => shiftRowsInFormula(formula, shift, formulaSheet);

  const formulas = findFormulas(data, p);
  const groups = new Map<string, FormulaCell[]>();
  for (const entry of formulas) {
    if (getAttr(`<f${entry.attrs}>`, 't') !== 'shared') continue;
    const si = getAttr(`<f${entry.attrs}>`, 'si') ?? '';
    groups.set(si, [...(groups.get(si) ?? []), entry]);
  }
  const rewritten = new Map<CellChunk, string>();
  for (const members of groups.values()) {
    const master = members.find((m) => m.text !== undefined && getAttr(`<f${m.attrs}>`, 'ref') !== undefined);
    if (!master || master.text === undefined) continue;
    const masterText = unescapeXml(master.text);
    const movedMaster = shiftText(masterText);
    let keep = true;
    const wanted = members.map((member) => {
      const want = shiftText(
        translateFormula(
          masterText,
          member.row.number - master.row.number,
          member.cell.col - master.cell.col,
        ),
      );
      const have = translateFormula(
        movedMaster,
        newRow(member.row.number) - newRow(master.row.number),
        member.cell.col - master.cell.col,
      );
      if (want !== have) keep = false;
      return want;
    });
    if (keep) {
      if (movedMaster !== masterText || moves) {
        const ref = getAttr(`<f${master.attrs}>`, 'ref') ?? '';
        const attrs = setAttr(
          `<f${master.attrs}>`,
          'ref',
          moves ? shiftSqref(ref, shift.at, shift.count) : ref,
        ).slice(2, -1);
        rewritten.set(master.cell, formulaElement(p, attrs, movedMaster, master.text));
      }
      continue;
    }
    members.forEach((member, k) => {
      let attrs = `<f${member.attrs}>`;
      for (const name of ['t', 'ref', 'si']) attrs = setAttr(attrs, name, undefined);
      rewritten.set(member.cell, formulaElement(p, attrs.slice(2, -1), wanted[k], master.text));
    });
  }
  for (const entry of formulas) {
    const t = getAttr(`<f${entry.attrs}>`, 't');
    if (rewritten.has(entry.cell) || t === 'shared' || entry.text === undefined) continue;
    const before = unescapeXml(entry.text);
    const after = shiftText(before);
    let attrs = `<f${entry.attrs}>`;
    if (moves) {
      // Array formulas and data tables name their area and input cells.
      for (const name of ['ref', 'r1', 'r2']) {
        const value = getAttr(attrs, name);
        if (value !== undefined) attrs = setAttr(attrs, name, shiftSqref(value, shift.at, shift.count));
      }
    }
    if (after !== before || attrs !== `<f${entry.attrs}>`)
      rewritten.set(entry.cell, formulaElement(p, attrs.slice(2, -1), after, entry.text));
  }
  for (const entry of formulas) {
    const element = rewritten.get(entry.cell);
    if (element === undefined) continue;
    entry.cell.raw = entry.cell.raw.slice(0, entry.start) + element + entry.cell.raw.slice(entry.end);
    entry.row.raw = undefined;
  }
  if (!moves) return;
  for (const row of data.rows) {
    const moved = newRow(row.number);
    if (moved === row.number) continue;
    row.number = moved;
    row.startTag = setAttr(row.startTag, 'r', String(moved));
    row.raw = undefined;
    const renumber = (text: string) =>
      text.replace(CELL_START_REF, (_, head: string, col: string) => `${head}${col}${moved}"`);
    if (row.cells) for (const cell of row.cells) cell.raw = renumber(cell.raw);
    else row.body = renumber(row.body);
  }
  data.reindex();
}

/** The `r` of every cell start tag: `<c r="B12"` (or `<x:c … r="B12"`). */
const CELL_START_REF = /(<(?:[\w.-]+:)?c\b[^>]*?\sr=")([A-Z]+)(?:\d+|__ROW__)"/g;

function formulaElement(prefix: string, attrs: string, formula: string, original = ''): string {
  return `<${prefix}f${attrs}>${escapeTextLike(original, formula)}</${prefix}f>`;
}

function findFormulas(data: SheetData, prefix: string): FormulaCell[] {
  const found: FormulaCell[] = [];
  const pattern = new RegExp(`<${prefix}f(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${prefix}f>)`);
  for (const row of data.rows) {
    if (
      !(row.cells
        ? row.cells.some((cell) => cell.raw.includes(`<${prefix}f`))
        : row.body.includes(`<${prefix}f`))
    )
      continue;
    for (const cell of data.cellsOf(row)) {
      if (!cell.raw.includes(`<${prefix}f`)) continue;
      const match = pattern.exec(cell.raw);
      if (!match) continue;
      found.push({
        row,
        cell,
        start: match.index,
        end: match.index + match[0].length,
        attrs: match[1] ?? '',
        text: match[2],
      });
    }
  }
  return found;
}
