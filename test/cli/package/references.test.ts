import { shiftRowsInFormula, translateFormula, shiftSqref } from '../../../src/cli/package/references';

const SHIFT = { sheet: '附件2 整体支出自评表', at: 19, count: 2 }; // rows 20 and below move down 2

describe('shiftRowsInFormula', () => {
  it.each([
    // [formula, sheet the formula is on, expected]
    ['SUM(H10:H24)', SHIFT.sheet, 'SUM(H10:H26)'],
    ['H19+H20', SHIFT.sheet, 'H19+H22'],
    ['$H$20*2', SHIFT.sheet, '$H$22*2'],
    ['SUM(20:24)', SHIFT.sheet, 'SUM(22:26)'],
    ['SUM(A:A)', SHIFT.sheet, 'SUM(A:A)'],
    ["'附件2 整体支出自评表'!$A$1:$I$24", undefined, "'附件2 整体支出自评表'!$A$1:$I$26"],
    ["'附件2 整体支出自评表'!H30", 'Other', "'附件2 整体支出自评表'!H32"],
    ['H30', 'Other', 'H30'],
    ['Other!H30', SHIFT.sheet, 'Other!H30'],
    ['"H30"&H30', SHIFT.sheet, '"H30"&H32'],
    ['[1]附件2!H30', SHIFT.sheet, '[1]附件2!H30'],
    ['LOG10(H30)', SHIFT.sheet, 'LOG10(H32)'],
    ['Table1[[#This Row],[H30]]', SHIFT.sheet, 'Table1[[#This Row],[H30]]'],
    ['1E5+H5', SHIFT.sheet, '1E5+H5'],
  ])('%s on %s → %s', (formula, on, expected) => {
    expect(shiftRowsInFormula(formula, SHIFT, on)).toBe(expected);
  });
});

describe('translateFormula', () => {
  it('moves relative parts only', () => {
    expect(translateFormula('A2*$B$1+B$3+$C4', 3, 1)).toBe('B5*$B$1+C$3+$C7');
  });
});

describe('shiftSqref', () => {
  it('shifts every area of a list', () => {
    expect(shiftSqref('A1:B2 C20 D19:D21', 19, 2)).toBe('A1:B2 C22 D19:D23');
  });
});
