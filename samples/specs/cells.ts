import type { SpecCell } from './types';

/** Small constructors so specs read like the sheet: pct(0.9285) shows 92.85%. */
export const pct = (value: number, numberFormat = '0.00%'): SpecCell => ({ value, numberFormat });
export const money = (value: number, numberFormat = '0.00'): SpecCell => ({ value, numberFormat });

/** Full-width space: the template's "blank" cells often hold one. */
export const FW_SPACE = '\u3000';
