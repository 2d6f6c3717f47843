import type { Severity } from '../engine/rules/types';

/** Excel's own "Bad" / "Neutral" cell-style fills and a light blue: readable on both light and dark text. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** "No Fill" reads back as white (office-js #6218); without a fill pattern to tell them apart, white means none. */
export const NO_FILL_READBACK = '#FFFFFF';
