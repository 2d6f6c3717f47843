import type { Cell } from '../../../src/engine/grid/types';

/** A number cell as Excel holds it; `text` defaults to the plain rendering. */
export function numberCell(value: number, numberFormat = 'General', text = String(value)): Cell {
  return { value, text, numberFormat };
}

/** What a clerk typed into a cell formatted as text or General. */
export function textCell(value: string): Cell {
  return { value, text: value, numberFormat: 'General' };
}
