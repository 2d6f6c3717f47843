/**
 * The one fix plan every front end applies, and the findings it explains. Localisation picks the cheapest
 * set of cells that makes every identity hold (solve.ts); the plan writes exactly those cells, is verified by
 * re-running the rules on the tables as they will read, and the findings are marked: the chosen cells are
 * roots and carry the fix; a finding that disappears once the roots are fixed is a consequence that names
 * them and has no fix; a tie between equally small sets is said, with no fix.
 */
import { parseA1 } from '../grid/a1';
import type { SheetGrid } from '../grid/types';
import type { RecognizedTable } from '../model/tables';
import { fixFor, formatActual, formatExpected } from '../rules/support/shown';
import type { FindingKey } from '../rules/run';
import type { Finding, Lang } from '../rules/types';
import { patchTables, type CellPatch } from './patch';
import { localize, type ComponentResult, type Solution } from './solve';
import { buildSystem, fieldWith } from './system';
import { TableLookup } from './table-lookup';
import type { Constraint, System, Variable, VarId } from './types';

/** One cell the plan writes. */
export interface FixChange {
  readonly sheet: string;
  readonly cell: string;
  /** The rule whose identity failed at this cell (or, for a root no rule points at, one that it restores). */
  readonly rule: string;
  /** The cell as it shows now and as it will show ("5.41" → "0.00", "92.85%"). */
  readonly old: string;
  readonly new: string;
  /** The raw value to write (a fraction for a percent cell); for a formula, the value it will compute. */
  readonly value: number | string;
  /** When set, write this formula (with its "="), not the value: the cell's formula missed a term. */
  readonly formula?: string;
}

/** A formula cell whose result changes by itself once the changes are written (hosts that do not recalculate write it). */
export interface Recalculated {
  readonly sheet: string;
  readonly cell: string;
  readonly value: number;
}

/** Mistakes the plan leaves to a person, and why. */
export interface Unresolved {
  readonly sheet: string;
  /** Cells whose findings stay (the failing identities' cells). */
  readonly cells: readonly string[];
  /**
   * tie: equally small corrections; needs-value: the root is known, its value is not; by-hand: the root and
   * its value are known but we cannot write it; no-solution: nothing found that makes the table consistent.
   */
  readonly reason: 'tie' | 'needs-value' | 'by-hand' | 'no-solution';
  /** For by-hand: the value the cell should show (its figure sits inside text or an unreadable formula). */
  readonly expected?: string;
  /** For a tie: each equally small set of cells. */
  readonly alternatives?: readonly (readonly string[])[];
}

export interface FixPlan {
  readonly changes: readonly FixChange[];
  readonly recalculated: readonly Recalculated[];
  readonly unresolved: readonly Unresolved[];
}

export interface Localized {
  readonly findings: Finding[];
  readonly plan: FixPlan;
}

/**
 * Runs the rules over tables (and only those), as the caller's checkTables would, so this module need not
 * import it; only which findings there are and their severities are read.
 */
export type Recheck = (tables: readonly RecognizedTable[]) => readonly FindingKey[];

const NOTES: Record<
  Lang,
  {
    consequence: string;
    tie: string;
    formula: string;
    root: string;
    rootBlank: string;
    rootClears: string;
    needsValue: string;
    rootFree: string;
    rootByHand: string;
  }
