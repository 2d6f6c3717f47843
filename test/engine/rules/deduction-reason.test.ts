import { deductionReason } from '../../../src/engine/rules/deduction-reason';
import { findingsOf, indicators, overallTable, summary } from './support/build';
import type { IndicatorFigures } from './support/build';

const rule = deductionReason;

/** Indicators from row 13 (Excel); 偏差原因分析及改进措施 in I. */
const table = (rows: IndicatorFigures[]) =>
  overallTable({ indicators: indicators({ firstRow: 12, groups: [{ label: '成本指标（20分）', rows }] }) });

describe('deduction-reason: 得分 < 分值 needs a 偏差原因', () => {
  describe('valid', () => {
    it('accepts full marks with no reason, and a deduction that gives one', () => {
      expect(
        findingsOf(
          rule,
          table([
            { weight: 10, score: 10 },
            {
              name: '严格控制预算成本',
              weight: 20,
              score: 19,
              reason: '部分支出超出预期，下年度加强预算管理',
            },
          ]),
        ),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('quotes a paragraph-long 三级指标 cut short (seed 000 质量指标)', () => {
      const name =
        '全国、全省、全市“两会”、亚运会等重大活动、会议期间，信访维稳工作均取得了“零进京、零非访、零登记、零滞留、零滋事”的良好成效。';
      const [finding] = findingsOf(rule, table([{ name, weight: 15, score: 14 }]));
      expect(finding.message).toContain('“全国、全省、全市“两会”、亚运会等重大活动、会议…”');
      expect(finding.message).not.toContain('良好成效');
    });

    it('flags 成本 19 of 20 with no reason (seed 004)', () => {
      const [finding, ...rest] = findingsOf(
        rule,
        table([
          { name: '严格控制预算成本', target: '≤123.47万元', actual: '111.27万元', weight: 20, score: 19 },
        ]),
      );
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'deduction-reason',
        severity: 'warning',
        cell: 'I13',
        expected: null,
        actual: '',
      });
      expect(finding.message).toContain('19');
      expect(finding.message).toContain('严格控制预算成本');
    });

    it('takes a dash for no reason: 走访登记情况 14 of 15 with "——" (seed 000)', () => {
      expect(
        findingsOf(rule, table([{ name: '走访登记情况', weight: 15, score: 14, reason: '——' }]), 'en').map(
          summary,
        ),
      ).toEqual([
        { rule: 'deduction-reason', severity: 'warning', cell: 'I13', expected: null, actual: '——' },
      ]);
    });
  });
});
