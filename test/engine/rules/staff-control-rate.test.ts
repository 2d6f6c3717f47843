import { staffControlRate } from '../../../src/engine/rules/staff-control-rate';
import { basicTable, findingsOf, pct, summary } from './support/build';

const rule = staffControlRate;

/** 编制数 B4, 实际在职人数 C4, 控制率 D4. */
const staff = (
  authorized: number,
  actual: number,
  rate: Parameters<typeof pct>[0] | ReturnType<typeof pct> | null,
) => basicTable({ staff: { row: 3, authorized, actual, rate: typeof rate === 'number' ? pct(rate) : rate } });

describe('staff-control-rate: 控制率 = 实际在职人数 / 编制数', () => {
  describe('valid', () => {
    it('accepts 84.62% for 11 / 13 (seed 000)', () => {
      expect(findingsOf(rule, staff(13, 11, 0.8462))).toEqual([]);
    });

    it('accepts 100.00% for 20 / 20 (seed 002) and a typed 100 for 8 / 8 (seed 003)', () => {
      expect(findingsOf(rule, staff(20, 20, 1))).toEqual([]);
      expect(
        findingsOf(rule, basicTable({ staff: { row: 3, authorized: 8, actual: 8, rate: 100 } })),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 86.62% when 11 / 13 = 84.62%', () => {
      const [finding, ...rest] = findingsOf(rule, staff(13, 11, 0.8662));
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'staff-control-rate',
        severity: 'error',
        cell: 'D4',
        expected: '84.62%',
        actual: '86.62%',
        fix: 0.8462,
      });
      expect(finding.message).toContain('11');
    });

    it('warns about over-staffing at 14 / 13 = 107.69%, with no fix to write', () => {
      expect(findingsOf(rule, staff(13, 14, 1.0769), 'en').map(summary)).toEqual([
        {
          rule: 'staff-control-rate',
          severity: 'warning',
          cell: 'D4',
          expected: '≤ 100%',
          actual: '107.69%',
        },
      ]);
    });

    it('reports both a wrong rate and the over-staffing behind it: 14 / 13 shown as 100%', () => {
      expect(
        findingsOf(rule, basicTable({ staff: { row: 3, authorized: 13, actual: 14, rate: 100 } })).map(
          summary,
        ),
      ).toEqual([
        {
          rule: 'staff-control-rate',
          severity: 'error',
          cell: 'D4',
          expected: '107.69',
          actual: '100',
          fix: 107.69,
        },
        { rule: 'staff-control-rate', severity: 'warning', cell: 'D4', expected: '≤ 100%', actual: '107.69' },
      ]);
    });
  });
});
