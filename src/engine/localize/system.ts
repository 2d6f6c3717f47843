/**
 * Builds one system of identities over every recognised table: the same arithmetic the error rules check
 * (sub-total, partial-breakdown, the rates, execution-score, funding-breakdown by source, score-range,
 * group-weight, total-weight, total-score), each tested exactly as its rule tests it, plus every readable
 * formula cell's own definition. Warnings (a rounding order, a blank rate, 按支出性质分, cross-table) are not
 * identities here: they never decide which cell is wrong.
 */
import { areaToA1, toA1 } from '../grid/a1';
import type { CellArea, CellPosition, SheetGrid } from '../grid/types';
import type { Field, FundingRow, IndicatorRow, RecognizedTable } from '../model/tables';
import { exactSum, roundHalfUp, sameAt, toUnits } from '../rules/support/decimal';
import { indicatorRows } from '../rules/support/indicators';
import { totalCoversIndicatorsOnly } from '../rules/support/total-scope';
import { agrees, comparisonDecimals, figureOf, numberOf, type Measure } from '../rules/support/shown';
import { executionScoreOf, expectedExecutionScore, scoreFromShownRate } from '../rules/execution-score';
import { formulaInputs, parseFormula, summedCells, sumFormula, evaluateFormula } from './formula';
import { decimalsHolding, decimalsWith, maxDecimals, sumUnder } from './trial';
import type { Constraint, Lookup, System, Variable, VarId } from './types';

/** How likely a cell is to be the wrong one (lower = more likely). See the README's "Fix plan". */
export const COST = {
  derived: 1, // a total, a rate, an execution score, 总分: arithmetic a clerk redoes by hand
  score: 1.2, // an indicator's 得分: a judgement, but still derived from its target and result
  entered: 1.5, // an amount, a head count, a weight: typed from a source document
  blank: 0.5, // a blank total over figures: an omission
  // A blank part is mostly "none" (templates' rows a filer has nothing for): as unlikely as a typed amount.
  blankPart: 1.5,
  // A blank 得分 under a 分值 is as likely an omission as 总分 is wrong: a tie, never 总分 lowered silently.
  blankScore: 1,
  // A blank 分值 beside a 得分 is an omission, likelier than a typed 分值 of the same group being wrong.
  blankWeight: 1,
  textFigure: -0.2, // a figure typed as text (or with a unit) is more likely mistyped
  brokenFormula: 0.5, // a sum whose range misses a term
  // Follows its inputs by itself: recalculating it is no correction, so it weighs nothing (a typed amount
  // that three formulas follow is as likely wrong as one no formula reads; shorter sets are still tried first).
  soundFormula: 0,
  unreadableFormula: 3, // we cannot tell what it computes: a person must look
} as const;

const FULL_MARKS = 100;

export function buildSystem(tables: readonly RecognizedTable[], sheets: readonly SheetGrid[]): System {
  const builder = new SystemBuilder();
  for (const table of tables) builder.addTable(table);
  builder.addFormulas(new Map(sheets.map((sheet) => [sheet.name, sheet])));
  return { variables: builder.variables, constraints: builder.constraints };
}

/** `field` as it would read holding `value` (same unit and at least the decimals it shows). */
export function fieldWith(variable: Variable, value: number | undefined): Field {
  if (value === variable.value) return variable.field;
  if (value === undefined) return { ...variable.field, figure: { kind: 'none', reason: 'empty' } };
  const figure = figureOf(variable.field);
  const percent = figure?.percent ?? variable.measure === 'rate';
  const decimals = decimalsHolding(variable, figure, percent, value);
  return {
    ...variable.field,
    figure: { kind: 'number', value, decimals, percent, notes: figure?.notes ?? [] },
  };
}

interface SumShape {
  readonly total: VarId;
  readonly terms: readonly CellPosition[];
}

class SystemBuilder {
  readonly variables = new Map<VarId, Variable>();
  readonly constraints: Constraint[] = [];
  private readonly sums: SumShape[] = [];
  private sheet = '';

