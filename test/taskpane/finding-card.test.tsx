// A finding card shows expected vs actual only when there are figures to show: a missing explanation (偏差原因
// 未填写) has none, and "应为 — 实为 —" would read like a broken figure.
import { renderToStaticMarkup } from 'react-dom/server';
import type { Finding, Lang } from '../../src/engine/rules/types';
import { FindingCard } from '../../src/taskpane/components/FindingCard';
import { LangContext } from '../../src/taskpane/components/i18n';

const noop = { onGoTo: () => undefined, onFix: () => undefined, onIgnore: () => undefined };

function card(finding: Finding, lang: Lang = 'zh'): string {
  return renderToStaticMarkup(
    <LangContext.Provider value={lang}>
      <FindingCard finding={finding} busy={false} actions={noop} id="f1" />
    </LangContext.Provider>,
  );
}

// Seed 004: 成本指标 scored 19 of 20 with no reason given; 得分 9.2 where 10 × 90.12% = 9.01.
const NO_REASON: Finding = {
  sheet: '附件2 整体支出自评表',
  cell: 'I21',
  rule: 'deduction-reason',
  severity: 'warning',
  message: '“严格控制预算成本”得分 19，低于分值 20，但未填写偏差原因分析及改进措施。',
  expected: '',
  actual: '',
};
const SCORE: Finding = {
  ...NO_REASON,
  cell: 'I4',
  rule: 'execution-score',
  severity: 'error',
  expected: '9.01',
  actual: '9.2',
};

describe('a finding card', () => {
  it.each([
    ['empty texts', { expected: '', actual: '' }],
    ['nulls', { expected: null, actual: null }],
    ['blanks', { expected: ' ', actual: null }],
  ])('shows no expected/actual line when both are %s', (_name, values) => {
    expect(card({ ...NO_REASON, ...values })).not.toContain('finding-values');
  });

  it('shows both figures, and a dash for a missing one', () => {
    expect(card(SCORE)).toMatch(/应为.*9\.01.*实为.*9\.2/s);
    expect(card({ ...SCORE, actual: '' })).toMatch(/实为<\/dt><dd>—<\/dd>/);
  });

  it('labels the figures in English too', () => {
    expect(card(SCORE, 'en')).toMatch(/Expected.*9\.01.*Actual.*9\.2/s);
  });
});
