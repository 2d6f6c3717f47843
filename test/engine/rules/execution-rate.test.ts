import { executionRate } from '../../../src/engine/rules/execution-rate';
import { findingsOf, funding, overallTable, pct, projectTable, summary } from './support/build';

const rule = executionRate;

describe('execution-rate: 执行率 = 全年执行数 / 全年预算数', () => {
  describe('valid', () => {
    it('accepts 92.85% for 767.27 / 826.36 = 92.8491% (seed 000)', () => {
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

    it('accepts 90.12% for 111.27 / 123.47 (seed 004)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 0,
          budget: 123.47,
          executed: 111.27,
          weight: 10,
          rate: pct(0.9012),
          score: 9.01,
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('accepts a rate typed as the number 100 for 171.38 / 171.38 (seed 003)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 161.73,
          budget: 171.38,
          executed: 171.38,
          weight: 10,
          rate: 100,
          score: 10,
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('accepts 其中 rows that hold a dash instead of a rate (项目资金)', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }, [
          [
            '其中：当年财政拨款',
            { initial: 25, budget: 25, executed: 25, weight: '—', rate: '—', score: '—' },
          ],
          ['上年结转资金', {}],
        ]),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('says nothing about 0 / 0 when no budget was set', () => {
      const table = projectTable({
        funding: funding(3, { initial: 0, budget: 0, executed: 0, weight: 10, rate: '——', score: 10 }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 92.58% typed for 767.27 / 826.36 = 92.85% and offers the fraction for a percent cell', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 231.06,
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: pct(0.9258),
          score: 9.28,
        }),
      });
      const [finding, ...rest] = findingsOf(rule, table);
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'execution-rate',
        severity: 'error',
        cell: 'G4',
        expected: '92.85%',
        actual: '92.58%',
        fix: 0.9285,
      });
      expect(finding.message).toContain('767.27');
    });

    it('flags a typed percent number 100 when 161.73 / 171.38 = 94.37%, offering 94.37 as typed', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 161.73,
          budget: 171.38,
          executed: 161.73,
          weight: 10,
          rate: 100,
          score: 9.44,
        }),
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        {
          rule: 'execution-rate',
          severity: 'error',
          cell: 'G4',
          expected: '94.37',
          actual: '100',
          fix: 94.37,
        },
      ]);
    });

    it('flags a percent typed as text "100%" when 25 / 28 = 89.29%, offering the same text', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 28, executed: 25, weight: 10, rate: '100%', score: 8.93 }),
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        {
          rule: 'execution-rate',
          severity: 'error',
          cell: 'G4',
          expected: '89.29%',
          actual: '100%',
          fix: '89.29%',
        },
      ]);
    });

    it('flags a 其中 row whose repeated rate is wrong', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }, [
          ['其中：当年财政拨款', { initial: 25, budget: 25, executed: 20, weight: 10, rate: 100, score: 10 }],
        ]),
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        { rule: 'execution-rate', severity: 'error', cell: 'G5', expected: '80', actual: '100', fix: 80 },
      ]);
    });

    it('warns when 年度资金总额 leaves the rate blank beside 111.27 and 123.47', () => {
      const table = overallTable({
        funding: funding(3, { initial: 0, budget: 123.47, executed: 111.27, weight: 10, score: 9.01 }),
      });
      expect(findingsOf(rule, table, 'en').map(summary)).toEqual([
        {
          rule: 'execution-rate',
          severity: 'warning',
          cell: 'G4',
          expected: '90.12%',
          actual: '',
          fix: 0.9012,
        },
      ]);
    });
  });
});
