/**
 * Row arithmetic on A1 formulas, for hosts that do not move references when rows are inserted (ExcelJS, the
 * test grid). Excel itself does this natively; the plan's formula updates assume it has been done.
 */

// A cell reference not preceded by a sheet name, a letter, digit or dot, and not a function name like LOG10(.
const CELL_REF = /(^|[^A-Za-z0-9_.!$'"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/** Moves every same-sheet reference at or below `at` down by `count`, as Excel does when rows are inserted. */
export function shiftFormulaRows(formula: string, at: number, count: number): string {
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      CELL_REF,
      (whole, lead: string, colAbs: string, col: string, rowAbs: string, row: string) => {
        const index = Number(row) - 1;
        return index >= at ? `${lead}${colAbs}${col}${rowAbs}${index + count + 1}` : whole;
      },
    ),
  );
}

const RANGE = /(\$?)([A-Z]{1,3})(\$?)(\d+):(\$?)([A-Z]{1,3})(\$?)(\d+)/g;

/**
 * After `count` rows were inserted at `at` (and references shifted), widens every range that ended just above
 * the new rows or started just below them so it covers them: SUM(G12:G20) with rows inserted at 21 becomes
 * SUM(G12:G23). Excel widens only ranges the insertion falls strictly inside, so the total row needs this.
 */
export function widenRangesOver(formula: string, at: number, count: number): string {
  const first = at + 1; // 1-based rows of the inserted block
  const last = at + count;
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      RANGE,
      (
        whole,
        a1: string,
        c1: string,
        a2: string,
        r1: string,
        a3: string,
        c2: string,
        a4: string,
        r2: string,
      ) => {
        let top = Number(r1);
        let bottom = Number(r2);
        if (bottom === first - 1) bottom = last;
        else if (top === last + 1) top = first;
        else return whole;
        return `${a1}${c1}${a2}${top}:${a3}${c2}${a4}${bottom}`;
      },
    ),
  );
}

/** Applies `map` to the parts of a formula outside "string literals". */
function mapOutsideStrings(formula: string, map: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : map(part)))
    .join('');
}