> = {
  zh: {
    consequence: '改正 {cells} 后即相符。',
    tie: '有多种同样少的改法（{options}），无法断定哪一格有误，请人工核对；不提供修正。',
    formula: '该格公式漏了 {missing}，应改为 {formula}。',
    root: '{cell} 应为 {expected}，表中为 {actual}。',
    rootBlank: '{cell} 未填写，应为 {expected}。',
    rootClears: '改正此格后，{cells} 处的不符即全部消除。',
    needsValue: '错误在此格，但正确的值须由填表人确定。',
    rootFree: '错误出在 {cell}，其正确值须由填表人确定。',
    rootByHand: '错误出在 {cell}，应为 {expected}；该格的数字写在文字或无法识别的公式中，请手工改正。',
  },
  en: {
    consequence: 'Consistent once {cells} is corrected.',
    tie: 'Several equally small corrections fit ({options}); which cell is wrong cannot be told, so no fix is offered.',
    formula: 'Its formula leaves out {missing}; correct it to {formula}.',
    root: '{cell} should be {expected}; the sheet shows {actual}.',
    rootBlank: '{cell} is blank; it should be {expected}.',
    rootClears: 'Once it is corrected, the mismatches at {cells} all clear.',
    needsValue: 'The mistake is in this cell, but only the filer can say its right value.',
    rootFree: 'The mistake is in {cell}; only the filer can say its right value.',
    rootByHand:
      'The mistake is in {cell}, which should be {expected}; its figure sits inside text or a formula we cannot read, so correct it by hand.',
  },
};

interface Accepted {
  readonly result: ComponentResult;
  readonly tables: readonly RecognizedTable[];
  /** The cells the plan changes or a person must change (roots), by "sheet!A1". */
  readonly roots: readonly Variable[];
  readonly changes: readonly FixChange[];
  /** The values the chosen solution gives its cells (also those the plan cannot write). */
  readonly values: ReadonlyMap<VarId, number>;
  readonly patches: readonly CellPatch[];
  /** Finding keys that disappear once the plan is applied. */
  readonly resolved: ReadonlySet<string>;
  /** Error finding keys of the component that stay. */
  readonly remaining: ReadonlySet<string>;
  readonly tie?: Unresolved;
}

export function localizeFindings(
  tables: readonly RecognizedTable[],
  sheets: readonly SheetGrid[],
  findings: readonly Finding[],
  lang: Lang,
  recheck: Recheck,
): Localized {
  if (!findings.some((finding) => finding.severity === 'error')) {
    return {
      findings: stripFormulaFixes(findings, sheets),
      plan: { changes: [], recalculated: [], unresolved: [] },
    };
  }
  // No identity links two tables (cross-table is a warning), so only tables with an error need a system.
  const lookup = new TableLookup(tables);
  const erringIndices = new Set(
    findings
      .filter((finding) => finding.severity === 'error')
      .flatMap((finding) => lookup.ofFinding(finding)),
  );
  const erring = tables.filter((_, index) => erringIndices.has(index));
  const system = buildSystem(erring, sheets);
  const accepted: Accepted[] = [];
  const unresolved: Unresolved[] = [];
  const recalculated: Recalculated[] = [];
  for (const result of localize(system)) {
    const outcome = accept(system, result, lookup, findings, recheck);
    if ('reason' in outcome) unresolved.push(outcome);
    else {
      accepted.push(outcome);
      if (outcome.tie) unresolved.push(outcome.tie);
      for (const patch of outcome.patches) {
        const variable = system.variables.get(`${patch.sheet}!${patch.row},${patch.col}`);
        if (variable?.write === 'recalc' && typeof patch.value === 'number')
          recalculated.push({ sheet: patch.sheet, cell: variable.a1, value: patch.value });
      }
      for (const root of outcome.roots) {
        if (outcome.changes.some((change) => same(change, root))) continue;
        const value = outcome.values.get(root.id);
        unresolved.push(
          value === undefined
            ? { sheet: root.sheet, cells: [root.a1], reason: 'needs-value' }
            : {
                sheet: root.sheet,
                cells: [root.a1],
                reason: 'by-hand',
                expected: formatExpected(root.field, root.measure, value),
              },
        );
      }
    }
  }
  const annotated = annotate(findings, accepted, lang);
  return {
    findings: stripFormulaFixes(withoutUnsettledFixes(annotated, unresolved), sheets),
    plan: {
      changes: inSheetOrder(
        accepted.flatMap((entry) => entry.changes),
        sheets,
      ),
      recalculated,
      unresolved,
    },
  };
}

