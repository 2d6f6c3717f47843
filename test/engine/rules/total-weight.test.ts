import { totalWeight } from '../../../src/engine/rules/total-weight';
import { findingsOf, funding, indicators, overallTable, pct, projectTable, summary } from './support/build';

const rule = totalWeight;

const fundingOf = (weight: number) =>
  funding(3, { initial: 231.06, budget: 826.36, executed: 767.27, weight, rate: pct(0.9285), score: 9.28 });

/** Seed 000's indicator weights: 15 + 15 + 10 + 15 + 8 + 8 + 10 + 9 = 90. */
const seed000Weights = [15, 15, 10, 15, 8, 8, 10, 9];

describe('total-weight: indicator 分值 + 执行率 分值 = 100', () => {
  describe('valid', () => {
    it('accepts 90 from the indicators + 10 for the execution rate (seed 000)', () => {
      const table = overallTable({
        funding: fundingOf(10),
        indicators: indicators({
          firstRow: 12,
          groups: [
            { label: '产出指标', rows: seed000Weights.map((weight) => ({ weight, score: weight - 1 })) },
          ],
          total: { weight: 100 },
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('counts the 年度资金总额 分值 once even when 其中 rows repeat it (seed 003 项目)', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }, [
          ['其中：当年财政拨款', { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }],
        ]),
        indicators: indicators({
          firstRow: 12,
          groups: [
            { label: '成本指标 (20 分)', rows: [{ weight: 20 }, { weight: 0 }, { weight: 0 }] },
            { label: '产出指标 (40 分)', rows: [{ weight: 15 }, { weight: 15 }, { weight: 10 }] },
            {
              label: '效益指标 (20 分)',
              rows: [{ weight: 5 }, { weight: 10 }, { weight: null }, { weight: 5 }],
            },
            { label: '满意度指标 (10分)', rows: [{ weight: 10 }] },
          ],
          total: { weight: 100, score: 100 },
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('says nothing for an empty template (seed 004 项目支出绩效自评表)', () => {
      const table = projectTable({
        funding: funding(3, {}),
        indicators: indicators({
          firstRow: 12,
          groups: [{ label: '产出指标(30分)', statedWeight: 30, rows: [{}, {}] }],
          total: {},
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 47 + 40 + 10 for the execution rate = 97 (seed 002, 满意度指标 left empty)', () => {
      const table = overallTable({
        funding: fundingOf(10),
        indicators: indicators({
          firstRow: 12,
          groups: [
            { label: '产出指标（50分)', rows: [{ weight: 20 }, { weight: 10 }, { weight: 17 }] },
            { label: '效益指标（30分）', rows: [{ weight: 20 }, { weight: 20 }] },
          ],
        }),
      });
      const findings = findingsOf(rule, table);
      expect(findings.map(summary)).toEqual([
        { rule: 'total-weight', severity: 'error', cell: 'G13:G17', expected: '100', actual: '97' },
      ]);
      expect(findings[0].message).toContain('87');
    });

    it('flags a 总分 row whose 分值 says 90', () => {
      const table = overallTable({
        funding: fundingOf(10),
        indicators: indicators({
          firstRow: 12,
          groups: [{ label: '产出指标', rows: seed000Weights.map((weight) => ({ weight })) }],
          total: { weight: 90 },
        }),
      });
      expect(findingsOf(rule, table, 'en').map(summary)).toEqual([
        { rule: 'total-weight', severity: 'error', cell: 'G21', expected: '100', actual: '90', fix: 100 },
      ]);
    });
  });
});
