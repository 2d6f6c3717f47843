import { executionScore } from '../../../src/engine/rules/execution-score';
import { findingsOf, funding, overallTable, pct, projectTable, summary } from './support/build';

const rule = executionScore;

describe('execution-score: 得分 = 分值 × min(执行率, 1), to 0.01', () => {
  describe('valid', () => {
    it('accepts 9.28 for 10 × 767.27 / 826.36 = 9.2849', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 231.06,
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: pct(0.9285),
          score: 9.28,
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('accepts 10.00 for 594.67 / 594.67 shown as "100%" (seed 002)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: { value: 394.5, format: '0.00' },
          budget: 594.67,
          executed: 594.67,
          weight: 10,
          rate: pct(1, '0%'),
          score: { value: 10, format: '0.00' },
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('caps the rate at 100%: 10 × min(130 / 120, 1) = 10', () => {
      const table = projectTable({
        funding: funding(3, { budget: 120, executed: 130, weight: 10, rate: pct(1.0833), score: 10 }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('counts only 年度资金总额: 其中 rows with a dash are not scored', () => {
      const table = projectTable({
        funding: funding(3, { initial: 7.2, budget: 7.2, executed: 7.2, weight: 10, rate: 100, score: 10 }, [
          [
            '其中：当年财政拨款',
            { initial: 7.2, budget: 7.2, executed: 7.2, weight: '—', rate: '—', score: '—' },
          ],
        ]),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 得分 9.2 when 10 × 111.27/123.47 = 9.01 (seed 004)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 0,
          budget: 123.47,
          executed: 111.27,
          weight: 10,
          rate: pct(0.9012),
          score: 9.2,
        }),
      });
      const [finding, ...rest] = findingsOf(rule, table);
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'execution-score',
        severity: 'error',
        cell: 'H4',
        expected: '9.01',
        actual: '9.2',
        fix: 9.01,
      });
      expect(finding.message).toContain('90.12%');
    });

    it('calls 9.29 a rounding-order warning: 10 × 92.85% = 9.285 but 10 × 767.27/826.36 = 9.2849 (seed 000)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 231.06,
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: pct(0.9285),
          score: 9.29,
        }),
      });
      const [finding, ...rest] = findingsOf(rule, table, 'en');
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'execution-score',
        severity: 'warning',
        cell: 'H4',
        expected: '9.28',
        actual: '9.29',
        fix: 9.28,
      });
      expect(finding.message).toContain('9.285');
      expect(finding.message).toContain('9.2849');
      expect(finding.message).toContain('order of rounding');
    });

    it('computes from the money when the rate cell is wrong: 9.29 follows a wrong 92.9%, not a rounding', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 231.06,
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: pct(0.929, '0.0%'),
          score: 9.29,
        }),
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        {
          rule: 'execution-score',
          severity: 'error',
          cell: 'H4',
          expected: '9.28',
          actual: '9.29',
          fix: 9.28,
        },
      ]);
    });

    it('flags a score above the weight when more was spent than budgeted: 10 × min(130/120, 1) = 10, not 10.83', () => {
      const table = projectTable({
        funding: funding(3, { budget: 120, executed: 130, weight: 10, rate: pct(1.0833), score: 10.83 }),
      });
      expect(findingsOf(rule, table)[0].message).toContain('108.33% 超过 100%');
      expect(findingsOf(rule, table).map(summary)).toEqual([
        {
          rule: 'execution-score',
          severity: 'error',
          cell: 'H4',
          expected: '10.00',
          actual: '10.83',
          fix: 10,
        },
      ]);
    });

    it('warns when the 执行率得分 is blank beside 111.27 / 123.47', () => {
      const table = overallTable({
        funding: funding(3, { initial: 0, budget: 123.47, executed: 111.27, weight: 10, rate: pct(0.9012) }),
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        { rule: 'execution-score', severity: 'warning', cell: 'H4', expected: '9.01', actual: '', fix: 9.01 },
      ]);
    });
  });
});