  addTable(table: RecognizedTable): void {
    this.sheet = table.sheet;
    if (table.kind === 'basic-data') {
      if (table.staff) {
        const { authorized, actual, rate } = table.staff;
        this.ratio('staff-control-rate', rate, actual, authorized, 'count', false);
      }
      if (table.building) {
        const b = table.building;
        this.ratio('building-rate', b.areaRate, b.actualArea, b.approvedArea, 'money', true);
        this.ratio('building-rate', b.investmentRate, b.actualInvestment, b.budgetInvestment, 'money', true);
      }
      const money = table.money;
      if (money) {
        for (const [parentIndex, breakdown] of money.breakdown) {
          const parent = money.rows[parentIndex];
          const children = money.rows.filter((row) => row.parent === parentIndex);
          if (!parent || children.length === 0) continue;
          money.columns.forEach((_, column) => {
            const total = parent.values[column];
            if (!total) return;
            const parts = children.map((child) => child.values[column]);
            if (breakdown === 'exact') this.sum('sub-total', total, parts);
            else this.partial(total, parts);
          });
        }
      }
      return;
    }
    if (table.funding) {
      const { total, parts } = table.funding;
      // Each breakdown (by source of money, by nature of spending) sums to the total on its own.
      for (const family of ['source', 'nature'] as const) {
        const members = parts.filter((part) => (part.family ?? 'source') === family);
        if (members.length === 0) continue;
        for (const key of ['initialBudget', 'fullYearBudget', 'executed'] as const)
          this.sum(
            'sub-total',
            total[key],
            members.map((part) => part[key]),
          );
      }
      for (const row of [total, ...parts]) {
        this.ratio('execution-rate', row.rate, row.executed, row.fullYearBudget, 'money', false);
        this.executionScore(row);
      }
      if (table.kind === 'overall-self-eval')
        this.bySource(
          table.bySource.map((part) => part.field),
          total.executed,
        );
    }
    const rows = indicatorRows(table);
    for (const row of rows) this.scoreRange(row);
    if (table.indicators) {
      const groups = table.indicators.groups;
      for (const group of groups) {
        const weights = group.rows.filter(weighed).map((row) => row.weight);
        if (group.statedWeight === undefined || weights.length === 0) continue;
        this.constantSum(
          'group-weight',
          toA1(group.labelAt.row, group.labelAt.col),
          weights,
          group.statedWeight,
        );
      }
      const weights = rows.filter(weighed).map((row) => row.weight);
      if (weights.length > 0 && table.funding) {
        const column = table.indicators.columns.weight;
        const area: CellArea = {
          top: rows[0].row,
          left: column,
          bottom: rows[rows.length - 1].row,
          right: column,
        };
        const fundingWeight = table.funding.total.weight;
        this.constantSum(
          'total-weight',
          areaToA1(area),
          hasNumber(fundingWeight) || (isEmpty(fundingWeight) && hasNumber(table.funding.total.score))
            ? [...weights, fundingWeight]
            : weights,
          FULL_MARKS,
        );
      }
      const totalRow = table.indicators.total;
      if (totalRow && totalCoversIndicatorsOnly(table)) {
        // A 合计 of the 绩效指标 block alone (Sichuan): its 得分 adds the indicator scores only.
        if (hasNumber(totalRow.score))
          this.sum(
            'total-score',
            totalRow.score,
            rows.map((row) => row.score),
          );
      } else {
        if (totalRow && hasNumber(totalRow.weight))
          this.constantSum('total-weight', a1(totalRow.weight), [totalRow.weight], FULL_MARKS);
        if (totalRow && table.funding && hasNumber(totalRow.score))
          this.totalScore(totalRow.score, rows, table.funding.total);
      }
    }
  }

  // ── variables ──────────────────────────────────────────────────────────────

