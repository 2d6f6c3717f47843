/**
 * The small part of Excel's formula language that the tables' arithmetic uses: same-sheet references and
 * ranges, numbers, + - * /, parentheses, SUM, ROUND, MIN, MAX. Enough to know what a formula cell computes
 * (so a fix never writes a constant over it) and whether a sum's range misses a term. Anything else (other
 * sheets, IF, names) is "unknown": such a cell is left for a person.
 */
import { columnIndex } from '../grid/a1';
import type { CellPosition } from '../grid/types';

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'ref'; readonly at: CellPosition }
  | { readonly kind: 'range'; readonly from: CellPosition; readonly to: CellPosition }
  | {
      readonly kind: 'op';
      readonly op: '+' | '-' | '*' | '/';
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  | { readonly kind: 'neg'; readonly operand: FormulaNode }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] };

const FUNCTIONS = new Set(['SUM', 'ROUND', 'MIN', 'MAX']);
const TOKEN =
  /\s*(?:(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(!])|([A-Za-z]+)\s*\(|(\d+(?:\.\d+)?%?)|([-+*/(),]))/y;

type Token =
  | { kind: 'ref'; text: string }
  | { kind: 'fn'; name: string }
  | { kind: 'num'; value: number }
  | { kind: 'punct'; text: string };

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(source);
    if (!match) return undefined;
    index = TOKEN.lastIndex;
    if (match[1]) tokens.push({ kind: 'ref', text: match[1] });
    else if (match[2]) tokens.push({ kind: 'fn', name: match[2].toUpperCase() });
    else if (match[3]) {
      const percent = match[3].endsWith('%');
      const value = Number(percent ? match[3].slice(0, -1) : match[3]);
      tokens.push({ kind: 'num', value: percent ? value / 100 : value });
    } else tokens.push({ kind: 'punct', text: match[4] });
  }
  return tokens;
}

function position(text: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text) as RegExpExecArray;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** Parses "=SUM(B7:B9)+C3"; undefined for anything outside the subset above. */
export function parseFormula(formula: string): FormulaNode | undefined {
  const tokens = tokenize(formula.replace(/^=/, ''));
  if (!tokens || tokens.length === 0) return undefined;
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isPunct = (text: string): boolean => {
    const token = peek();
    return token?.kind === 'punct' && token.text === text;
  };
  const expression = (): FormulaNode | undefined => {
    let left = term();
    while (left && (isPunct('+') || isPunct('-'))) {
      const op = (tokens[at++] as { text: '+' | '-' }).text;
      const right = term();
      if (!right) return undefined;
      left = { kind: 'op', op, left, right };
    }
    return left;
  };
  const term = (): FormulaNode | undefined => {
    let left = unary();
    while (left && (isPunct('*') || isPunct('/'))) {
      const op = (tokens[at++] as { text: '*' | '/' }).text;
      const right = unary();
      if (!right) return undefined;
      left = { kind: 'op', op, left, right };
    }
    return left;
  };
  const unary = (): FormulaNode | undefined => {
    if (isPunct('-')) {
      at++;
      const operand = unary();
      return operand && { kind: 'neg', operand };
    }
    if (isPunct('+')) {
      at++;
      return unary();
    }
    return primary();
  };
  const primary = (): FormulaNode | undefined => {
    const token = tokens[at++];
    if (!token) return undefined;
    if (token.kind === 'num') return { kind: 'number', value: token.value };
    if (token.kind === 'ref') {
      const [first, second] = token.text.split(':');
      if (second === undefined) return { kind: 'ref', at: position(first) };
      return { kind: 'range', from: position(first), to: position(second) };
    }
    if (token.kind === 'fn') {
      if (!FUNCTIONS.has(token.name)) return undefined;
      const args: FormulaNode[] = [];
      if (!isPunct(')')) {
        for (;;) {
          const arg = expression();
          if (!arg) return undefined;
          args.push(arg);
          if (isPunct(',')) {
            at++;
            continue;
          }
          break;
        }
      }
      if (!isPunct(')')) return undefined;
      at++;
      return { kind: 'call', name: token.name, args };
    }
    if (token.text === '(') {
      const inner = expression();
      if (!inner || !isPunct(')')) return undefined;
      at++;
      return inner;
    }
    return undefined;
  };
  const node = expression();
  return node && at === tokens.length ? node : undefined;
}

