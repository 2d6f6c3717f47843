import { partialBreakdown } from '../../../src/engine/rules/partial-breakdown';
import { basicTable, findingsOf, summary } from './support/build';
import type { MoneyLine } from './support/build';

const rule = partialBreakdown;

function publicFunds(total: [number, number, number]): MoneyLine[] {
  return [
    { label: '公用经费', role: 'public-funds', breakdown: 'partial', values: total },
    { label: '其中：办公费', role: 'office', parentLabel: '公用经费', values: [63.28, 2, 15.84] },
    {
      label: '水费、电费、差旅费',
      role: 'utilities-travel',
      parentLabel: '公用经费',
      values: [86.11, 0, 6.31],
    },
    { label: '会议费、培训费', role: 'meetings-training', parentLabel: '公用经费', values: [4.51, 0, 1.3] },
  ];
}

describe('partial-breakdown: 其中 parts add up to no more than their total', () => {
  describe('valid', () => {
    it('accepts 公用经费 399.38 ≥ 63.28 + 86.11 + 4.51 = 153.9 (seed 000)', () => {
      expect(findingsOf(rule, basicTable({ money: publicFunds([399.38, 12.39, 517.92]) }))).toEqual([]);
    });

    it('accepts 公用经费 equal to its parts and parts left blank (seed 003)', () => {
      const table = basicTable({
        money: [
          { label: '其中：公用经费', role: 'public-funds', breakdown: 'partial', values: [5, 4, 43.04] },
          {
            label: '其中：办公经费',
            role: 'office',
            parentLabel: '其中：公用经费',
            values: [null, null, null],
          },
          {
            label: '水费、电费、差旅费',
            role: 'utilities-travel',
            parentLabel: '其中：公用经费',
            values: [5, 4, 4],
          },
          {
            label: '会议费、培训费',
            role: 'meetings-training',
            parentLabel: '其中：公用经费',
            values: [0, 0, 0],
          },
        ],
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 公用经费 2024预算 1.5 when its parts add up to 2 + 0 + 0 = 2', () => {
      const [finding, ...rest] = findingsOf(rule, basicTable({ money: publicFunds([399.38, 1.5, 517.92]) }));
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'partial-breakdown',
        severity: 'error',
        cell: 'C6',
        expected: '≥ 2',
        actual: '1.5',
      });
      expect(finding.message).toContain('2 + 0 + 0');
    });

    it('flags 公用经费 2023决算 150 when 63.28 + 86.11 + 4.51 = 153.9', () => {
      expect(
        findingsOf(rule, basicTable({ money: publicFunds([150, 12.39, 517.92]) }), 'en').map(summary),
      ).toEqual([
        { rule: 'partial-breakdown', severity: 'error', cell: 'B6', expected: '≥ 153.9', actual: '150' },
      ]);
    });
  });
});
