import { scoreRange } from '../../../src/engine/rules/score-range';
import { findingsOf, indicators, overallTable, summary } from './support/build';
import type { IndicatorFigures } from './support/build';

const rule = scoreRange;

/** Indicators from row 13 (Excel); 分值 in G, 得分 in H. */
const table = (rows: IndicatorFigures[]) =>
  overallTable({ indicators: indicators({ firstRow: 12, groups: [{ label: '产出指标', rows }] }) });

describe('score-range: 0 ≤ 得分 ≤ 分值', () => {
  describe('valid', () => {
    it('accepts 14 of 15, full marks, and 0 of 0 (seed 000, 003)', () => {
      expect(
        findingsOf(
          rule,
          table([
            { name: '走访登记情况', weight: 15, score: 14 },
            { weight: 10, score: 10 },
            { weight: 0, score: 0 },
          ]),
        ),
      ).toEqual([]);
    });

    it('ignores empty indicator rows', () => {
      expect(findingsOf(rule, table([{ name: '经济效益指标' }, { weight: 5, score: '——' }]))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 得分 17 above its 分值 15', () => {
      const [finding] = findingsOf(rule, table([{ name: '完成达标率', weight: 15, score: 17 }]));
      expect(summary(finding)).toEqual({
        rule: 'score-range',
        severity: 'error',
        cell: 'H13',
        expected: '≤ 15',
        actual: '17',
      });
      expect(finding.message).toContain('完成达标率');
    });

    it('flags a negative score', () => {
      expect(
        findingsOf(
          rule,
          table([
            { weight: 10, score: 10 },
            { name: '服务对象满意度', weight: 10, score: -2 },
          ]),
          'en',
        ).map(summary),
      ).toEqual([{ rule: 'score-range', severity: 'error', cell: 'H14', expected: '≥ 0', actual: '-2' }]);
    });
  });
});
