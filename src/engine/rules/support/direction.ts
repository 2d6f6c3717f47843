/**
 * An indicator's target as the table means it, wherever the direction is written: a 指标性质 column (≥ ≤ = 定性,
 * 正向 / 反向), an operator or words inside 年度指标值 (≥95%, 不低于, 以上, 以内), or — for a bare figure — what the
 * indicator measures: a rate or a count means "at least", a cost or a duration "at most". A 度量单位 column gives
 * the unit when 年度指标值 holds only the number.
 */
import { parseTarget, statedComparison } from '../../figures/target';
import type { Comparison, NumberFigure } from '../../figures/types';
import type { IndicatorRow } from '../../model/tables';
import {
  CATEGORY_FAMILIES,
  CATEGORY_FILLERS,
  CHANGE_WORDS,
  DURATION_UNITS,
  LOWER_AMOUNT,
  LOWER_IS_BETTER,
  MONEY_UNITS,
  NATURE_WORDS,
} from '../../profiles/direction-words';
import { normalizeLabel } from '../../text/normalize';
import { cellText } from './indicators';

export type DirectionSource = 'nature' | 'stated' | 'bare';

export interface QuantityTarget {
  readonly kind: 'quantity';
  readonly comparison: Comparison;
  /** Fraction when `percent`. */
  readonly value: number;
  readonly percent: boolean;
  /** The unit came from a 度量单位 column: a bare 完成值 is then in that unit too (0.4 under % is 0.4%). */
  readonly unitColumn: boolean;
  readonly source: DirectionSource;
}

export interface CategoryTarget {
  readonly kind: 'category';
  readonly family: number;
  readonly rank: number;
}

export type ResolvedTarget = QuantityTarget | CategoryTarget;

/**
 * Resolved once per distinct (指标性质, 年度指标值, 度量单位, name, 二级): a sheet of many projects from one template
 * repeats the same indicators thousands of times. Results are immutable, so sharing them is safe.
 */
const RESOLVED = new Map<string, ResolvedTarget | undefined>();
const MAX_RESOLVED = 20000;

export function resolveTarget(row: IndicatorRow): ResolvedTarget | undefined {
  const key = [cellText(row.nature), cellText(row.target), cellText(row.unit), row.name, row.level2].join(
    '\u0000',
  );
  if (RESOLVED.has(key)) return RESOLVED.get(key);
  const resolved = resolveUncached(row);
  if (RESOLVED.size >= MAX_RESOLVED) RESOLVED.clear();
  RESOLVED.set(key, resolved);
  return resolved;
}

function resolveUncached(row: IndicatorRow): ResolvedTarget | undefined {
  const nature = natureOf(row);
  const targetText = cellText(row.target);
  if (nature === 'qualitative') return categoryOf(targetText);
  const unit = normalizeLabel(cellText(row.unit));
  const parsed = unit !== '' && !/[%％]/.test(targetText) ? withUnit(targetText, unit) : row.targetParsed;
  if (parsed.kind === 'qualitative') return categoryOf(targetText);
  if (parsed.kind !== 'quantitative') return undefined;
  const unitColumn = unit !== '' && parsed !== row.targetParsed;
  const base = { kind: 'quantity' as const, value: parsed.value, percent: parsed.percent, unitColumn };
  if (nature !== undefined && nature !== 'quantitative')
    return { ...base, comparison: nature, source: 'nature' };
  const stated = statedComparison(targetText);
  if (stated !== undefined) return { ...base, comparison: stated, source: 'stated' };
  // A bare 0 (0起, 0次, 0%) can only be a ceiling: "at least nothing" is no target at all.
  const comparison = parsed.value === 0 ? '<=' : bareComparison(row, parsed.percent, unit || parsed.unit);
  return { ...base, comparison, source: 'bare' };
}

type Nature = Comparison | 'qualitative' | 'quantitative';

