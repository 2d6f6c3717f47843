/**
 * Rates a table states next to their operands (执行率, 控制率, 规模控制率): recompute, then judge the shown rate.
 * Not applicable (no finding) when an operand is blank or the denominator is zero: an all-zero 楼堂馆所 row
 * means "no building project", not a division by zero.
 */
import type { Field } from '../../model/tables';
import { agrees, numberOf } from './shown';

export type RatioStatus = 'agrees' | 'differs' | 'blank';

export interface RatioCheck {
  readonly ratio: number;
  readonly status: RatioStatus;
}

export function checkRatio(rate: Field, numerator: Field, denominator: Field): RatioCheck | undefined {
  const top = numberOf(numerator);
  const bottom = numberOf(denominator);
  if (top === undefined || bottom === undefined || bottom === 0) return undefined;
  const ratio = top / bottom;
  if (rate.figure.kind === 'none') {
    // A dash says "not applicable" on purpose; only an empty cell beside two figures is an omission.
    return rate.figure.reason === 'empty' ? { ratio, status: 'blank' } : undefined;
  }
  return { ratio, status: agrees(rate, 'rate', ratio) ? 'agrees' : 'differs' };
}
