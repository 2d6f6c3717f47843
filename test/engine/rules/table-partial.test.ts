import { tablePartial } from '../../../src/engine/rules/table-partial';
import { findingsOf, overallTable, summary } from './support/build';

const rule = tablePartial;

describe('table-partial: a table recognised only in part names what is missing', () => {
  it('says nothing about a complete table', () => {
    expect(findingsOf(rule, overallTable({}))).toEqual([]);
  });

  it('lists the missing parts at the top-left of the table', () => {
    const [finding, ...rest] = findingsOf(rule, overallTable({ missing: ['年度预算申请', '绩效指标'] }));
    expect(rest).toEqual([]);
    expect(summary(finding)).toEqual({
      rule: 'table-partial',
      severity: 'info',
      cell: 'A1',
      expected: null,
      actual: null,
    });
    expect(finding.message).toContain('年度预算申请、绩效指标');
  });
});