function natureOf(row: IndicatorRow): Nature | undefined {
  const text = normalizeLabel(cellText(row.nature));
  if (text === '') return undefined;
  return NATURE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** "95" with 度量单位 "%" reads as 95%; with "次" as 95 次. */
function withUnit(text: string, unit: string) {
  const percent = unit === '%' || unit === '％' || unit === '百分比';
  const parsed = parseTarget(percent ? `${text.trim()}%` : text);
  return parsed;
}

/** A bare figure: at most for costs, durations and things to keep low; at least for everything else. */
function bareComparison(row: IndicatorRow, percent: boolean, unit: string): Comparison {
  const name = normalizeLabel(row.name);
  if (LOWER_IS_BETTER.test(name)) return '<=';
  if (percent) return '>=';
  if (LOWER_AMOUNT.test(name) || DURATION_UNITS.test(unit)) return '<=';
  // Under 成本指标 an amount of money is a cost; elsewhere (经济效益 增收 50万元) it is a result to reach.
  if (/成本/.test(normalizeLabel(row.level2)) && (MONEY_UNITS.test(unit) || unit === '')) return '<=';
  return '>=';
}

function categoryOf(text: string): CategoryTarget | undefined {
  const found = category(text);
  return found && { kind: 'category', ...found };
}

/** A qualitative word's family and rank, when the whole cell is one such word. */
export function category(text: string): { family: number; rank: number } | undefined {
  const word = normalizeLabel(text).replace(/[。.!！]+$/, '');
  return categoryWord(word) ?? categoryWord(word.replace(CATEGORY_FILLERS, ''));
}

function categoryWord(word: string): { family: number; rank: number } | undefined {
  if (word === '') return undefined;
  for (let family = 0; family < CATEGORY_FAMILIES.length; family++) {
    const hit = CATEGORY_FAMILIES[family].find(([candidate]) => candidate === word);
    if (hit) return { family, rank: hit[1] };
  }
  return undefined;
}

/**
 * The 完成值 in the target's unit, every reading the cell allows. A bare number above 1.5 against a percent target is a
 * whole percent (95 meaning 95%), the convention the rate cells follow; one up to 1.5 may be a fraction (0.96) or a
 * percent number (故障率 0.4 against ≤1%), so both readings are tried and a target met by either is met. A plain
 * target against a percent figure compares unlike things: no reading.
 */
export function actualReadings(figure: NumberFigure | undefined, target: QuantityTarget): number[] {
  if (!figure) return [];
  if (!target.percent) return figure.percent ? [] : [figure.value];
  if (figure.percent) return [figure.value];
  if (Math.abs(figure.value) > 1.5) return [figure.value / 100];
  return target.unitColumn ? [figure.value / 100, figure.value] : [figure.value, figure.value / 100];
}

export interface ChangeTarget {
  readonly target: QuantityTarget;
  readonly readings: readonly number[];
}

/**
 * Resolved once per distinct (年度指标值, 实际完成值) text pair, like RESOLVED above; results are immutable. Keyed
 * by the two texts in turn rather than by one joined string: the cells' own strings keep their hash, a joined
 * one would be hashed anew on every row. `null` stands for "no change target" so one lookup answers.
 */
const CHANGES = new Map<string, Map<string, ChangeTarget | null>>();
let changeCount = 0;

/** A change target and a change result in the same direction: the target and the result's readings. */
export function resolveChange(row: IndicatorRow): ChangeTarget | undefined {
  const targetText = cellText(row.target);
  const actualText = cellText(row.actual);
  let byActual = CHANGES.get(targetText);
  const known = byActual?.get(actualText);
  if (known !== undefined) return known ?? undefined;
  const resolved = changeUncached(targetText, actualText);
  if (changeCount >= MAX_RESOLVED) {
    CHANGES.clear();
    changeCount = 0;
    byActual = undefined;
  }
  if (!byActual) {
    byActual = new Map();
    CHANGES.set(targetText, byActual);
  }
  byActual.set(actualText, resolved ?? null);
  changeCount++;
  return resolved;
}

function changeUncached(targetText: string, actualText: string): ChangeTarget | undefined {
  const target = changeOf(targetText);
  const actual = changeOf(actualText);
  if (!target || !actual || target.direction !== actual.direction) return undefined;
  const parsedTarget = parseTarget(target.rest);
  const parsedActual = parseTarget(actual.rest);
  if (parsedTarget.kind !== 'quantitative' || parsedActual.kind !== 'quantitative') return undefined;
  if (parsedActual.comparison !== '=' || parsedTarget.percent !== parsedActual.percent) return undefined;
  const comparison = parsedTarget.comparison === '=' ? '>=' : parsedTarget.comparison;
  return {
    target: {
      kind: 'quantity',
      comparison,
      value: parsedTarget.value,
      percent: parsedTarget.percent,
      unitColumn: false,
      source: 'stated',
    },
    readings: [parsedActual.value],
  };
}

function changeOf(text: string): { direction: 'up' | 'down'; rest: string } | undefined {
  const word = normalizeLabel(text);
  for (const [pattern, direction] of CHANGE_WORDS) {
    const match = pattern.exec(word);
    if (match) return { direction, rest: word.slice(match[0].length) };
  }
  return undefined;
}