  private variable(
    field: Field,
    measure: Measure,
    derived: boolean,
    kind: 'score' | 'plain' = 'plain',
  ): VarId {
    const id = `${this.sheet}!${field.at.row},${field.at.col}`;
    const existing = this.variables.get(id);
    const base =
      field.figure.kind === 'none'
        ? derived
          ? COST.blank
          : kind === 'score'
            ? COST.blankScore
            : measure === 'score'
              ? COST.blankWeight
              : COST.blankPart
        : derived
          ? COST.derived
          : kind === 'score'
            ? COST.score
            : COST.entered;
    const figure = figureOf(field);
    const textual = figure?.notes.some((note) => note !== 'figure-in-label') ?? false;
    const cost = base + (textual ? COST.textFigure : 0);
    const inLabel = figure?.notes.includes('figure-in-label') ?? false;
    if (existing) {
      if (derived && !existing.derived) {
        existing.derived = true;
        existing.cost = Math.min(existing.cost, cost);
      }
      return id;
    }
    this.variables.set(id, {
      id,
      sheet: this.sheet,
      at: field.at,
      a1: toA1(field.at.row, field.at.col),
      field,
      measure,
      value: figure?.value,
      cost,
      derived,
      write: inLabel ? 'none' : 'value',
    });
    return id;
  }

  private fieldOf(id: VarId, get: Lookup): Field {
    const variable = this.variables.get(id) as Variable;
    return fieldWith(variable, get(id));
  }

  // ── identities, each tested as its rule tests it ─────────────────────────────

  /** total = Σ parts (sub-total); a blank total over parts that add up to something is an error too. */
  private sum(rule: string, total: Field, parts: readonly (Field | undefined)[]): void {
    const counted = parts.filter(hasNumber);
    if (counted.length === 0) return;
    if (total.figure.kind === 'none' && total.figure.reason !== 'empty') return;
    const totalId = this.variable(total, 'money', true);
    // A blank part beside figures is an omission the system can fill, as likely as a blank total: without
    // it, a part left blank would "fix" its total down to the other parts.
    const partIds = parts
      .filter((part): part is Field => hasNumber(part) || isEmpty(part))
      .map((part) => this.variable(part, 'money', false));
    const decimalsOf = (get: Lookup): number => maxDecimals(this.variables, partIds, get);
    const partSum = (get: Lookup, except?: VarId): number => sumUnder(partIds, get, except);
    this.sums.push({ total: totalId, terms: counted.map((part) => part.at) });
    this.constraints.push({
      rule,
      sheet: this.sheet,
      at: a1(total),
      vars: [totalId, ...partIds],
      holds: (get) => {
        const sum = partSum(get);
        if (get(totalId) === undefined) return sum === 0;
        return agrees(this.fieldOf(totalId, get), 'money', sum, decimalsOf(get));
      },
      solve: (target, get) => {
        if (target === totalId) return roundHalfUp(partSum(get), 2);
        const totalValue = get(totalId);
        return totalValue === undefined ? undefined : roundHalfUp(totalValue - partSum(get, target), 2);
      },
    });
  }

  /** total ≥ Σ parts (partial-breakdown, a 其中 list). */
  private partial(total: Field, parts: readonly (Field | undefined)[]): void {
    const counted = parts.filter(hasNumber);
    if (counted.length === 0 || (total.figure.kind === 'none' && total.figure.reason !== 'empty')) return;
    const totalId = this.variable(total, 'money', true);
    const partIds = counted.map((part) => this.variable(part, 'money', false));
    const partSum = (get: Lookup, except?: VarId): number => sumUnder(partIds, get, except);
    this.constraints.push({
      rule: 'partial-breakdown',
      sheet: this.sheet,
      at: a1(total),
      vars: [totalId, ...partIds],
      holds: (get) => {
        const sum = partSum(get);
        if (sum <= 0) return true;
        const value = get(totalId);
        if (value === undefined) return false;
        const decimals = comparisonDecimals(
          this.fieldOf(totalId, get),
          'money',
          maxDecimals(this.variables, partIds, get),
        );
        return toUnits(value, decimals) >= toUnits(sum, decimals);
      },
      bounds: (target, get) => {
        if (target === totalId) return [partSum(get), Infinity];
        const value = get(totalId);
        return value === undefined ? undefined : [0, value - partSum(get, target)];
      },
    });
  }

