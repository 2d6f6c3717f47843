import { checkTables } from '../../../src/engine/check';
import { readFigure } from '../../../src/engine/figures';
import { notANumber } from '../../../src/engine/rules/not-a-number';
import { type Typed, findingsOf, funding, overallTable, pct } from './support/build';

const rule = notANumber;

/** 全年预算数 holding `budget`; the other figures agree with a budget of 826.36. */
function tableWithBudget(budget: Typed) {
  return overallTable({
    funding: funding(3, {
      initial: 826.36,
      budget,
      executed: 767.27,
      weight: 10,
      rate: pct(0.9285),
      score: 9.28,
    }),
  });
}

describe('not-a-number: figures beyond arithmetic are reported, never computed with', () => {
  it.each([
    ['1e308', 1e308, '1e+308'],
    ['-1e308', -1e308, '-1e+308'],
    ['1e16 (beyond 15 digits)', 1e16, '10000000000000000'],
    ['Infinity', Infinity, '∞'],
    ['NaN', NaN, 'NaN'],
    ['text "NaN"', 'NaN', 'NaN'],
    ['text "∞"', '∞', '∞'],
    ['text "1e400"', '1e400', '1e400'],
  ])('%s in 全年预算数 is a not-a-number error with no fix', (_name, value, actual) => {
    const findings = findingsOf(rule, tableWithBudget(value));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'not-a-number', severity: 'error', expected: null, actual });
    expect(findings[0]).not.toHaveProperty('fix');
    expect(findings[0].message).not.toMatch(/Infin/);
  });

  it.each([
    ['a figure', 826.36],
    ['1e15 itself', 1e15],
    ['an error value the formula shows', '#DIV/0!'],
    ['a blank', null],
    ['a dash', '——'],
  ])('%s is not flagged', (_name, value) => {
    expect(findingsOf(rule, tableWithBudget(value))).toEqual([]);
  });

  it('reads 1e308 and its text as not-finite at the root', () => {
    expect(readFigure({ value: 1e308, text: '1E+308', numberFormat: 'General' }, 'money')).toEqual({
      kind: 'none',
      reason: 'not-finite',
    });
    expect(readFigure({ value: '1e308', text: '1e308', numberFormat: '@' }, 'money')).toEqual({
      kind: 'none',
      reason: 'not-finite',
    });
  });

  it('with every rule, a 1e308 budget gets no execution-rate fix (not 0, not null, not Infinity)', () => {
    const findings = checkTables([tableWithBudget(1e308)], { lang: 'en' });
    expect(findings.map((f) => f.rule)).toContain('not-a-number');
    for (const finding of findings) {
      if (finding.fix !== undefined)
        expect(typeof finding.fix === 'string' || Number.isFinite(finding.fix)).toBe(true);
      expect(finding.rule === 'execution-rate' && finding.fix !== undefined).toBe(false);
      expect(`${finding.message} ${finding.actual} ${finding.expected}`).not.toMatch(/Infin/);
    }
  });
});
