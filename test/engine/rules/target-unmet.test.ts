import { targetUnmet } from '../../../src/engine/rules/target-unmet';
import { findingsOf, indicators, overallTable, pct, summary } from './support/build';
import type { IndicatorFigures } from './support/build';

const rule = targetUnmet;

/** Indicators from row 13 (Excel); 得分 in H. */
const table = (rows: IndicatorFigures[]) =>
  overallTable({ indicators: indicators({ firstRow: 12, groups: [{ label: '成本指标 (20分)', rows }] }) });

describe('target-unmet: full marks although the actual value misses a quantitative target', () => {
  describe('valid', () => {
    it('accepts ≥95% met by "=95%" and ≤25 万元 met by "=25 万元" (seed 003)', () => {
      expect(
        findingsOf(
          rule,
          table([
            { name: '服务对象满意度', target: '≥95%', actual: '=95%', weight: 10, score: 10 },
            { name: '成本控制', target: '≤25 万元', actual: '=25 万元', weight: 20, score: 20 },
            { name: '完成达标率', target: '=100%', actual: pct(1, '0%'), weight: 15, score: 15 },
          ]),
        ),
      ).toEqual([]);
    });

    it('leaves qualitative targets, deadlines and texts alone (seed 004: 600次以上 against prose)', () => {
      expect(
        findingsOf(
          rule,
          table([
            {
              name: '宣传贯彻活动',
              target: '600次以上',
              actual: '组织全市开展全会精神宣传贯彻活动',
              weight: 10,
              score: 10,
            },
            { name: '管理制度健全性', target: '健全', actual: '基本健全', weight: 10, score: 10 },
            {
              name: '完成及时率',
              target: '2024年12月31日之前完成',
              actual: '2025年1月',
              weight: 10,
              score: 10,
            },
          ]),
        ),
      ).toEqual([]);
    });

    it('accepts a missed target that was already marked down', () => {
      expect(
        findingsOf(
          rule,
          table([
            {
              name: '整体支出控制额',
              target: '≤127.73 万元',
              actual: '=161.73 万元',
              weight: 20,
              score: 15.8,
            },
          ]),
        ),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns that ≤127.73万元 against =161.73万元 got 20 of 20, suggesting 127.73/161.73 × 20 = 15.80 (seed 003)', () => {
      const [finding, ...rest] = findingsOf(
        rule,
        table([
          { name: '整体支出控制额', target: '≤127.73 万元', actual: '=161.73 万元', weight: 20, score: 20 },
        ]),
      );
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'target-unmet',
        severity: 'warning',
        cell: 'H13',
        expected: '≤127.73 万元',
        actual: '=161.73 万元',
      });
      expect(finding.message).toContain('15.8');
    });

    it('warns that ≥95% against 90% got 10 of 10, suggesting 90/95 × 10 = 9.47', () => {
      const findings = findingsOf(
        rule,
        table([{ name: '按期答复率', target: '≥95%', actual: pct(0.9, '0%'), weight: 10, score: 10 }]),
        'en',
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'target-unmet', severity: 'warning', cell: 'H13', expected: '≥95%', actual: '90%' },
      ]);
      expect(findings[0].message).toContain('9.47');
    });

    it('reads a percent number typed without a sign: ≥90% against 85 gets 10 of 10', () => {
      const findings = findingsOf(
        rule,
        table([{ name: '参评群众满意率', target: '≥90%', actual: 85, weight: 10, score: 10 }]),
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'target-unmet', severity: 'warning', cell: 'H13', expected: '≥90%', actual: '85' },
      ]);
      expect(findings[0].message).toContain('9.44');
    });
  });
});