  /** rate = numerator / denominator; only the rate is ever solved for (an amount from a rounded rate is noise). */
  private ratio(
    rule: string,
    rate: Field,
    numerator: Field,
    denominator: Field,
    operands: Measure,
    blankIsError: boolean,
  ): void {
    if (!hasNumber(numerator) || !hasNumber(denominator)) return;
    if (rate.figure.kind === 'none' && (!blankIsError || rate.figure.reason !== 'empty')) return;
    const rateId = this.variable(rate, 'rate', true);
    const top = this.variable(numerator, operands, false);
    const bottom = this.variable(denominator, operands, false);
    this.constraints.push({
      rule,
      sheet: this.sheet,
      at: a1(rate),
      vars: [rateId, top, bottom],
      holds: (get) => {
        const n = get(top);
        const d = get(bottom);
        if (n === undefined || d === undefined || d === 0) return true;
        if (get(rateId) === undefined) return !blankIsError;
        return agrees(this.fieldOf(rateId, get), 'rate', n / d);
      },
      solve: (target, get) => {
        const n = get(top);
        const d = get(bottom);
        if (target !== rateId || n === undefined || d === undefined || d === 0) return undefined;
        return roundHalfUp(n / d, 4);
      },
    });
  }

  private fundingRowWith(row: FundingRow, ids: FundingIds, get: Lookup): FundingRow {
    const at = (id: VarId | undefined, field: Field): Field => (id ? this.fieldOf(id, get) : field);
    return {
      ...row,
      score: at(ids.score, row.score),
      weight: at(ids.weight, row.weight),
      fullYearBudget: at(ids.budget, row.fullYearBudget),
      executed: at(ids.executed, row.executed),
      rate: at(ids.rate, row.rate),
    };
  }

  private fundingIds(row: FundingRow): FundingIds {
    return {
      score: hasNumber(row.score) ? this.variable(row.score, 'score', true) : undefined,
      weight: hasNumber(row.weight) ? this.variable(row.weight, 'score', false) : undefined,
      budget: hasNumber(row.fullYearBudget) ? this.variable(row.fullYearBudget, 'money', false) : undefined,
      executed: hasNumber(row.executed) ? this.variable(row.executed, 'money', false) : undefined,
      rate: hasNumber(row.rate) ? this.variable(row.rate, 'rate', true) : undefined,
    };
  }

  /** 执行率得分 = 分值 × min(执行率, 1): an error only when neither the exact nor the shown rate explains it. */
  private executionScore(row: FundingRow): void {
    if (!hasNumber(row.score) || expectedExecutionScore(row) === undefined) return;
    const ids = this.fundingIds(row);
    const scoreId = ids.score as VarId;
    this.constraints.push({
      rule: 'execution-score',
      sheet: this.sheet,
      at: a1(row.score),
      vars: definedIds(ids),
      holds: (get) => {
        const expected = executionScoreUnder(row, ids, get);
        const weight = ids.weight ? get(ids.weight) : undefined;
        if (expected === undefined || weight === undefined) return true;
        const score = this.fieldOf(scoreId, get);
        if (agrees(score, 'score', expected)) return true;
        const ratio = (get(ids.executed as VarId) ?? 0) / (get(ids.budget as VarId) ?? 1);
        const viaRounded = scoreFromShownRate(this.fundingRowWith(row, ids, get), weight, ratio);
        return viaRounded !== undefined && agrees(score, 'score', viaRounded.score);
      },
      solve: (target, get) => (target === scoreId ? executionScoreUnder(row, ids, get) : undefined),
    });
  }

