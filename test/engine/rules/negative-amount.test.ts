import { negativeAmount } from '../../../src/engine/rules/negative-amount';
import { basicTable, findingsOf, funding, overallTable, pct } from './support/build';

const rule = negativeAmount;

describe('negative-amount: amounts below zero are a warning', () => {
  it('accepts zero and positive amounts', () => {
    const overall = overallTable({
      funding: funding(3, {
        initial: 0,
        budget: 826.36,
        executed: 767.27,
        weight: 10,
        rate: pct(0.9285),
        score: 9.28,
      }),
    });
    const basic = basicTable({ money: [{ label: '公用经费', values: [12.5, 0, 13] }] });
    expect(findingsOf(rule, [overall, basic])).toEqual([]);
  });

  it.each([
    [
      '公用经费 in the basic data table',
      basicTable({ money: [{ label: '公用经费', values: [12.5, -3.2, 13] }] }),
      '公用经费',
      '-3.2',
    ],
    [
      '全年执行数 of the overall table',
      overallTable({
        funding: funding(3, { initial: 10, budget: 10, executed: -7, weight: 10, rate: pct(-0.7), score: 0 }),
      }),
      '年度资金总额全年执行数',
      '-7',
    ],
  ])('flags %s', (_name, table, words, actual) => {
    const findings = findingsOf(rule, table);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'negative-amount',
      severity: 'warning',
      actual,
      expected: null,
    });
    expect(findings[0].message).toContain(words);
    expect(findings[0]).not.toHaveProperty('fix');
  });
});
