import { totalScore } from '../../../src/engine/rules/total-score';
import { findingsOf, funding, indicators, overallTable, pct, projectTable, summary } from './support/build';

const rule = totalScore;

/** Seed 000: indicator scores 14 + 14 + 10 + 14 + 7 + 7 + 10 + 9 = 85. */
function seed000(score: number, total: number | null) {
  return overallTable({
    funding: funding(3, {
      initial: 231.06,
      budget: 826.36,
      executed: 767.27,
      weight: 10,
      rate: pct(0.9285),
      score,
    }),
    indicators: indicators({
      firstRow: 12,
      groups: [
        {
          label: '产出指标',
          rows: [15, 15, 10, 15, 8, 8, 10, 9].map((weight, i) => ({
            weight,
            score: [14, 14, 10, 14, 7, 7, 10, 9][i],
          })),
        },
      ],
      total: { weight: 100, score: total },
    }),
  });
}

/** Seed 004: indicator scores 10 × 5 + 5 + 5 + 19 = 89 (满意度 10 included), 执行率 90.12%. */
function seed004(score: number, total: number) {
  return overallTable({
    funding: funding(3, {
      initial: 0,
      budget: 123.47,
      executed: 111.27,
      weight: 10,
      rate: pct(0.9012),
      score,
    }),
    indicators: indicators({
      firstRow: 12,
      groups: [
        {
          label: '产出指标(30分)',
          rows: [
            { weight: 10, score: 10 },
            { weight: 10, score: 10 },
            { weight: 10, score: 10 },
          ],
        },
        {
          label: '效益指标(30分)',
          rows: [
            { weight: 10, score: 10 },
            { weight: 10, score: 10 },
            { weight: 5, score: 5 },
            { weight: 5, score: 5 },
          ],
        },
        { label: '满意度指标(10分)', rows: [{ weight: 10, score: 10 }] },
        { label: '成本指标（20分）', rows: [{ weight: 20, score: 19 }] },
      ],
      total: { weight: 100, score: total },
    }),
  });
}

describe('total-score: 总分 = indicator 得分 + 执行率得分', () => {
  describe('valid', () => {
    it('accepts 94.28 = 85 + 9.28 though the sheet shows 9.29 (seed 000)', () => {
      expect(findingsOf(rule, seed000(9.29, 94.28))).toEqual([]);
    });

    it('accepts 98.01 = 89 + 9.01 (seed 004 once corrected)', () => {
      expect(findingsOf(rule, seed004(9.01, 98.01))).toEqual([]);
    });

    it('counts only the 年度资金总额 score, not the 其中 rows that repeat it (seed 003 项目: 100)', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }, [
          ['其中：当年财政拨款', { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }],
        ]),
        indicators: indicators({
          firstRow: 12,
          groups: [
            {
              label: '产出指标',
              rows: [
                { weight: 20, score: 20 },
                { weight: 40, score: 40 },
                { weight: 30, score: 30 },
              ],
            },
          ],
          total: { weight: 100, score: 100 },
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 总分 95 when 85 + 9.28 = 94.28', () => {
      const findings = findingsOf(rule, seed000(9.28, 95));
      expect(findings.map(summary)).toEqual([
        { rule: 'total-score', severity: 'error', cell: 'H21', expected: '94.28', actual: '95', fix: 94.28 },
      ]);
      expect(findings[0].message).toContain('85');
    });

    it('warns that 总分 98.2 follows the wrong 执行率得分 9.2: with 9.01 it is 98.01 (seed 004)', () => {
      const findings = findingsOf(rule, seed004(9.2, 98.2), 'en');
      expect(findings.map(summary)).toEqual([
        {
          rule: 'total-score',
          severity: 'warning',
          cell: 'H22',
          expected: '98.01',
          actual: '98.2',
          fix: 98.01,
        },
      ]);
      expect(findings[0].message).toContain('9.01');
    });

    it('warns when the 总分 is left blank under scored indicators', () => {
      expect(findingsOf(rule, seed000(9.28, null)).map(summary)).toEqual([
        { rule: 'total-score', severity: 'warning', cell: 'H21', expected: '94.28', actual: '', fix: 94.28 },
      ]);
    });
  });
});