  /** 按收入性质分 parts add up to 全年执行数. */
  private bySource(parts: readonly Field[], executed: Field): void {
    const counted = parts.filter(hasNumber);
    if (counted.length === 0 || !hasNumber(executed)) return;
    const totalId = this.variable(executed, 'money', false);
    const partIds = counted.map((part) => this.variable(part, 'money', false));
    const partSum = (get: Lookup, except?: VarId): number => sumUnder(partIds, get, except);
    this.constraints.push({
      rule: 'funding-breakdown',
      sheet: this.sheet,
      at: areaToA1(spanOf(parts.map((part) => part.at))),
      vars: [totalId, ...partIds],
      holds: (get) => {
        const total = get(totalId);
        if (total === undefined) return true;
        const partDecimals = maxDecimals(this.variables, partIds, get);
        const totalField = this.fieldOf(totalId, get);
        const decimals = comparisonDecimals(
          totalField,
          'money',
          Math.max(partDecimals, figureOf(totalField)?.decimals ?? 0),
        );
        return sameAt(partSum(get), total, decimals);
      },
      solve: (target, get) => {
        if (target === totalId) return roundHalfUp(partSum(get), 2);
        const total = get(totalId);
        return total === undefined ? undefined : roundHalfUp(total - partSum(get, target), 2);
      },
    });
  }

  /** 0 ≤ 得分 ≤ 分值. */
  private scoreRange(row: IndicatorRow): void {
    if (!hasNumber(row.score) && !blankScore(row)) return;
    const score = this.variable(row.score, 'score', false, 'score');
    const weight = weighed(row) ? this.variable(row.weight, 'score', false) : undefined;
    this.constraints.push({
      rule: 'score-range',
      sheet: this.sheet,
      at: a1(row.score),
      vars: weight ? [score, weight] : [score],
      holds: (get) => {
        const s = get(score);
        if (s === undefined) return true;
        if (toUnits(s, 2) < 0) return false;
        const w = weight ? get(weight) : undefined;
        return w === undefined || toUnits(s, 2) <= toUnits(w, 2);
      },
      bounds: (target, get) => {
        if (target === score) return [0, weight ? (get(weight) ?? Infinity) : Infinity];
        return [get(score) ?? 0, Infinity];
      },
    });
  }

  /** Σ figures = a stated constant (group-weight against its header, total-weight against 100). */
  private constantSum(rule: string, at: string, fields: readonly Field[], constant: number): void {
    const ids = fields.map((field) => this.variable(field, 'score', false));
    const sum = (get: Lookup, except?: VarId): number => sumUnder(ids, get, except);
    this.constraints.push({
      rule,
      sheet: this.sheet,
      at,
      vars: ids,
      holds: (get) => sameAt(sum(get), constant, 2),
      solve: (target, get) => roundHalfUp(constant - sum(get, target), 2),
    });
  }

