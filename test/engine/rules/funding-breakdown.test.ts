import { fundingBreakdown } from '../../../src/engine/rules/funding-breakdown';
import { findingsOf, funding, labelled, overallTable, pct, summary } from './support/build';
import type { LabelledFigure } from '../../../src/engine/model/tables';

const rule = fundingBreakdown;

/** 按收入性质分 in column B and 按支出性质分 in column E, from row 6 (Excel), as the seeds lay them out. */
function splits(
  bySource: readonly string[],
  byNature: readonly string[],
): { bySource: LabelledFigure[]; byNature: LabelledFigure[] } {
  return {
    bySource: bySource.map((text, index) => labelled(text, 5 + index, 1)),
    byNature: byNature.map((text, index) => labelled(text, 5 + index, 4)),
  };
}

const seed000Funding = funding(3, {
  initial: 231.06,
  budget: 826.36,
  executed: 767.27,
  weight: 10,
  rate: pct(0.9285),
  score: 9.28,
});

describe('funding-breakdown: the splits by source and by nature add up to 全年执行数', () => {
  describe('valid', () => {
    it('accepts 594.67万元 + 0万元 + 0 + 0 by source and 594.67万元 + 0万元 by nature (seed 002)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 394.5,
          budget: 594.67,
          executed: 594.67,
          weight: 10,
          rate: pct(1, '0%'),
          score: 10,
        }),
        ...splits(
          [
            '  其中：  一般公共预算：594.67万元',
            '政府性基金拨款：0万元',
            '纳入专户管理的非税收入拨款：0',
            '其他资金：0',
          ],
          ['其中：基本支出：594.67万元', '项目支出：0万元'],
        ),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('says nothing when no part carries a figure', () => {
      const table = overallTable({
        funding: seed000Funding,
        ...splits(['其中：一般公共预算：', '政府性基金拨款：'], ['其中：基本支出：', '项目支出：']),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 按收入性质分 605.21 ≠ 767.27 (error) and 661.27 + 0 ≠ 767.27 (warning) (seed 000)', () => {
      const table = overallTable({
        funding: seed000Funding,
        ...splits(
          [
            '  其中：  一般公共预算：605.21',
            '政府性基金拨款：0',
            '纳入专户管理的非税收入拨款：0',
            '其他资金：0',
          ],
          ['其中：基本支出：661.27', '项目支出：0'],
        ),
      });
      const findings = findingsOf(rule, table);
      expect(findings.map(summary)).toEqual([
        { rule: 'funding-breakdown', severity: 'error', cell: 'B6:B9', expected: '767.27', actual: '605.21' },
        {
          rule: 'funding-breakdown',
          severity: 'warning',
          cell: 'E6:E7',
          expected: '767.27',
          actual: '661.27',
        },
      ]);
      expect(findings[0].message).toContain('605.21 + 0 + 0 + 0');
    });

    it('flags 按收入性质分 161.73 ≠ 全年执行数 171.38 with the other sources blank (seed 003)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 161.73,
          budget: 171.38,
          executed: 171.38,
          weight: 10,
          rate: 100,
          score: 10,
        }),
        ...splits(
          ['其中: 一般公共预算: 161.73', '政府性基金拨款:', '纳入专户管理的非税收入拨款:', '其他资金:'],
          ['其中: 基本支出: 127.73', '项目支出: 34'],
        ),
      });
      expect(findingsOf(rule, table, 'en').map(summary)).toEqual([
        { rule: 'funding-breakdown', severity: 'error', cell: 'B6:B9', expected: '171.38', actual: '161.73' },
        {
          rule: 'funding-breakdown',
          severity: 'warning',
          cell: 'E6:E7',
          expected: '171.38',
          actual: '161.73',
        },
      ]);
    });
  });
});
