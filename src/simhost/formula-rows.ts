// Excel moves same-sheet references when rows are inserted or deleted; the sim host's formulas are text, so it
// does the same arithmetic here. References to other sheets ('Sheet'!A1) are left alone: the sim host never
// inserts rows on a sheet another sheet's formulas point into (the adapter tests do not need it).
// Written apart from the engine's own row arithmetic (src/engine/presets/formula.ts), which the adapter tests
// check against this: a bug there must not be copied here. Behaviours and sources: ./README.md.

// A1 or A1:B2 not preceded by a sheet name, letter, digit or dot, and not a function name like LOG10(.
const REF = /(^|[^A-Za-z0-9_.!$'"])(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\d(A-Za-z_])/g;

/** Rewrites every same-sheet reference outside "string literals". */
function mapReferences(
  formula: string,
  map: (lead: string, col1: string, row1: number, col2?: string, row2?: number) => string,
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(REF, (whole, lead: string, col1: string, row1: string, col2?: string, row2?: string) =>
            map(lead, col1, Number(row1), col2, row2 === undefined ? undefined : Number(row2)),
          ),
    )
    .join('');
}

/**
 * After `count` rows were inserted above row `at` (0-based): every row number at or below the new rows moves
 * down, absolute ($F$5) or not. A range is stretched only when the rows go strictly inside it
 * (SUM(F5:F30) with rows inserted at 21 → SUM(F5:F35)); one ending just above them stays as it is.
 */
export function shiftFormulaRows(formula: string, at: number, count: number): string {
  const first = at + 1; // 1-based
  const down = (row: number) => (row >= first ? row + count : row);
  return mapReferences(formula, (lead, col1, row1, col2, row2) =>
    col2 === undefined || row2 === undefined
      ? `${lead}${col1}${down(row1)}`
      : `${lead}${col1}${down(row1)}:${col2}${down(row2)}`,
  );
}

/**
 * After rows `at..at+count-1` (0-based) were deleted: references below move up, a range loses the deleted rows
 * (SUM(F5:F30) without rows 21–27 → SUM(F5:F23)), and a reference wholly inside them becomes #REF!, as in Excel.
 */
export function removeFormulaRows(formula: string, at: number, count: number): string {
  const first = at + 1; // 1-based
  const last = at + count;
  const up = (row: number) => (row > last ? row - count : row);
  return mapReferences(formula, (lead, col1, top, col2, bottom) => {
    if (col2 === undefined || bottom === undefined) {
      if (top >= first && top <= last) return `${lead}#REF!`;
      return `${lead}${col1}${up(top)}`;
    }
    const newTop = top >= first && top <= last ? first : up(top);
    const newBottom = bottom >= first && bottom <= last ? first - 1 : up(bottom);
    if (newBottom < newTop) return `${lead}#REF!`;
    return `${lead}${col1}${newTop}:${col2}${newBottom}`;
  });
}
