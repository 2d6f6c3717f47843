// PLACEHOLDER until the figures module lands: same signatures, naive behaviour.
import type { Cell } from '../grid/types';
import type { Figure, FigureRole, Target } from './types';

export function readFigure(cell: Cell | undefined, _role: FigureRole = 'any'): Figure {
  if (!cell || cell.value === null || cell.value === '') return { kind: 'none', reason: 'empty' };
  const value = typeof cell.value === 'number' ? cell.value : Number.parseFloat(String(cell.value));
  if (!Number.isFinite(value)) return { kind: 'none', reason: 'text' };
  return { kind: 'number', value, decimals: 2, percent: false, notes: [] };
}

/** A figure written inside a label: "其中：一般公共预算：605.21" → { label: "一般公共预算", figure }. */
export function readFigureInLabel(text: string): { label: string; figure: Figure } {
  const match = /^(.*?)[:：]\s*([-\d.]+)\s*(万元)?\s*$/.exec(text);
  if (!match) return { label: text, figure: { kind: 'none', reason: 'text' } };
  return { label: match[1], figure: { kind: 'number', value: Number(match[2]), decimals: 2, percent: false, notes: ['figure-in-label'] } };
}

export function parseTarget(text: string): Target {
  return text.trim() ? { kind: 'qualitative', text } : { kind: 'none' };
}
