import { crossTable } from '../../../src/engine/rules/cross-table';
import {
  basicTable,
  field,
  findingsOf,
  funding,
  labelled,
  overallTable,
  pct,
  summary,
} from './support/build';
import type { OverallSelfEvalTable } from '../../../src/engine/model/tables';

const rule = crossTable;

/** Seed 000's basic-data 项目支出 row: 2023决算 0, 2024预算 106, 2024决算 106. */
const basic = (year = 2024) =>
  basicTable({
    year,
    money: [
      { label: '项目支出：', role: 'project-expenditure', breakdown: 'exact', values: [0, 106, 106] },
      { label: '1、业务工作经费', role: 'business', parentLabel: '项目支出：', values: [null, 106, 106] },
    ],
  });

/** The self-assessment's 按支出性质分 in column E, rows 6–7 (Excel). */
const overall = (projectText: string, year: number | undefined = 2024) =>
  overallTable({
    year,
    funding: funding(3, {
      initial: 231.06,
      budget: 826.36,
      executed: 767.27,
      weight: 10,
      rate: pct(0.9285),
      score: 9.28,
    }),
    byNature: [labelled('其中：基本支出：661.27', 5, 4), labelled(projectText, 6, 4)],
  });

describe('cross-table: basic-data 项目支出 决算数 = self-assessment 项目支出', () => {
  describe('valid', () => {
    it('accepts 项目支出：106 against 106', () => {
      const table = overall('项目支出：106');
      expect(findingsOf(rule, [basic(), table])).toEqual([]);
    });

    it('compares nothing across years: a 2023 basic-data table against a 2024 self-assessment', () => {
      const table = overall('项目支出：0');
      expect(findingsOf(rule, [basic(2023), table])).toEqual([]);
    });

    it('says nothing without a basic-data table', () => {
      expect(findingsOf(rule, overall('项目支出：0'))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns that 项目支出：0 disagrees with the basic-data 2024年决算数 106 (seed 000), without a fix for a label cell', () => {
      const [finding, ...rest] = findingsOf(rule, [basic(), overall('项目支出：0')]);
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'cross-table',
        severity: 'warning',
        cell: 'E7',
        expected: '106',
        actual: '0',
      });
      expect(finding.message).toContain('2024年决算数');
    });

    it('offers 106 as the fix when 项目支出 sits in a cell of its own, and matches a table with no stated year', () => {
      const table: OverallSelfEvalTable = {
        ...overall('项目支出：', undefined),
        byNature: [{ label: '项目支出', field: field(0, 6, 5, 'money') }],
      };
      expect(findingsOf(rule, [basic(), table], 'en').map(summary)).toEqual([
        { rule: 'cross-table', severity: 'warning', cell: 'F7', expected: '106', actual: '0', fix: 106 },
      ]);
    });
  });
});
