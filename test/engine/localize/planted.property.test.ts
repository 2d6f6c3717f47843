// Property tests: mistakes planted at random in correct tables (the corrected seeds). After the fix plan is
// applied, re-checking finds no error except those the plan left to a person (ties, missing data); the plan
// writes exactly its root cells, never a constant over a formula, and when the planted mistakes are
// independent it changes as many cells as were planted: the planted ones.
import fc from 'fast-check';
import { recognizeTables } from '../../../src/engine/recognize';
import { buildSystem } from '../../../src/engine/localize/system';
import type { Variable } from '../../../src/engine/localize/types';
import { checkWorkbook } from '../../../src/engine/check';
import type { Grid } from '../../../src/engine/grid/grid';
import { correctedGrids, errorsOf, fixAndRecheck, setNumber } from './helpers';

const SEEDS = [0, 1, 2, 3];

interface Candidates {
  readonly grids: Grid[];
  /** Cells of the identities: derived ones (totals, rates, scores, 总分) and all. */
  readonly derived: Variable[];
  readonly all: Variable[];
  /** For each cell, every cell it shares an identity with (itself included). */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}

function candidates(seed: number): Candidates {
  const grids = correctedGrids(seed);
  const tables = grids.flatMap((grid) => recognizeTables(grid));
  const system = buildSystem(tables, grids);
  const neighbours = new Map<string, Set<string>>();
  for (const constraint of system.constraints)
    for (const id of constraint.vars) {
      const set = neighbours.get(id) ?? new Set<string>([id]);
      for (const other of constraint.vars) set.add(other);
      neighbours.set(id, set);
    }
  const writable = [...system.variables.values()].filter((v) => v.write === 'value' && v.value !== undefined);
  // A total that only bounds its parts (公用经费 ≥ its 其中 items) has no one right value: a person's call.
  // And a cell planted where its identity does not apply (a 控制率 over an all-zero building row) shows nothing.
  const determined = (v: Variable): boolean =>
    system.constraints.some(
      (constraint) =>
        constraint.solve &&
        !constraint.formula &&
        constraint.vars.includes(v.id) &&
        !constraint.holds((id) => (id === v.id ? (v.value ?? 0) + 0.05 : system.variables.get(id)?.value)),
    );
  return { grids, derived: writable.filter((v) => v.derived && determined(v)), all: writable, neighbours };
}

/** A visible change of a figure: a rate by whole percent points, money and scores by at least 0.5. */
function planted(variable: Variable, step: number): number {
  const value = variable.value ?? 0;
  if (variable.measure === 'rate') return Math.max(0, Math.round((value + step / 100) * 10000) / 10000);
  if (variable.measure === 'count') return Math.max(0, Math.round(value + step));
  return Math.max(0, Math.round((value + step / 2) * 100) / 100);
}

function plant(grids: readonly Grid[], variable: Variable, value: number): void {
  const grid = grids.find((g) => g.name === variable.sheet) as Grid;
  setNumber(grid, variable.at.row, variable.at.col, value);
}

const step = fc.integer({ min: 1, max: 40 }).chain((n) => fc.constantFrom(n, -n));

describe.each(SEEDS)('corrected seed #%i with planted mistakes', (seed) => {
  it('starts clean', () => {
    expect(errorsOf(checkWorkbook(correctedGrids(seed)).findings)).toEqual([]);
  });

  it('independent mistakes in derived cells: the plan changes exactly the planted cells, and the table checks clean', () => {
    const base = candidates(seed);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(base.derived.length - 1), { minLength: 1, maxLength: 3 }),
        fc.array(step, { minLength: 3, maxLength: 3 }),
        (picks, steps) => {
          const chosen: Variable[] = [];
          for (const index of picks) {
            const variable = base.derived[index];
            const near = base.neighbours.get(variable.id) ?? new Set<string>();
            // Independent: no two planted cells share an identity, nor a cell that does.
            if (chosen.some((other) => [...near].some((id) => base.neighbours.get(other.id)?.has(id))))
              continue;
            chosen.push(variable);
          }
          const grids = correctedGrids(seed);
          const plantedCells: string[] = [];
          chosen.forEach((variable, k) => {
            const value = planted(variable, steps[k]);
            if (value === variable.value) return;
            plant(grids, variable, value);
            plantedCells.push(`${variable.sheet}!${variable.a1}`);
          });
          if (plantedCells.length === 0) return true; // every pick was already 0 and could not go lower
          const { before, plan, after } = fixAndRecheck(grids);
          const changed = plan.changes.map((c) => `${c.sheet}!${c.cell}`);
          expect(errorsOf(before.findings).length).toBeGreaterThan(0);
          expect(plan.unresolved).toEqual([]);
          expect(errorsOf(after.findings)).toEqual([]);
          expect([...changed].sort()).toEqual([...plantedCells].sort());
          return true;
        },
      ),
      { numRuns: 40, seed: 9000 + seed },
    );
  });

  it('any mistakes anywhere: only errors the plan left to a person remain; writes are roots; no constant over a formula', () => {
    const base = candidates(seed);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(base.all.length - 1), { minLength: 1, maxLength: 3 }),
        fc.array(step, { minLength: 3, maxLength: 3 }),
        (picks, steps) => {
          const grids = correctedGrids(seed);
          picks.forEach((index, k) => plant(grids, base.all[index], planted(base.all[index], steps[k])));
          const { before, plan, after } = fixAndRecheck(grids);
          const roots = new Set(
            before.findings.filter((f) => f.role === 'root').map((f) => `${f.sheet}!${f.cell}`),
          );
          for (const change of plan.changes) {
            expect(roots).toContain(`${change.sheet}!${change.cell}`);
            const grid = grids.find((g) => g.name === change.sheet);
            const at = /^([A-Z]+)(\d+)$/.exec(change.cell);
            expect(at).not.toBeNull();
            const hasFormula = grid?.cellAt(
              Number(at?.[2]) - 1,
              (at?.[1] ?? 'A').charCodeAt(0) - 65,
            )?.formula;
            if (hasFormula) expect(change.formula).toBeDefined();
          }
          // No consequence carries a fix of its own.
          for (const finding of before.findings.filter((f) => f.role === 'consequence'))
            expect(finding.fix).toBeUndefined();
          const beforeKeys = new Set(errorsOf(before.findings).map((f) => `${f.sheet}|${f.cell}|${f.rule}`));
          const left = errorsOf(after.findings);
          // Applying the plan never makes a new error…
          for (const finding of left)
            expect(beforeKeys).toContain(`${finding.sheet}|${finding.cell}|${finding.rule}`);
          // …and what is left is what the plan said it leaves to a person.
          if (plan.unresolved.length === 0) expect(left).toEqual([]);
          return true;
        },
      ),
      { numRuns: 40, seed: 19000 + seed },
    );
  });
});

