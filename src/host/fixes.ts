// Writing fixes safely, for every host: a fix is written only while its cell still holds what was validated
// (value and formula), and a batch that fails part-way is undone by writing back what each cell held.
import type { CellValue } from '../engine/grid/types';
import type { Lang } from '../engine/rules/types';
import type { CellFix } from './port';

/** What a cell holds, as the validating read saw it: its value, and its formula when it has one. */
export interface CellContent {
  readonly value: CellValue;
  readonly formula?: string;
}

/** A cell's content from a host's raw reads (Excel's `values`/`formulas`, WPS's Value2/Formula): an empty cell
 *  is null; a "formula" equal to the value is text that starts with "=", not a formula (as the read does). */
export function contentOf(value: unknown, formula: unknown): CellContent {
  const raw = value === '' || value === undefined ? null : (value as CellValue);
  const hasFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  return hasFormula ? { value: raw, formula } : { value: raw };
}

/** A formula cell is the same while its formula is (its value follows the inputs); any other cell by value. */
export function sameContent(a: CellContent, b: CellContent): boolean {
  if (a.formula !== undefined || b.formula !== undefined) return a.formula === b.formula;
  return a.value === b.value;
}

/** The first fix that must not be written: its cell no longer holds what was validated, or it would put a
 *  constant over a formula. */
export function firstRefused(
  fixes: readonly CellFix[],
  current: readonly CellContent[],
): { fix: CellFix; now: CellContent; code: 'cell-changed' | 'formula-cell' } | undefined {
  for (let i = 0; i < fixes.length; i++) {
    const validated = fixes[i].validated;
    if (validated && !sameContent(validated, current[i]))
      return { fix: fixes[i], now: current[i], code: 'cell-changed' };
    if (current[i].formula !== undefined && fixes[i].formula === undefined)
      return { fix: fixes[i], now: current[i], code: 'formula-cell' };
  }
  return undefined;
}

/** What to write back into each cell to undo a part-applied batch: its formula, or its value ("" for empty). */
export function restoreWrite(
  before: CellContent,
): { formula: string } | { value: number | string | boolean } {
  if (before.formula !== undefined) return { formula: before.formula };
  return { value: before.value ?? '' };
}

export type FixFailure =
  | 'cell-changed' // a cell no longer holds what was validated: nothing was written
  | 'formula-cell' // the fix is a constant and the cell holds a formula: nothing was written
  | 'host-refused' // the host refused the write; every cell written was put back
  | 'rollback-incomplete'; // the host refused the write and then the restore: `applied` cells may hold the fix

export class FixError extends Error {
  constructor(
    readonly code: FixFailure,
    readonly sheet: string,
    readonly cell: string,
    readonly detail = '',
    /** For cell-changed: what the cell held when validated, and what it holds now. */
    readonly validated?: CellContent,
    readonly now?: CellContent,
  ) {
    super(detail ? `${code} at ${sheet}!${cell}: ${detail}` : `${code} at ${sheet}!${cell}`);
    this.name = 'FixError';
  }
}

const shown = (content: CellContent | undefined): string =>
  content === undefined
    ? '—'
    : (content.formula ?? (content.value === null ? '（空）' : String(content.value)));
const shownEn = (content: CellContent | undefined): string =>
  content === undefined
    ? '—'
    : (content.formula ?? (content.value === null ? '(blank)' : String(content.value)));

/** The sentence a pane or ribbon shows for a refused or failed fix. */
export function fixErrorText(error: FixError, lang: Lang): string {
  const { validated, now } = error;
  const at = `${error.sheet}!${error.cell}`;
  if (lang === 'zh') {
    if (error.code === 'cell-changed')
      return `${at} 在校验后已改动（校验时为 ${shown(validated)}，现为 ${shown(now)}），未写入任何修正；请重新校验。`;
    if (error.code === 'formula-cell')
      return `${at} 是公式（${shown(now)}），不能用常数覆盖公式；未写入任何修正，请人工核对公式。`;
    if (error.code === 'host-refused')
      return `Excel 拒绝写入 ${at}，已恢复原值，工作簿未改变。${error.detail}`;
    return `Excel 拒绝写入 ${at}，且未能全部恢复原值；列表已按工作簿现状重新校验。${error.detail}`;
  }
  if (error.code === 'cell-changed')
    return `${at} has changed since it was checked (${shownEn(validated)} then, ${shownEn(now)} now); no fix was written. Validate again.`;
  if (error.code === 'formula-cell')
    return `${at} holds a formula (${shownEn(now)}); a constant is never written over a formula, so no fix was written. Check the formula by hand.`;
  if (error.code === 'host-refused')
    return `Excel refused to write ${at}; every cell was put back, the workbook is unchanged. ${error.detail}`;
  return `Excel refused to write ${at} and could not put every cell back; the list has been validated again against the workbook as it is now. ${error.detail}`;
}