/** Changes as a person reads the workbook: sheet by sheet, row by row. */
function inSheetOrder(changes: FixChange[], sheets: readonly SheetGrid[]): FixChange[] {
  const order = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  const positions = new Map(changes.map((change) => [change, parseA1(change.cell) ?? { row: 0, col: 0 }]));
  const position = (change: FixChange) => positions.get(change) as { row: number; col: number };
  return changes.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      position(a).row - position(b).row ||
      position(a).col - position(b).col,
  );
}

function byPosition(a: Variable, b: Variable): number {
  // Cells of one sheet (always, in one component) skip localeCompare: its first call builds ICU's collator,
  // ~5 ms of each checking worker's start.
  const sheets = a.sheet === b.sheet ? 0 : a.sheet.localeCompare(b.sheet);
  return sheets || a.at.row - b.at.row || a.at.col - b.at.col;
}

function comparePositions(a: string | undefined, b: string | undefined): number {
  const first = a ? parseA1(a) : undefined;
  const second = b ? parseA1(b) : undefined;
  if (!first || !second) return first ? -1 : second ? 1 : 0;
  return first.row - second.row || first.col - second.col;
}

function same(change: FixChange, variable: Variable): boolean {
  return change.sheet === variable.sheet && change.cell === variable.a1;
}

function findingKey(finding: Pick<Finding, 'sheet' | 'cell' | 'rule'>): string {
  return `${finding.sheet}|${finding.cell}|${finding.rule}`;
}

/** The solution to apply: the only one, or what every tied solution agrees on (the rest stays with a person). */
function chosen(
  system: System,
  result: ComponentResult,
): { solution: Solution; tie?: Unresolved } | undefined {
  const [first, ...others] = result.solutions;
  if (!first) return undefined;
  if (others.length === 0) return { solution: first };
  const agreed = first.cells.filter((id) =>
    others.every((other) => other.cells.includes(id) && other.values.get(id) === first.values.get(id)),
  );
  const cellsOf = (solution: Solution): string[] =>
    solution.cells
      .filter((id) => !agreed.includes(id))
      .map((id) => system.variables.get(id) as Variable)
      // A formula that follows is no correction of its own: the set names the cells a person would change.
      .filter((variable) => variable.write !== 'recalc')
      .sort(byPosition)
      .map((variable) => variable.a1);
  // Alternatives as a person reads the sheet: row by row, the first cell of each set deciding.
  const alternatives = result.solutions.map(cellsOf).sort((a, b) => comparePositions(a[0], b[0]));
  const sheet = result.violated[0].sheet;
  const tie: Unresolved = {
    sheet,
    cells: result.violated.map((constraint) => constraint.at),
    reason: 'tie',
    alternatives,
  };
  return {
    solution: {
      cells: agreed,
      cost: 0,
      values: new Map([...first.values].filter(([id]) => agreed.includes(id))),
      free: first.free.filter((id) => agreed.includes(id)),
    },
    tie,
  };
}