/** The corrected seed with every exact sub-total and every 总分 held as a sound formula, as many filers keep them. */
function withFormulas(seed: number): Grid[] {
  const grids = correctedGrids(seed);
  const a1 = (at: { row: number; col: number }): string => `${String.fromCharCode(65 + at.col)}${at.row + 1}`;
  for (const grid of grids) {
    for (const table of recognizeTables(grid)) {
      const sums: { at: { row: number; col: number }; terms: { row: number; col: number }[] }[] = [];
      if (table.kind === 'basic-data' && table.money) {
        const money = table.money;
        for (const [parentIndex, breakdown] of money.breakdown) {
          if (breakdown !== 'exact') continue;
          const children = money.rows.filter((row) => row.parent === parentIndex);
          money.columns.forEach((_, column) => {
            const total = money.rows[parentIndex].values[column];
            const terms = children.map((row) => row.values[column]).filter((f) => f.figure.kind === 'number');
            if (total.figure.kind === 'number' && terms.length > 0)
              sums.push({ at: total.at, terms: terms.map((f) => f.at) });
          });
        }
      }
      if (table.kind !== 'basic-data' && table.indicators?.total && table.funding) {
        const scores = table.indicators.groups
          .flatMap((group) => group.rows)
          .map((row) => row.score)
          .filter((f) => f.figure.kind === 'number');
        sums.push({
          at: table.indicators.total.score.at,
          terms: [...scores.map((f) => f.at), table.funding.total.score.at],
        });
      }
      for (const sum of sums) {
        const cell = grid.cellAt(sum.at.row, sum.at.col);
        if (!cell) continue;
        grid.setCell(sum.at.row, sum.at.col, { ...cell, formula: `=${sum.terms.map(a1).join('+')}` });
      }
    }
  }
  return grids;
}

describe.each(SEEDS)('corrected seed #%i with sound formulas and planted mistakes', (seed) => {
  it('starts clean', () => {
    expect(errorsOf(checkWorkbook(withFormulas(seed)).findings)).toEqual([]);
  });

  it('never writes a constant over a formula, never makes a new error, and leaves only what it says it leaves', () => {
    const probe = withFormulas(seed);
    const system = buildSystem(
      probe.flatMap((grid) => recognizeTables(grid)),
      probe,
    );
    const plantable = [...system.variables.values()].filter(
      (v) => v.write === 'value' && v.value !== undefined && !v.field.cell?.formula,
    );
    expect(plantable.length).toBeGreaterThan(0);
    let recalculated = 0;
    let changed = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(plantable.length - 1), { minLength: 1, maxLength: 3 }),
        fc.array(step, { minLength: 3, maxLength: 3 }),
        (picks, steps) => {
          const grids = withFormulas(seed);
          picks.forEach((index, k) => plant(grids, plantable[index], planted(plantable[index], steps[k])));
          const { before, plan, after } = fixAndRecheck(grids);
          recalculated += plan.recalculated.length;
          changed += plan.changes.length;
          for (const change of plan.changes) {
            const grid = grids.find((g) => g.name === change.sheet);
            const variable = [...system.variables.values()].find(
              (v) => v.sheet === change.sheet && v.a1 === change.cell,
            );
            const formula = variable && grid?.cellAt(variable.at.row, variable.at.col)?.formula;
            if (formula) expect(change.formula).toBeDefined();
          }
          for (const finding of before.findings)
            if (finding.fix !== undefined) {
              const variable = [...system.variables.values()].find(
                (v) => v.sheet === finding.sheet && v.a1 === finding.cell,
              );
              expect(variable?.field.cell?.formula).toBeUndefined();
            }
          const beforeKeys = new Set(errorsOf(before.findings).map((f) => `${f.sheet}|${f.cell}|${f.rule}`));
          const left = errorsOf(after.findings);
          for (const finding of left)
            expect(beforeKeys).toContain(`${finding.sheet}|${finding.cell}|${finding.rule}`);
          if (plan.unresolved.length === 0) expect(left).toEqual([]);
          return true;
        },
      ),
      { numRuns: 30, seed: 29000 + seed },
    );
    // The runs did exercise the formulas: plans that write cells and let formula totals follow.
    expect(changed).toBeGreaterThan(0);
    expect(recalculated).toBeGreaterThan(0);
  });
});
