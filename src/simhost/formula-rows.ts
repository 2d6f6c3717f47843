// Excel moves same-sheet references when rows are inserted or deleted; the sim host's formulas are text, so it
// does the same arithmetic here. References to other sheets ('Sheet'!A1) are left alone: the sim host never
// inserts rows on a sheet another sheet's formulas point into (the adapter tests do not need it).
import { shiftFormulaRows } from '../engine/presets/formula';

export { shiftFormulaRows };

// A1 or A1:B2 not preceded by a sheet name, letter, digit or dot, and not a function name like LOG10(.
const REF = /(^|[^A-Za-z0-9_.!$'"])(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\d(A-Za-z_])/g;

/**
 * After rows `at..at+count-1` (0-based) were deleted: references below move up, a range loses the deleted rows
 * (SUM(F5:F30) without rows 21–27 → SUM(F5:F23)), and a reference wholly inside them becomes #REF!, as in Excel.
 */
export function removeFormulaRows(formula: string, at: number, count: number): string {
  const first = at + 1; // 1-based
  const last = at + count;
  const up = (row: number) => (row > last ? row - count : row);
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            REF,
            (whole, lead: string, col1: string, row1: string, col2?: string, row2?: string) => {
              const top = Number(row1);
              if (col2 === undefined || row2 === undefined) {
                if (top >= first && top <= last) return `${lead}#REF!`;
                return `${lead}${col1}${up(top)}`;
              }
              const bottom = Number(row2);
              const newTop = top >= first && top <= last ? first : up(top);
              const newBottom = bottom >= first && bottom <= last ? first - 1 : up(bottom);
              if (newBottom < newTop) return `${lead}#REF!`;
              return `${lead}${col1}${newTop}:${col2}${newBottom}`;
            },
          ),
    )
    .join('');
}