  /** 总分 = Σ 得分 + 执行率得分 (recomputed from the money, as total-score counts it). */
  private totalScore(total: Field, rows: readonly IndicatorRow[], funding: FundingRow): void {
    const totalId = this.variable(total, 'score', true);
    // A 得分 left blank under a 分值 is an omission, not a 0: filling it may be the fix rather than 总分.
    const scored = rows.filter((row) => hasNumber(row.score) || blankScore(row)).map((row) => row.score);
    const scoreIds = scored.map((field) => this.variable(field, 'score', false, 'score'));
    const ids = this.fundingIds(funding);
    const vars = [totalId, ...scoreIds, ...definedIds(ids)];
    const terms = [
      ...scored.filter(hasNumber).map((field) => field.at),
      ...(ids.score ? [funding.score.at] : []),
    ];
    this.sums.push({ total: totalId, terms });
    const parts = (get: Lookup, except?: VarId) => {
      const recomputed = executionScoreUnder(funding, ids, get);
      const shown = ids.score ? get(ids.score) : undefined;
      const fundingScore = recomputed ?? shown;
      const scores = sumUnder(scoreIds, get, except);
      return { recomputed, shown, fundingScore, scores };
    };
    // No fix raises 总分 above the weights' 100 (nor above what the sheet already shows, which is the rules' to say).
    const shownTotal = figureOf(total)?.value ?? 0;
    const cap = Math.max(FULL_MARKS, shownTotal);
    this.constraints.push({
      rule: 'total-score',
      sheet: this.sheet,
      at: a1(total),
      vars: [totalId],
      holds: (get) => {
        const value = get(totalId);
        return value === undefined || toUnits(value, 2) <= toUnits(cap, 2);
      },
      bounds: () => [0, cap],
    });
    this.constraints.push({
      rule: 'total-score',
      sheet: this.sheet,
      at: a1(total),
      vars,
      holds: (get) => {
        const value = get(totalId);
        const { recomputed, shown, fundingScore, scores } = parts(get);
        if (value === undefined || (scoreIds.length === 0 && fundingScore === undefined)) return true;
        const totalField = this.fieldOf(totalId, get);
        const decimals = Math.max(
          maxDecimals(this.variables, scoreIds, get),
          ids.score ? decimalsWith(this.variables.get(ids.score) as Variable, get(ids.score)) : 0,
          recomputed === undefined ? 0 : 2,
        );
        if (agrees(totalField, 'score', exactSum([scores, fundingScore ?? 0]), decimals)) return true;
        // A total that follows a wrong shown execution score is the warning followsScore, not an error.
        return (
          shown !== undefined &&
          recomputed !== undefined &&
          agrees(totalField, 'score', exactSum([scores, shown]), decimals)
        );
      },
      solve: (target, get) => {
        const { recomputed, fundingScore, scores } = parts(get, target);
        if (target === totalId) return roundHalfUp(exactSum([scores, fundingScore ?? 0]), 2);
        const value = get(totalId);
        if (value === undefined) return undefined;
        if (scoreIds.includes(target)) return roundHalfUp(value - scores - (fundingScore ?? 0), 2);
        if (target === ids.score && recomputed === undefined) return roundHalfUp(value - scores, 2);
        return undefined;
      },
    });
  }

  // ── formulas ───────────────────────────────────────────────────────────────

  /**
   * A formula cell is never overwritten with a constant. A sum whose range misses terms of its identity
   * becomes a corrected formula; any other readable formula follows its inputs (its definition joins the
   * system); an unreadable one is left to a person.
   */
  addFormulas(sheets: ReadonlyMap<string, SheetGrid>): void {
    const byPosition = new Map<string, VarId>();
    for (const variable of this.variables.values())
      byPosition.set(`${variable.sheet}!${variable.at.row},${variable.at.col}`, variable.id);
    for (const variable of [...this.variables.values()]) {
      const source = variable.field.cell?.formula;
      if (!source) continue;
      const node = parseFormula(source);
      if (!node) {
        variable.cost = COST.unreadableFormula;
        variable.write = 'none';
        continue;
      }
      const sheet = sheets.get(variable.sheet);
      const shape = this.sums.find((sum) => sum.total === variable.id);
      const summed = summedCells(node);
      if (shape && summed) {
        const has = new Set(summed.map(positionKey));
        const wanted = new Set(shape.terms.map(positionKey));
        const missing = shape.terms.filter((term) => !has.has(positionKey(term)));
        if (
          missing.length > 0 &&
          summed.every((cell) => wanted.has(positionKey(cell)) || isBlank(sheet, cell))
        ) {
          variable.cost = COST.brokenFormula;
          variable.write = 'formula';
          const name = (at: CellPosition): string => toA1(at.row, at.col);
          const gap = (at: CellPosition): boolean => isBlank(sheet, at);
          // The filer's own formula with the missing terms added, or the sum rebuilt when that reads
          // shorter (=SUM(B13:B15) for a range one row short; =SUM(H12:H22)+H5 for a 总分 without 执行率得分).
          const rebuilt = sumFormula(shape.terms, name, gap);
          const extended = `${source.startsWith('=') ? source : `=${source}`}+${sumFormula(missing, name, gap).slice(1)}`;
          variable.correctedFormula = extended.length <= rebuilt.length ? extended : rebuilt;
          variable.missingTerms = missing.map((at) => toA1(at.row, at.col));
          continue;
        }
      }
      variable.cost = COST.soundFormula;
      variable.write = 'recalc';
      variable.formula = node;
      const inputs = formulaInputs(node).map((at) => byPosition.get(`${variable.sheet}!${at.row},${at.col}`));
      const inputIds = [...new Set(inputs.filter((id): id is VarId => id !== undefined))].filter(
        (id) => id !== variable.id,
      );
      const decimals = variable.measure === 'rate' ? 4 : variable.measure === 'count' ? 0 : 2;
      const compute = (get: Lookup): number =>
        evaluateFormula(node, (at) => {
          const id = byPosition.get(`${variable.sheet}!${at.row},${at.col}`);
          if (id !== undefined && id !== variable.id) return get(id) ?? 0;
          const cell = sheet?.cellAt(at.row, at.col);
          return typeof cell?.value === 'number' ? cell.value : 0;
        });
      this.constraints.push({
        rule: 'formula',
        sheet: variable.sheet,
        at: variable.a1,
        vars: [variable.id, ...inputIds],
        formula: true,
        holds: (get) => {
          const value = get(variable.id);
          const computed = compute(get);
          return value !== undefined && Number.isFinite(computed) && sameAt(value, computed, decimals);
        },
        solve: (target, get) => {
          if (target !== variable.id) return undefined;
          const computed = compute(get);
          return Number.isFinite(computed) ? computed : undefined;
        },
      });
    }
  }
}

