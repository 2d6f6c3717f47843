// WPS, like Excel, moves same-sheet references in formulas when rows are inserted or deleted. The simulation
// keeps formulas as text, so it does that arithmetic itself (its own code: it must not borrow the engine's
// shifting, which the adapter relies on). References to another sheet ('表'!A1) are left alone.

// A1 or A1:B2, not preceded by a sheet name, a letter, a digit or a dot, and not a function name like LOG10(.
const REF = /(^|[^A-Za-z0-9_.!$'"])(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\d(A-Za-z_])/g;

function outsideStrings(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : edit(part)))
    .join('');
}

/** `count` rows inserted before 0-based row `at`: references at or below move down; a range across grows. */
export function insertRowsInFormula(formula: string, at: number, count: number): string {
  const first = at + 1; // 1-based
  const down = (row: number) => (row >= first ? row + count : row);
  return outsideStrings(formula, (part) =>
    part.replace(REF, (_whole, lead: string, col1: string, row1: string, col2?: string, row2?: string) =>
      col2 === undefined || row2 === undefined
        ? `${lead}${col1}${down(Number(row1))}`
        : `${lead}${col1}${down(Number(row1))}:${col2}${down(Number(row2))}`,
    ),
  );
}

/** Rows `at..at+count-1` deleted: references below move up, a range loses the rows, a reference inside them
 *  becomes #REF!. */
export function deleteRowsInFormula(formula: string, at: number, count: number): string {
  const first = at + 1;
  const last = at + count;
  const up = (row: number) => (row > last ? row - count : row);
  return outsideStrings(formula, (part) =>
    part.replace(REF, (_whole, lead: string, col1: string, row1: string, col2?: string, row2?: string) => {
      const top = Number(row1);
      if (col2 === undefined || row2 === undefined)
        return top >= first && top <= last ? `${lead}#REF!` : `${lead}${col1}${up(top)}`;
      const bottom = Number(row2);
      const newTop = top >= first && top <= last ? first : up(top);
      const newBottom = bottom >= first && bottom <= last ? first - 1 : up(bottom);
      return newBottom < newTop ? `${lead}#REF!` : `${lead}${col1}${newTop}:${col2}${newBottom}`;
    }),
  );
}
