/**
 * Fellegi–Holt error localisation by exact search: the cheapest sets of cells whose new values make every
 * identity hold at once. Uniform-cost search over sets, branching only on the cells of an identity that
 * still fails (any fixing set must change one of them), so the sets tried stay few; the values of a set
 * follow by propagation (an identity with one unknown is solved for it). An unknown bound only by
 * inequalities (a 得分 above its 分值 under a formula total) is a root without a value.
 */
import type { Constraint, Lookup, System, Variable, VarId } from './types';

export interface Solution {
  readonly cells: readonly VarId[];
  readonly cost: number;
  /** New value of each cell whose value the identities determine. */
  readonly values: ReadonlyMap<VarId, number>;
  /** Cells that must change but whose value only a person can choose. */
  readonly free: readonly VarId[];
}

export interface ComponentResult {
  readonly variables: readonly VarId[];
  readonly constraints: readonly Constraint[];
  readonly violated: readonly Constraint[];
  /** Every cheapest solution (more than one is a tie); empty when none was found within the search limits. */
  readonly solutions: readonly Solution[];
}

/** A tie is cost-equal within this. */
const EPSILON = 1e-9;
const MAX_SET_SIZE = 6;
const MAX_EVALUATIONS = 4000;
const MAX_SOLUTIONS = 24;

/** Splits the system into independent parts and localises each part that has a failing identity. */
export function localize(system: System): ComponentResult[] {
  const current: Lookup = (id) => system.variables.get(id)?.value;
  const results: ComponentResult[] = [];
  for (const component of components(system)) {
    const violated = component.constraints.filter((constraint) => !constraint.holds(current));
    if (violated.length === 0) continue;
    results.push({
      variables: component.variables,
      constraints: component.constraints,
      violated,
      solutions: search(system, component.constraints, violated),
    });
  }
  return results;
}

interface Component {
  readonly variables: VarId[];
  readonly constraints: Constraint[];
}

function components(system: System): Component[] {
  const parent = new Map<VarId, VarId>();
  const find = (id: VarId): VarId => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as VarId;
    // Every cell on the way points at the root from now on, so long chains are walked once.
    for (let at = id; at !== root;) {
      const next = parent.get(at) as VarId;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const id of system.variables.keys()) parent.set(id, id);
  for (const constraint of system.constraints) {
    const [first, ...rest] = constraint.vars;
    for (const other of rest) parent.set(find(other), find(first));
  }
  const byRoot = new Map<VarId, Component>();
  for (const id of system.variables.keys()) {
    const root = find(id);
    if (!byRoot.has(root)) byRoot.set(root, { variables: [], constraints: [] });
    byRoot.get(root)?.variables.push(id);
  }
  for (const constraint of system.constraints) {
    if (constraint.vars.length === 0) continue;
    byRoot.get(find(constraint.vars[0]))?.constraints.push(constraint);
  }
  return [...byRoot.values()];
}

type Evaluation =
  | { readonly status: 'ok'; readonly values: Map<VarId, number>; readonly free: VarId[] }
  /** `branch`: the cells one of which a fixing superset must add (the failing identity's, and those of the
   *  identities that set its changed cells: another order of solving may settle them differently). */
  | { readonly status: 'violated'; readonly branch: readonly VarId[] }
  | { readonly status: 'dead' };

/** Only identities that read a changed cell can change verdict; the failing ones must be re-tested too. */
function relevant(
  cells: readonly VarId[],
  byVar: ReadonlyMap<VarId, readonly Constraint[]>,
  violated: readonly Constraint[],
): Constraint[] {
  const set = new Set<Constraint>(violated);
  for (const id of cells) for (const constraint of byVar.get(id) ?? []) set.add(constraint);
  return [...set];
}