interface FundingIds {
  readonly score?: VarId;
  readonly weight?: VarId;
  readonly budget?: VarId;
  readonly executed?: VarId;
  readonly rate?: VarId;
}

/**
 * expectedExecutionScore of the row holding the trial values, read straight from them: a variable's figure
 * under a trial is the trial value (fieldWith), so no synthetic row need be built.
 */
function executionScoreUnder(row: FundingRow, ids: FundingIds, get: Lookup): number | undefined {
  const valueAt = (id: VarId | undefined, field: Field) => (id ? get(id) : numberOf(field));
  return executionScoreOf(
    valueAt(ids.weight, row.weight),
    valueAt(ids.budget, row.fullYearBudget),
    valueAt(ids.executed, row.executed),
  );
}

function definedIds(ids: FundingIds): VarId[] {
  return [ids.score, ids.weight, ids.budget, ids.executed, ids.rate].filter(
    (id): id is VarId => id !== undefined,
  );
}

function hasNumber(field: Field | undefined): field is Field {
  return field?.figure.kind === 'number';
}

function isEmpty(field: Field | undefined): field is Field {
  return field?.figure.kind === 'none' && field.figure.reason === 'empty';
}

/**
 * An indicator row whose 分值 counts: a figure, or a blank beside a scored 得分 (an omission the weights' sums
 * can fill; without it a blank 满意度 分值 was "fixed" by doubling the 执行率 分值).
 */
function weighed(row: IndicatorRow): boolean {
  return hasNumber(row.weight) || (isEmpty(row.weight) && hasNumber(row.score));
}

/** An indicator row with a 分值 and a blank 得分. */
function blankScore(row: IndicatorRow): boolean {
  return isEmpty(row.score) && hasNumber(row.weight);
}

function a1(field: Field): string {
  return toA1(field.at.row, field.at.col);
}

function positionKey(at: CellPosition): string {
  return `${at.row},${at.col}`;
}

function isBlank(sheet: SheetGrid | undefined, at: CellPosition): boolean {
  const cell = sheet?.cellAt(at.row, at.col);
  return !cell || cell.value === null || (typeof cell.value === 'string' && !/\d/.test(cell.value));
}

function spanOf(positions: readonly CellPosition[]): CellArea {
  const rows = positions.map((at) => at.row);
  const cols = positions.map((at) => at.col);
  return {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
}
