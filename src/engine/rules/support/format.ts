import type { Field } from '../../model/tables';
import { formatFixed, neededDecimals } from './decimal';
import { formatActual } from './shown';

/** A computed sum or product written with as many decimals as it needs, at most `cap`: 10.82, 34, 9.2849. */
export function formatPlain(value: number, cap = 2): string {
  return formatFixed(value, neededDecimals(value, cap));
}

/** The figures of a sum as the sheet shows them: "5.41 + 0 + 5.41". */
export function formatTerms(fields: readonly Field[]): string {
  return fields.map((field) => formatActual(field, 'money')).join(' + ');
}
