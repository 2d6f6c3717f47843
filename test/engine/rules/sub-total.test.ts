import { subTotal } from '../../../src/engine/rules/sub-total';
import { basicTable, findingsOf, funding, projectTable, summary } from './support/build';
import type { MoneyLine } from './support/build';

const rule = subTotal;

/** Seed 002's 三公经费 block (2022决算, 2023预算, 2023决算), rows 6–11 in Excel. */
function threePublic(total2022: number): MoneyLine[] {
  return [
    { label: '三公经费', role: 'three-public', breakdown: 'exact', values: [total2022, 0, 0.1] },
    {
      label: '1、公务用车购置和维护经费',
      role: 'vehicle',
      parentLabel: '三公经费',
      breakdown: 'exact',
      values: [5.41, 0, 0],
    },
    {
      label: '其中：公车购置',
      role: 'vehicle-purchase',
      parentLabel: '1、公务用车购置和维护经费',
      values: [0, 0, 0],
    },
    {
      label: '公车运行维护',
      role: 'vehicle-operation',
      parentLabel: '1、公务用车购置和维护经费',
      values: [0, 0, 0],
    },
    { label: '2、出国经费', role: 'overseas', parentLabel: '三公经费', values: [0, 0, 0] },
    { label: '3、公务接待', role: 'reception', parentLabel: '三公经费', values: [5.41, 0, 0.1] },
  ];
}

describe('sub-total: a total row equals the sum of its parts', () => {
  describe('valid', () => {
    it('accepts 项目支出 106 = 业务工作经费 106 with the other items blank (seed 000)', () => {
      const table = basicTable({
        money: [
          { label: '项目支出：', role: 'project-expenditure', breakdown: 'exact', values: [0, 106, 106] },
          { label: '1、业务工作经费', role: 'business', parentLabel: '项目支出：', values: [null, 106, 106] },
          {
            label: '2、运行维护经费',
            role: 'operation-maintenance',
            parentLabel: '项目支出：',
            values: ['　', '　', '　'],
          },
          {
            label: '3、市级专项资金',
            role: 'special-fund',
            parentLabel: '项目支出：',
            values: [null, null, null],
          },
        ],
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('accepts a blank 三公经费 over blank items (seed 000)', () => {
      const table = basicTable({
        money: [
          { label: '三公经费', role: 'three-public', breakdown: 'exact', values: [null, null, null] },
          { label: '2、出国经费', role: 'overseas', parentLabel: '三公经费', values: [null, '　', null] },
          { label: '3、公务接待', role: 'reception', parentLabel: '三公经费', values: [null, null, null] },
        ],
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('accepts 业务工作经费 34 = 25 + 7.2 + 1.8, the 34 written with a remark (seed 003)', () => {
      const table = basicTable({
        money: [
          {
            label: '1、业务工作经费',
            role: 'business',
            breakdown: 'exact',
            values: [34, '34（其中 26 万元纳入基本支出，8 万元为年中追加）', 34],
          },
          { label: '付驻京办工作经费', parentLabel: '1、业务工作经费', values: [25, 25, 25] },
          { label: '信访接待工作经费', parentLabel: '1、业务工作经费', values: [7.2, 7.2, 7.2] },
          { label: '网络投诉中心工作经费', parentLabel: '1、业务工作经费', values: [1.8, 1.8, 1.8] },
        ],
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('accepts 年度资金总额 25 = 当年财政拨款 25 with blank 上年结转 and 其他资金 (seed 003 项目)', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }, [
          ['其中：当年财政拨款', { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }],
          ['上年结转资金', {}],
          ['其他资金', {}],
        ]),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 三公经费 2022 5.41 when 5.41 + 0 + 5.41 = 10.82, and 公务用车 5.41 when 0 + 0 = 0 (seed 002)', () => {
      const table = basicTable({ year: 2023, money: threePublic(5.41) });
      const [threePublicFinding, vehicleFinding, ...rest] = findingsOf(rule, table);
      expect(rest).toEqual([]);
      expect(summary(threePublicFinding)).toEqual({
        rule: 'sub-total',
        severity: 'error',
        cell: 'B6',
        expected: '10.82',
        actual: '5.41',
        fix: 10.82,
      });
      expect(threePublicFinding.message).toContain('5.41 + 0 + 5.41');
      expect(threePublicFinding.message).toContain('2022年决算数');
      expect(summary(vehicleFinding)).toEqual({
        rule: 'sub-total',
        severity: 'error',
        cell: 'B7',
        expected: '0.00',
        actual: '5.41',
        fix: 0,
      });
    });

    it('flags a whole-number total against parts known to 2 decimals: 11 ≠ 10.82', () => {
      const table = basicTable({ money: threePublic(11) });
      expect(findingsOf(rule, table).map(summary)[0]).toEqual({
        rule: 'sub-total',
        severity: 'error',
        cell: 'B6',
        expected: '10.82',
        actual: '11',
        fix: 10.82,
      });
    });

    it('flags a blank total over parts that add up to 5.51', () => {
      const table = basicTable({
        money: [
          { label: '三公经费', role: 'three-public', breakdown: 'exact', values: [0, null, 0] },
          { label: '2、出国经费', role: 'overseas', parentLabel: '三公经费', values: [0, 0.1, 0] },
          { label: '3、公务接待', role: 'reception', parentLabel: '三公经费', values: [0, 5.41, 0] },
        ],
      });
      expect(findingsOf(rule, table, 'en').map(summary)).toEqual([
        { rule: 'sub-total', severity: 'error', cell: 'C6', expected: '5.51', actual: '', fix: 5.51 },
      ]);
    });

    it('flags 年度资金总额 全年执行数 25 when its 其中 rows add up to 20 + 7.2 = 27.2', () => {
      const table = projectTable({
        funding: funding(3, { initial: 25, budget: 25, executed: 25, weight: 10, rate: 100, score: 10 }, [
          ['其中：当年财政拨款', { initial: 25, budget: 25, executed: 20 }],
          ['上年结转资金', { executed: 7.2 }],
        ]),
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        { rule: 'sub-total', severity: 'error', cell: 'E4', expected: '27.2', actual: '25', fix: 27.2 },
      ]);
    });
  });
});
