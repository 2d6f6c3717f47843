// The sim host moves formula references itself when rows come and go, as Excel does (see src/simhost/README.md).
import { removeFormulaRows, shiftFormulaRows } from '../../src/simhost/formula-rows';

describe('formula references when rows are inserted (0-based at, count)', () => {
  it.each([
    ['=F21*G21', 20, 5, '=F26*G26'], // at or below the new rows: down
    ['=F20*G20', 20, 5, '=F20*G20'], // above: unchanged
    ['=SUM(F5:F30)', 20, 5, '=SUM(F5:F35)'], // the rows go strictly inside: stretched
    ['=SUM(F12:F20)', 20, 5, '=SUM(F12:F20)'], // ends just above: not stretched
    ['=$F$21+F$22', 20, 1, '=$F$22+F$23'], // absolute rows move too
    ['="F21"&F21', 20, 1, '="F21"&F22'], // text in quotes is not a reference
    ["='附件1'!F21+F21", 20, 1, "='附件1'!F21+F22"], // another sheet's cells stay
    ['=LOG10(F21)', 20, 1, '=LOG10(F22)'], // a function name is not a reference
  ])('%s with %i row(s) at %i', (formula, at, count, shifted) => {
    expect(shiftFormulaRows(formula, at as number, count as number)).toBe(shifted);
  });
});

describe('formula references when rows are deleted', () => {
  it.each([
    ['=SUM(F5:F30)', 20, 7, '=SUM(F5:F23)'],
    ['=F22', 20, 7, '=#REF!'],
    ['=F31', 20, 7, '=F24'],
    ['=SUM(F21:F27)', 20, 7, '=SUM(#REF!)'],
  ])('%s without %i row(s) from %i', (formula, at, count, shifted) => {
    expect(removeFormulaRows(formula, at as number, count as number)).toBe(shifted);
  });
});
