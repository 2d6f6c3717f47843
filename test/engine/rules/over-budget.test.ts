import { overBudget } from '../../../src/engine/rules/over-budget';
import { findingsOf, funding, overallTable, pct, projectTable } from './support/build';

const rule = overBudget;
const row = (budget: number, executed: number, rate: ReturnType<typeof pct> | number | null) =>
  funding(3, { initial: budget, budget, executed, weight: 10, rate, score: 10 });

describe('over-budget: 全年执行数 above 全年预算数 is a warning', () => {
  it.each([
    ['seed 000: 767.27 of 826.36', row(826.36, 767.27, pct(0.9285))],
    ['spent exactly the budget', row(171.38, 171.38, 100)],
    [
      'a sum with float noise, 826.3600000001 shown as 826.36',
      funding(3, {
        initial: 826.36,
        budget: 826.36,
        executed: { value: 826.3600000001, format: '0.00' },
        weight: 10,
        rate: pct(1),
        score: 10,
      }),
    ],
  ])('accepts %s', (_name, section) => {
    expect(findingsOf(rule, overallTable({ funding: section }))).toEqual([]);
  });

  it.each([
    ['rate formatted 0% shows 100.2% as 100%', row(500, 501, pct(1.002, '0%')), '501', '500'],
    ['rate cell left blank', row(120, 130.5, null), '130.5', '120'],
    ['rate typed as 100', row(88.8, 90, 100), '90', '88.8'],
  ])('flags %s', (_name, section, executed, budget) => {
    const findings = findingsOf(rule, overallTable({ funding: section }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'over-budget',
      severity: 'warning',
      actual: executed,
      expected: null,
    });
    expect(findings[0].message).toContain(`全年执行数 ${executed} 超过全年预算数 ${budget}`);
    expect(findings[0]).not.toHaveProperty('fix');
  });

  it('checks the 年度资金总额 row, in English, and leaves 其中 rows to the sums’ rules', () => {
    const section = funding(
      3,
      { initial: 30, budget: 30, executed: 31, weight: 10, rate: pct(1), score: 10 },
      [['其中：当年财政拨款', { initial: 20, budget: 20, executed: 21, weight: '—', rate: '—', score: '—' }]],
    );
    const findings = findingsOf(rule, projectTable({ funding: section }), 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/年度资金总额 amount executed, 31, exceeds the full-year budget 30/);
  });
});