function evaluate(system: System, constraints: readonly Constraint[], cells: readonly VarId[]): Evaluation {
  const values = new Map<VarId, number>();
  const solvedBy = new Map<VarId, Constraint>();
  const unknown = new Set(cells);
  const { variables } = system;
  // `values` holds numbers only, so one lookup tells whether a cell has a trial value.
  const get: Lookup = (id) => {
    const value = values.get(id);
    return value !== undefined ? value : variables.get(id)?.value;
  };
  const free: VarId[] = [];
  /** Free cells' trial values, and what was solved from them: a person's choice, never written. */
  const tentative = new Set<VarId>();
  // Identities that would need a changed cell below 0: no fix makes an amount, a rate or a score negative,
  // but a larger set (one more cell of that identity) may, so they are branched on, not a dead end.
  const negative: Constraint[] = [];
  for (;;) {
    let progress = true;
    while (progress && unknown.size > 0) {
      progress = false;
      for (const constraint of constraints) {
        if (!constraint.solve) continue;
        const target = soleUnknown(constraint.vars, unknown);
        if (target === undefined) continue;
        const value = constraint.solve(target, get);
        if (value === undefined || !Number.isFinite(value)) continue;
        if (value < 0) {
          if (!negative.includes(constraint)) negative.push(constraint);
          continue;
        }
        if (tentative.size > 0 && constraint.vars.some((id) => tentative.has(id))) {
          // Only a formula may follow a value a person has yet to choose; a cell we would write may not.
          if (variables.get(target)?.write !== 'recalc') return { status: 'dead' };
          tentative.add(target);
        }
        values.set(target, value);
        solvedBy.set(target, constraint);
        unknown.delete(target);
        progress = true;
      }
    }
    if (negative.length > 0 && [...unknown].some((id) => negative.some((c) => c.vars.includes(id)))) {
      const branch = new Set<VarId>();
      for (const constraint of negative) for (const id of constraint.vars) branch.add(id);
      return { status: 'violated', branch: [...branch].filter((id) => !cells.includes(id)) };
    }
    if (unknown.size === 0) break;
    // No identity settles what is left: a cell bound only by inequalities (a 得分 above its 分值 under a
    // formula 总分, a 公用经费 below its 其中 items) must change, but its value is the filer's. It takes a trial
    // value inside its bounds so the rest can be tested; formulas may follow it, nothing else may.
    const pick = freeCell(system, constraints, unknown, get);
    if (!pick) return { status: 'dead' };
    values.set(pick.id, pick.value);
    unknown.delete(pick.id);
    free.push(pick.id);
    tentative.add(pick.id);
  }
  let worst: Constraint | undefined;
  let worstOpen = Infinity;
  for (const constraint of constraints) {
    if (constraint.holds(get)) continue;
    let open = 0;
    for (const id of constraint.vars) if (!cells.includes(id)) open++;
    if (open < worstOpen) {
      worst = constraint;
      worstOpen = open;
    }
  }
  if (worst) {
    const branch = new Set(worst.vars);
    for (const id of worst.vars) for (const other of solvedBy.get(id)?.vars ?? []) branch.add(other);
    return { status: 'violated', branch: [...branch].filter((id) => !cells.includes(id)) };
  }
  if (tentative.size === 0) return { status: 'ok', values, free };
  const settled = new Map([...values].filter(([id]) => !tentative.has(id)));
  return { status: 'ok', values: settled, free };
}

