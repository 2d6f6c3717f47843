/** The identities of a workbook as one system over its figures (Fellegi–Holt error localisation). */
import type { CellPosition } from '../grid/types';
import type { Field } from '../model/tables';
import type { Measure } from '../rules/support/shown';
import type { FormulaNode } from './formula';

export type VarId = string;

/**
 * How a changed cell is written: a constant; a corrected formula (a sum whose range misses a term); by
 * recalculation only (a sound formula follows its inputs); or not at all (a figure typed inside a label, a
 * formula we cannot read): a person changes it.
 */
export type WriteMode = 'value' | 'formula' | 'recalc' | 'none';

/** One figure of the system: a cell the identities read. */
export interface Variable {
  readonly id: VarId;
  readonly sheet: string;
  readonly at: CellPosition;
  readonly a1: string;
  readonly field: Field;
  readonly measure: Measure;
  /** The figure as read; undefined for a blank cell (a blank total is an omission the system can fill). */
  readonly value: number | undefined;
  /** Cost of declaring this cell wrong: lower is more likely wrong. */
  cost: number;
  write: WriteMode;
  /** A derived cell (a total, a rate, a score, 总分) rather than an entered amount. */
  derived: boolean;
  /** The formula a sound formula cell computes (recalc), or the corrected one (formula). */
  formula?: FormulaNode;
  correctedFormula?: string;
  /** Cells the current formula leaves out, for the message. */
  missingTerms?: readonly string[];
}

export type Lookup = (id: VarId) => number | undefined;

/** One identity: which rule states it, where that rule reports, its figures, and how to test and solve it. */
export interface Constraint {
  readonly rule: string;
  readonly sheet: string;
  /** The A1 cell or range the rule reports at, to match its finding. */
  readonly at: string;
  readonly vars: readonly VarId[];
  /** A formula cell's own definition: always true in the workbook, never a finding. */
  readonly formula?: boolean;
  holds(get: Lookup): boolean;
  /** The value of `target` that makes the identity hold given the others; undefined when it cannot say. */
  solve?(target: VarId, get: Lookup): number | undefined;
  /** For an inequality: the interval `target` must lie in given the others. */
  bounds?(target: VarId, get: Lookup): readonly [number, number] | undefined;
}

export interface System {
  readonly variables: ReadonlyMap<VarId, Variable>;
  readonly constraints: readonly Constraint[];
}