function accept(
  system: System,
  result: ComponentResult,
  lookup: TableLookup,
  allFindings: readonly Finding[],
  recheck: Recheck,
): Accepted | Unresolved {
  const sheetOf = result.violated[0].sheet;
  const pick = chosen(system, result);
  if (!pick)
    return {
      sheet: sheetOf,
      cells: result.violated.map((constraint) => constraint.at),
      reason: 'no-solution',
    };
  const variables = pick.solution.cells.map((id) => system.variables.get(id) as Variable);
  const changes: FixChange[] = [];
  const patches: CellPatch[] = [];
  const roots: Variable[] = [];
  let unitSlip = false;
  for (const variable of variables) {
    const value = pick.solution.values.get(variable.id);
    const role = variable.measure === 'count' ? 'count' : variable.measure;
    if (variable.write === 'recalc') {
      if (value !== undefined && Number.isFinite(value) && value !== variable.value)
        patches.push({ sheet: variable.sheet, row: variable.at.row, col: variable.at.col, value, role });
      continue;
    }
    roots.push(variable);
    // An overflowed solution (a denominator of 1e-300) is no value anyone could type: the root gets no fix.
    if (value === undefined || !Number.isFinite(value) || variable.write === 'none') continue;
    const rule = ruleAt(result, variable);
    // A blank cell has no decimals of its own to follow: it shows the value as typed (10, 0.1).
    const shownAs = variable.value === undefined ? fieldWith(variable, value) : variable.field;
    const shownNew = formatExpected(shownAs, variable.measure, value);
    if (variable.write === 'formula' && variable.correctedFormula) {
      changes.push({
        sheet: variable.sheet,
        cell: variable.a1,
        rule,
        old: variable.field.cell?.formula ?? formatActual(variable.field, variable.measure),
        new: variable.correctedFormula,
        value,
        formula: variable.correctedFormula,
      });
      patches.push({
        sheet: variable.sheet,
        row: variable.at.row,
        col: variable.at.col,
        value,
        formula: variable.correctedFormula,
        role,
      });
      continue;
    }
    const raw = fixFor(variable.field, variable.measure, value);
    if (isUnitSlip(variable.value, raw)) unitSlip = true;
    changes.push({
      sheet: variable.sheet,
      cell: variable.a1,
      rule,
      old: formatActual(variable.field, variable.measure),
      new: shownNew,
      value: raw,
    });
    patches.push({ sheet: variable.sheet, row: variable.at.row, col: variable.at.col, value: raw, role });
  }
  // A correction a thousand times the figure or more means a unit slip elsewhere (元 typed in a 万元 table): the
  // cell that slipped is an entered amount the search ranks below the total it would rewrite. No fix then.
  if (unitSlip)
    return {
      sheet: sheetOf,
      cells: result.violated.map((constraint) => constraint.at),
      reason: 'no-solution',
    };
  const { tables } = lookup;
  const ownIndices = new Set<number>();
  for (const id of result.variables) {
    const variable = system.variables.get(id) as Variable;
    for (const index of lookup.at(variable.sheet, variable.at.row, variable.at.col)) ownIndices.add(index);
  }
  // cross-table reads the basic-data tables beside an overall table: they come along as its context.
  const withContext = [...ownIndices].some((index) => tables[index].kind === 'overall-self-eval');
  const touchedIndices = new Set<number>();
  tables.forEach((table, index) => {
    if (ownIndices.has(index) || (withContext && table.kind === 'basic-data')) touchedIndices.add(index);
  });
  const touched = tables.filter((_, index) => touchedIndices.has(index));
  // The findings already at hand are the tables' findings before the plan: only the after needs a run.
  const before = allFindings.filter((finding) =>
    lookup.ofFinding(finding).some((index) => touchedIndices.has(index)),
  );
  const after = recheck(patchTables(touched, patches));
  const beforeErrors = new Set(before.filter((finding) => finding.severity === 'error').map(findingKey));
  const afterErrors = after.filter((finding) => finding.severity === 'error').map(findingKey);
  // A plan that would make a new mistake is no plan: the mistakes stay with a person.
  if (afterErrors.some((key) => !beforeErrors.has(key)))
    return {
      sheet: sheetOf,
      cells: result.violated.map((constraint) => constraint.at),
      reason: 'no-solution',
    };
  const afterKeys = new Set(after.map(findingKey));
  return {
    result,
    tables: touched,
    roots,
    changes,
    values: pick.solution.values,
    patches,
    resolved: new Set(before.map(findingKey).filter((key) => !afterKeys.has(key))),
    remaining: new Set(afterErrors),
    ...(pick.tie ? { tie: pick.tie } : {}),
  };
}

/**
 * Where no consistent correction was found, a rule's own one-cell fix is what issue 9 warned against (each identity
 * fixed on its own): the finding stays, for a person, without it.
 */
function withoutUnsettledFixes(findings: readonly Finding[], unresolved: readonly Unresolved[]): Finding[] {
  const unsettled = new Set(
    unresolved
      .filter((entry) => entry.reason === 'no-solution')
      .flatMap((entry) => entry.cells.map((cell) => `${entry.sheet}|${cell}`)),
  );
  return findings.map((finding) => {
    if (finding.fix === undefined || !unsettled.has(`${finding.sheet}|${finding.cell}`)) return finding;
    const { fix: _unsettled, ...rest } = finding;
    return rest;
  });
}