/** The one cell of `vars` still unknown; undefined when none or several are (counted without a new array). */
function soleUnknown(vars: readonly VarId[], unknown: ReadonlySet<VarId>): VarId | undefined {
  let found: VarId | undefined;
  for (const id of vars) {
    if (!unknown.has(id)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** A cell still open that inequalities bound (and none settles), with the value nearest its own inside them. */
function freeCell(
  system: System,
  constraints: readonly Constraint[],
  unknown: ReadonlySet<VarId>,
  get: Lookup,
): { id: VarId; value: number } | undefined {
  for (const id of unknown) {
    const variable = system.variables.get(id);
    if (!variable || variable.write === 'recalc') continue;
    let low = 0;
    let high = Infinity;
    let bounded = false;
    for (const constraint of constraints) {
      if (!constraint.bounds || !constraint.vars.includes(id)) continue;
      if (constraint.vars.some((other) => other !== id && unknown.has(other))) continue;
      const range = constraint.bounds(id, get);
      if (!range) continue;
      bounded = true;
      low = Math.max(low, range[0]);
      high = Math.min(high, range[1]);
    }
    if (!bounded || low > high + EPSILON) continue;
    return { id, value: Math.min(Math.max(variable.value ?? low, low), high) };
  }
  return undefined;
}

interface Candidate {
  readonly cells: VarId[];
  readonly cost: number;
}

function search(
  system: System,
  constraints: readonly Constraint[],
  violated: readonly Constraint[],
): Solution[] {
  const costOf = (id: VarId): number => (system.variables.get(id) as Variable).cost;
  const queue = new MinHeap<Candidate>((a, b) => a.cost - b.cost || a.cells.length - b.cells.length);
  const seen = new Set<string>();
  const solutions: Solution[] = [];
  let best = Infinity;
  let evaluations = 0;
  const start = violated.reduce((a, b) => (b.vars.length < a.vars.length ? b : a));
  const byVar = new Map<VarId, Constraint[]>();
  for (const constraint of constraints)
    for (const id of constraint.vars) {
      const list = byVar.get(id);
      if (list) list.push(constraint);
      else byVar.set(id, [constraint]);
    }
  // Sets are told apart by their cells' small numbers, not by joining the ids (sheet names and all): the
  // search proposes thousands of sets and each key is hashed.
  const numbers = new Map<VarId, number>();
  const numberOf = (id: VarId): number => {
    let number = numbers.get(id);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(id, number);
    }
    return number;
  };
  const push = (cells: VarId[], branch: readonly VarId[]): void => {
    if (cells.length >= MAX_SET_SIZE) return;
    const base = cells.reduce((sum, id) => sum + costOf(id), 0);
    for (const id of branch) {
      if (cells.includes(id)) continue;
      const next = withSorted(cells, id);
      let key = '';
      for (const cell of next) key += `${numberOf(cell)},`;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ cells: next, cost: base + costOf(id) });
    }
  };
  push([], start.vars);
  while (queue.size > 0 && evaluations < MAX_EVALUATIONS && solutions.length < MAX_SOLUTIONS) {
    const candidate = queue.pop() as Candidate;
    if (candidate.cost > best + EPSILON) break;
    // A superset of a solution is never minimal.
    if (solutions.some((found) => found.cells.every((id) => candidate.cells.includes(id)))) continue;
    evaluations++;
    const result = evaluate(system, relevant(candidate.cells, byVar, violated), candidate.cells);
    if (result.status === 'ok') {
      best = Math.min(best, candidate.cost);
      solutions.push({
        cells: candidate.cells,
        cost: candidate.cost,
        values: result.values,
        free: result.free,
      });
    } else if (result.status === 'violated') push(candidate.cells, result.branch);
  }
  return solutions;
}

/**
 * `cells` (sorted, without `id`) with `id` put in its place: the same array `[...cells, id].sort()` gives,
 * without sorting again for every one of the thousands of sets a search proposes.
 */
function withSorted(cells: readonly VarId[], id: VarId): VarId[] {
  const next: VarId[] = [];
  let placed = false;
  for (const cell of cells) {
    if (!placed && id < cell) {
      next.push(id);
      placed = true;
    }
    next.push(cell);
  }
  if (!placed) next.push(id);
  return next;
}

/** A binary heap: the search pops the cheapest set first. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.compare(items[index], items[parent]) >= 0) break;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && this.compare(items[left], items[smallest]) < 0) smallest = left;
        if (right < items.length && this.compare(items[right], items[smallest]) < 0) smallest = right;
        if (smallest === index) break;
        [items[index], items[smallest]] = [items[smallest], items[index]];
        index = smallest;
      }
    }
    return top;
  }
}
