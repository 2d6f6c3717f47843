import { grade } from '../../../src/engine/rules/grade';
import { findingsOf, indicators, overallTable, summary } from './support/build';

const rule = grade;

/** One indicator row (Excel 13), 总分 on row 14, the stated grade in H15. */
const table = (total: number, stated: string) =>
  overallTable({
    indicators: indicators({
      firstRow: 12,
      groups: [{ label: '产出指标', rows: [{ weight: 90, score: total }] }],
      total: { weight: 100, score: total },
      grade: stated,
    }),
  });

describe('grade: 优 ≥90, 良 80–89, 中 60–79, 差 <60', () => {
  describe('valid', () => {
    it.each([
      [94.28, '优'],
      [90, '优秀'],
      [89.99, '良'],
      [80, '良好'],
      [60, '合格'],
      [79.5, '中'],
      [59.99, '不合格'],
      [12, '差'],
    ])('accepts %s as %s', (total, stated) => {
      expect(findingsOf(rule, table(total, stated))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 良 for a total of 94.28', () => {
      const [finding] = findingsOf(rule, table(94.28, '良'));
      expect(summary(finding)).toEqual({
        rule: 'grade',
        severity: 'warning',
        cell: 'H15',
        expected: '优',
        actual: '良',
        fix: '优',
      });
      expect(finding.message).toContain('94.28');
    });

    it("keeps the filer's spelling: 优秀 for 89.5 should read 良好", () => {
      expect(findingsOf(rule, table(89.5, '优秀'), 'en').map(summary)).toEqual([
        { rule: 'grade', severity: 'warning', cell: 'H15', expected: '良好', actual: '优秀', fix: '良好' },
      ]);
    });

    it('reads 合格 as 中 and 不合格 as 差: 合格 for 55 should read 不合格', () => {
      expect(findingsOf(rule, table(55, '合格')).map(summary)).toEqual([
        {
          rule: 'grade',
          severity: 'warning',
          cell: 'H15',
          expected: '不合格',
          actual: '合格',
          fix: '不合格',
        },
      ]);
    });
  });
});
