import { shiftFormulaRows, widenRangesOver } from '../../../src/engine/presets';

describe('shiftFormulaRows (rows inserted at 0-based row 20, i.e. before A1 row 21)', () => {
  it('moves references at or below the insertion and keeps those above', () => {
    expect(shiftFormulaRows('=SUM(G13:G23)+H5', 20, 3)).toBe('=SUM(G13:G26)+H5');
    expect(shiftFormulaRows('=$G$21*2', 20, 3)).toBe('=$G$24*2');
  });

  it('leaves other sheets, function names and string literals alone', () => {
    expect(shiftFormulaRows('=LOG10(G30)+Sheet2!G30', 20, 1)).toBe('=LOG10(G31)+Sheet2!G30');
    expect(shiftFormulaRows('=IF(G30="G30","",G30)', 20, 1)).toBe('=IF(G31="G30","",G31)');
  });
});

describe('widenRangesOver', () => {
  it('grows SUM(G13:G20) over 3 rows inserted right below it to SUM(G13:G23)', () => {
    expect(widenRangesOver('=SUM(G13:G20)', 20, 3)).toBe('=SUM(G13:G23)');
  });

  it('grows a range whose top was pushed down by rows inserted right above it', () => {
    expect(widenRangesOver('=SUM(G24:G30)', 20, 3)).toBe('=SUM(G21:G30)');
  });

  it('keeps ranges that do not touch the new rows', () => {
    expect(widenRangesOver('=SUM(G5:G9)', 20, 3)).toBe('=SUM(G5:G9)');
  });
});
