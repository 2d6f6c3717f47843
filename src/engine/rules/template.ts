/**
 * Message templates with {placeholders}. Each template is split once into its text and its placeholders (the
 * templates are the rules' and the front ends' own constant strings, so the cache stays small); filling is then
 * a walk over the pieces instead of a regular-expression replace per finding.
 */

type Piece = string | { readonly key: string; readonly whole: string };

const PLACEHOLDER = /\{(\w+)\}/g;
const COMPILED = new Map<string, readonly Piece[]>();
/** Templates are constants, so this bound is never reached in practice; it only keeps odd callers honest. */
const MAX_COMPILED = 2000;
const hasOwn = (data: object, key: string): boolean => Object.prototype.hasOwnProperty.call(data, key);

function compiled(template: string): readonly Piece[] {
  let pieces = COMPILED.get(template);
  if (pieces) return pieces;
  const list: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    if (at > last) list.push(template.slice(last, at));
    list.push({ key: match[1], whole: match[0] });
    last = at + match[0].length;
  }
  if (last < template.length) list.push(template.slice(last));
  pieces = list;
  if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
  COMPILED.set(template, pieces);
  return pieces;
}

/** Fills `{name}` from `data`; a placeholder `data` lacks stays as written. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  let out = '';
  const pieces = compiled(template);
  // An indexed loop: the checking workers run most code unoptimised, where for…of allocates a result per step.
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    if (typeof piece === 'string') out += piece;
    else out += piece.key in data ? String(data[piece.key]) : piece.whole;
  }
  return out;
}

/**
 * `fillTemplate(template, { rule, expected, actual, ...data })` without building that object for every
 * finding: a key of `data` wins, then the three the engine adds.
 */
export function fillReport(
  template: string,
  rule: string,
  expected: string,
  actual: string,
  data: Readonly<Record<string, string | number>> | undefined,
): string {
  let out = '';
  for (const piece of compiled(template)) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const { key } = piece;
    if (data && hasOwn(data, key)) out += String(data[key]);
    else if (key === 'rule') out += rule;
    else if (key === 'expected') out += expected;
    else if (key === 'actual') out += actual;
    // A key on every object's prototype ("constructor") is found by `in` on the merged object too.
    else out += key in EMPTY ? String((EMPTY as Record<string, unknown>)[key]) : piece.whole;
  }
  return out;
}

const EMPTY = {};