const UNIT_SLIP_RATIO = 1000;

function isUnitSlip(before: number | undefined, after: number | string): boolean {
  if (before === undefined || before === 0 || typeof after !== 'number' || after === 0) return false;
  const ratio = Math.abs(after / before);
  return ratio >= UNIT_SLIP_RATIO || ratio <= 1 / UNIT_SLIP_RATIO;
}

/** The rule of the first failing identity that reads this cell (derived cells first: that is whose finding it is). */
function ruleAt(result: ComponentResult, variable: Variable): string {
  const ownOf = (list: readonly Constraint[]) =>
    list.find(
      (constraint) =>
        !constraint.formula && constraint.at === variable.a1 && constraint.vars.includes(variable.id),
    );
  // A failing identity first: a blank 得分 filled in restores 总分, not its own (holding) score range.
  const any = result.violated.find(
    (constraint) => !constraint.formula && constraint.vars.includes(variable.id),
  );
  return (ownOf(result.violated) ?? any ?? ownOf(result.constraints) ?? result.violated[0]).rule;
}

function annotate(findings: readonly Finding[], accepted: readonly Accepted[], lang: Lang): Finding[] {
  const notes = NOTES[lang];
  const out: Finding[] = [];
  const explained = new Set<string>();
  for (const finding of findings) {
    const key = findingKey(finding);
    const entry = accepted.find(
      (candidate) =>
        candidate.roots.some((root) => root.sheet === finding.sheet && root.a1 === finding.cell) ||
        candidate.resolved.has(key) ||
        candidate.remaining.has(key),
    );
    if (!entry) {
      out.push(finding);
      continue;
    }
    const root = entry.roots.find(
      (candidate) => candidate.sheet === finding.sheet && candidate.a1 === finding.cell,
    );
    const { fix: _dropped, ...withoutFix } = finding;
    // A note on the root cell (a figure typed as text) stays a note; the error or warning there carries the fix.
    // A warning the correction does not clear (控制率 110% is over-staffed, but right) is not the mistake: it
    // stays as it was, without a fix of its own beside the root's.
    if (root && finding.severity === 'warning' && !entry.resolved.has(key) && explainedBy(findings, root)) {
      out.push(withoutFix);
      continue;
    }
    if (root && finding.severity !== 'info') {
      explained.add(`${root.sheet}!${root.a1}`);
      out.push(rootFinding(finding, root, entry, notes));
      continue;
    }
    void _dropped;
    if (entry.resolved.has(key) && entry.roots.length > 0) {
      const cells = entry.roots.map((candidate) =>
        candidate.sheet === finding.sheet ? candidate.a1 : `${candidate.sheet}!${candidate.a1}`,
      );
      out.push({
        ...withoutFix,
        message: then(
          finding.message,
          say(notes.consequence, { cells: cells.join(lang === 'zh' ? '、' : ', ') }),
        ),
        role: 'consequence',
        causedBy: cells.join(','),
      });
      continue;
    }
    if (entry.tie && finding.severity === 'error') {
      const options = (entry.tie.alternatives ?? [])
        .map((set) => set.join(' + '))
        .join(lang === 'zh' ? ' 或 ' : ' or ');
      out.push({
        ...withoutFix,
        message: then(finding.message, say(notes.tie, { options })),
        alternatives: entry.tie.alternatives?.map((set) => set.join(',')),
      });
      continue;
    }
    out.push(finding);
  }
  // A root no rule points at (a 得分 whose 总分 is flagged) still needs its own finding to carry the fix; one
  // the plan cannot write is named in the findings that stay instead of counting as one more error.
  for (const entry of accepted) {
    const unwritten = entry.roots.filter(
      (root) =>
        !explained.has(`${root.sheet}!${root.a1}`) && !entry.changes.some((change) => same(change, root)),
    );
    if (unwritten.length > 0) {
      const note = unwritten
        .map((root) => unwrittenNote(root, entry, notes))
        .reduce((all, next) => (all ? then(all, next) : next), '');
      for (let index = 0; index < out.length; index++) {
        const finding = out[index];
        if (entry.remaining.has(findingKey(finding)) && finding.role === undefined)
          out[index] = { ...finding, message: then(finding.message, note) };
      }
    }
    for (const root of entry.roots) {
      if (explained.has(`${root.sheet}!${root.a1}`)) continue;
      const change = entry.changes.find((candidate) => same(candidate, root));
      if (!change) continue;
      // The mismatches it clears, by where they are reported: a clerk knows cells, not rule ids.
      const cleared = [
        ...new Set(
          entry.result.violated
            .filter((c) => !c.formula && !(c.sheet === root.sheet && c.at === root.a1))
            .map((c) => (c.sheet === root.sheet ? c.at : `${c.sheet}!${c.at}`)),
        ),
      ];
      const expected = change.new;
      const actual = formatActual(root.field, root.measure);
      const template = root.value === undefined ? notes.rootBlank : notes.root;
      const stated = say(template, { cell: root.a1, expected: change.new, actual });
      const message =
        cleared.length > 0
          ? then(stated, say(notes.rootClears, { cells: cleared.join(lang === 'zh' ? '、' : ', ') }))
          : stated;
      const base: Finding = {
        sheet: root.sheet,
        cell: root.a1,
        rule: change.rule,
        severity: 'error',
        message,
        expected,
        actual,
        role: 'root',
      };
      out.push(withFix(base, change, root, notes));
    }
  }
  return out;
}