/** Every cell a formula reads, ranges expanded. */
export function formulaInputs(node: FormulaNode): CellPosition[] {
  switch (node.kind) {
    case 'number':
      return [];
    case 'ref':
      return [node.at];
    case 'range':
      return rangeCells(node.from, node.to);
    case 'op':
      return [...formulaInputs(node.left), ...formulaInputs(node.right)];
    case 'neg':
      return formulaInputs(node.operand);
    case 'call':
      return node.args.flatMap(formulaInputs);
  }
}

function rangeCells(from: CellPosition, to: CellPosition): CellPosition[] {
  const cells: CellPosition[] = [];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++)
    for (let col = Math.min(from.col, to.col); col <= Math.max(from.col, to.col); col++)
      cells.push({ row, col });
  return cells;
}

/**
 * The cells a formula adds up when it is nothing but a sum (SUM of refs and ranges, refs joined by +);
 * undefined for any other formula.
 */
export function summedCells(node: FormulaNode): CellPosition[] | undefined {
  if (node.kind === 'ref' || node.kind === 'range') return formulaInputs(node);
  if (node.kind === 'op' && node.op === '+') {
    const left = summedCells(node.left);
    const right = summedCells(node.right);
    return left && right ? [...left, ...right] : undefined;
  }
  if (node.kind === 'call' && node.name === 'SUM') {
    const parts = node.args.map(summedCells);
    return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
  }
  return undefined;
}

/** What the formula computes with `valueAt` for its inputs (blank inputs count 0, as in Excel). */
export function evaluateFormula(node: FormulaNode, valueAt: (at: CellPosition) => number): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'ref':
      return valueAt(node.at);
    case 'range':
      return rangeCells(node.from, node.to).reduce((sum, at) => sum + valueAt(at), 0);
    case 'neg':
      return -evaluateFormula(node.operand, valueAt);
    case 'op': {
      const left = evaluateFormula(node.left, valueAt);
      const right = evaluateFormula(node.right, valueAt);
      if (node.op === '+') return left + right;
      if (node.op === '-') return left - right;
      if (node.op === '*') return left * right;
      return left / right;
    }
    case 'call': {
      const values = node.args.flatMap((arg) =>
        arg.kind === 'range' ? rangeCells(arg.from, arg.to).map(valueAt) : [evaluateFormula(arg, valueAt)],
      );
      if (node.name === 'SUM') return values.reduce((sum, value) => sum + value, 0);
      if (node.name === 'MIN') return Math.min(...values);
      if (node.name === 'MAX') return Math.max(...values);
      const [value, digits] = values;
      const scale = 10 ** (digits ?? 0);
      return (Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9)) / scale;
    }
  }
}

/**
 * A sum formula over `cells`: per column, one SUM over the run when the cells fill it (blank cells between
 * them allowed when `isGap` says so), otherwise the cells themselves; the parts joined by +.
 */
export function sumFormula(
  cells: readonly CellPosition[],
  toA1: (at: CellPosition) => string,
  isGap: (at: CellPosition) => boolean,
): string {
  const columns = new Map<number, CellPosition[]>();
  for (const cell of cells) columns.set(cell.col, [...(columns.get(cell.col) ?? []), cell]);
  const parts = [...columns.values()].flatMap((column) => {
    const sorted = [...column].sort((a, b) => a.row - b.row);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const inRun = new Set(sorted.map((cell) => cell.row));
    let contiguous = sorted.length > 1;
    for (let row = first.row; row <= last.row && contiguous; row++)
      if (!inRun.has(row) && !isGap({ row, col: first.col })) contiguous = false;
    return contiguous ? [`SUM(${toA1(first)}:${toA1(last)})`] : sorted.map(toA1);
  });
  return `=${parts.join('+')}`;
}
