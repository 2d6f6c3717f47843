// A1 references inside stored formulas (no leading "=", English function names): find each one with its sheet
// and rewrite it. Used to move references when rows are inserted and to expand shared formulas.
import { columnIndex, columnLetters } from '../../engine/grid/a1';

export interface RefPart {
  /** 1-based; undefined for a whole-column reference. */
  row?: number;
  rowAbs: boolean;
  /** 0-based; undefined for a whole-row reference. */
  col?: number;
  colAbs: boolean;
}

export interface Reference {
  /** The sheet named before "!", unquoted; undefined when the reference has none. */
  readonly sheet?: string;
  readonly start: RefPart;
  readonly end?: RefPart;
}

const NAME_CHAR = 'A-Za-z0-9_.\\u00C0-\\uFFFF';
const SHEET = `(?:'(?:[^']|'')+'|[A-Za-z_\\u00C0-\\uFFFF][${NAME_CHAR}]*)`;
const CELL = '\\$?[A-Z]{1,3}\\$?\\d+';
const REF = new RegExp(
  `(?<![${NAME_CHAR}$!\\]])(?:(${SHEET})!)?(${CELL}(?::${CELL})?|\\$?\\d+:\\$?\\d+|\\$?[A-Z]{1,3}:\\$?[A-Z]{1,3})(?![${NAME_CHAR}(!\\[])`,
  'g',
);

/** Rewrites every reference in `formula`; `map` returns the new reference or undefined to keep it. */
export function mapReferences(formula: string, map: (ref: Reference) => Reference | undefined): string {
  return mapOutsideLiterals(formula, (part) =>
    part.replace(REF, (whole, sheetText: string | undefined, body: string) => {
      const sheet = sheetText === undefined ? undefined : unquoteSheet(sheetText);
      const [first, second] = body.split(':');
      const ref: Reference = { sheet, start: parsePart(first), end: second ? parsePart(second) : undefined };
      const mapped = map(ref);
      if (!mapped) return whole;
      const text = mapped.end ? `${partText(mapped.start)}:${partText(mapped.end)}` : partText(mapped.start);
      return sheetText === undefined ? text : `${sheetText}!${text}`;
    }),
  );
}

export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * Moves references to `sheet` at or below 0-based row `at` down by `count`. `formulaSheet` is the sheet the
 * formula lives on (unqualified references point there); undefined for defined names and charts.
 */
export function shiftRowsInFormula(
  formula: string,
  target: { sheet: string; at: number; count: number },
  formulaSheet: string | undefined,
): string {
  return mapReferences(formula, (ref) => {
    const onTarget =
      ref.sheet !== undefined
        ? sameSheet(ref.sheet, target.sheet)
        : formulaSheet !== undefined && sameSheet(formulaSheet, target.sheet);
    if (!onTarget) return undefined;
    const start = shiftPart(ref.start, target.at, target.count);
    const end = ref.end && shiftPart(ref.end, target.at, target.count);
    if (start === ref.start && end === ref.end) return undefined;
    return { ...ref, start, end };
  });
}

function shiftPart(part: RefPart, at: number, count: number): RefPart {
  return part.row !== undefined && part.row - 1 >= at ? { ...part, row: part.row + count } : part;
}

/** A formula as seen from a cell `rows` below and `cols` right of where it was written (relative parts move). */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const move = (part: RefPart): RefPart => ({
    ...part,
    row: part.row !== undefined && !part.rowAbs ? part.row + rows : part.row,
    col: part.col !== undefined && !part.colAbs ? part.col + cols : part.col,
  });
  return mapReferences(formula, (ref) => ({ ...ref, start: move(ref.start), end: ref.end && move(ref.end) }));
}

/** Shifts a space-separated list of areas ("A1:B2 C5"), as in sqref and ref attributes. */
export function shiftSqref(sqref: string, at: number, count: number): string {
  return sqref
    .split(/(\s+)/)
    .map((token) =>
      /^\s*$/.test(token) ? token : shiftRowsInFormula(token, { sheet: '\u0000', at, count }, '\u0000'),
    )
    .join('');
}

function parsePart(text: string): RefPart {
  const match = /^(\$?)([A-Z]{1,3})?(\$?)(\d+)?$/.exec(text);
  if (!match) return { rowAbs: false, colAbs: false };
  // "$5" in a row range: the first "$" belongs to the row.
  if (match[2] === undefined)
    return { row: Number(match[4]), rowAbs: match[1] === '$' || match[3] === '$', colAbs: false };
  return {
    col: columnIndex(match[2]),
    colAbs: match[1] === '$',
    row: match[4] === undefined ? undefined : Number(match[4]),
    rowAbs: match[3] === '$',
  };
}

function partText(part: RefPart): string {
  const col = part.col === undefined ? '' : `${part.colAbs ? '$' : ''}${columnLetters(part.col)}`;
  const row = part.row === undefined ? '' : `${part.rowAbs ? '$' : ''}${part.row}`;
  return col + row;
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}

/** Applies `map` to the parts of a formula outside "string literals" and [bracketed] parts (structured refs, external books). */
function mapOutsideLiterals(formula: string, map: (part: string) => string): string {
  let result = '';
  let plain = '';
  let afterBracket = false;
  const flush = () => {
    // After "[1]" the next "Sheet!A1" belongs to another workbook: a leading "]" keeps REF from matching it.
    const mapped = afterBracket ? map(`]${plain}`).slice(1) : map(plain);
    plain = '';
    return mapped;
  };
  let k = 0;
  while (k < formula.length) {
    const ch = formula[k];
    if (ch === '"') {
      let end = k + 1;
      while (end < formula.length) {
        if (formula[end] === '"' && formula[end + 1] === '"') end += 2;
        else if (formula[end] === '"') break;
        else end++;
      }
      result += flush() + formula.slice(k, end + 1);
      afterBracket = false;
      k = end + 1;
    } else if (ch === '[') {
      let depth = 0;
      let end = k;
      for (; end < formula.length; end++) {
        if (formula[end] === '[') depth++;
        else if (formula[end] === ']' && --depth === 0) break;
      }
      result += flush() + formula.slice(k, end + 1);
      afterBracket = true;
      k = end + 1;
    } else {
      plain += ch;
      k++;
    }
  }
  return result + flush();
}