/** Whether an error at the root's cell will carry its fix. */
function explainedBy(findings: readonly Finding[], root: Variable): boolean {
  return findings.some(
    (finding) => finding.severity === 'error' && finding.sheet === root.sheet && finding.cell === root.a1,
  );
}

/** Why a root is left to a person: its value is the filer's to choose, or it sits inside a label or formula. */
function unwrittenNote(root: Variable, entry: Accepted, notes: (typeof NOTES)[Lang]): string {
  const value = entry.values.get(root.id);
  if (value === undefined) return say(notes.rootFree, { cell: root.a1 });
  return say(notes.rootByHand, { cell: root.a1, expected: formatExpected(root.field, root.measure, value) });
}

function rootFinding(
  finding: Finding,
  root: Variable,
  entry: Accepted,
  notes: (typeof NOTES)[Lang],
): Finding {
  const change = entry.changes.find((candidate) => same(candidate, root));
  const { fix: _dropped, ...withoutFix } = finding;
  void _dropped;
  const base: Finding = { ...withoutFix, role: 'root' };
  if (!change) return { ...base, message: then(finding.message, notes.needsValue) };
  return withFix({ ...base, expected: finding.expected ?? change.new }, change, root, notes);
}

function withFix(
  base: Finding,
  change: FixChange | undefined,
  root: Variable,
  notes: (typeof NOTES)[Lang],
): Finding {
  if (!change) return base;
  if (change.formula) {
    const missing = (root.missingTerms ?? []).join(', ');
    return {
      ...base,
      message: then(base.message, say(notes.formula, { missing, formula: change.formula })),
      fixFormula: change.formula,
    };
  }
  return { ...base, fix: change.value };
}

/** Never a constant over a formula: a rule's fix for a formula cell is dropped (a corrected formula stays). */
function stripFormulaFixes(findings: readonly Finding[], sheets: readonly SheetGrid[]): Finding[] {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  return findings.map((finding) => {
    if (finding.fix === undefined) return finding;
    const at = parseA1(finding.cell);
    const cell = at ? byName.get(finding.sheet)?.cellAt(at.row, at.col) : undefined;
    if (!cell?.formula) return finding;
    const { fix: _dropped, ...rest } = finding;
    void _dropped;
    return rest;
  });
}

/** One sentence after another: a space after English (or a Latin full stop), none after 。 */
function then(first: string, second: string): string {
  return /[。！？；）」”]$/.test(first) ? `${first}${second}` : `${first} ${second}`;
}

function say(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}
