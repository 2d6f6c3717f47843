/**
 * 总分 = the indicators' 得分 + the 执行率得分 of 年度资金总额 (never the 其中 rows' repeated scores).
 * The 执行率得分 counts as recomputed from the money: seed 000 shows 9.29 yet a 总分 of 94.28, which agrees
 * with the right 9.28. A 总分 that only agrees with a wrong 执行率得分 is a warning: it must change with it.
 */
import type { RecognizedTable } from '../model/tables';
import { exactSum } from './support/decimal';
import { formatPlain } from './support/format';
import { indicatorRows } from './support/indicators';
import { agrees, formatActual, mismatch, numberOf, shownDecimals } from './support/shown';
import { sumParts } from './support/sums';
import { expectedExecutionScore } from './execution-score';
import { totalCoversIndicatorsOnly } from './support/total-scope';
import type { Rule, RuleReport } from './types';

export const totalScore: Rule = {
  id: 'total-score',
  severity: 'error',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '总分应等于各指标得分之和加预算执行率得分。',
    en: 'The total score equals the sum of the indicator scores plus the execution score.',
  },
  messages: {
    zh: {
      wrong: '总分应为 {expected}（指标得分 {indicators} + 执行率得分 {funding}），表中为 {actual}。',
      followsScore:
        '总分 {actual} 与表中的执行率得分 {shownFunding} 相加一致，但该得分应为 {funding}；改正后总分应为 {expected}。',
      blank: '总分未填写，指标得分 {indicators} + 执行率得分 {funding} = {expected}。',
    },
    en: {
      wrong:
        'The total score should be {expected} (indicators {indicators} + execution score {funding}); the sheet shows {actual}.',
      followsScore:
        'The total {actual} adds up with the execution score shown, {shownFunding}, but that score should be {funding}; once it is corrected the total should be {expected}.',
      blank: 'The total score is blank; indicators {indicators} + execution score {funding} = {expected}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data' || !table.indicators?.total || !table.funding) return [];
    const total = table.indicators.total;
    const scores = sumParts(indicatorRows(table).map((row) => row.score));
    const fundingRow = table.funding.total;
    const shownFunding = numberOf(fundingRow.score);
    const recomputed = expectedExecutionScore(fundingRow);
    // A 合计 of the 绩效指标 block alone (Sichuan) adds the indicator scores only.
    const indicatorsOnly = totalCoversIndicatorsOnly(table);
    const funding = indicatorsOnly ? 0 : (recomputed ?? shownFunding);
    if (!scores && funding === undefined) return [];
    const indicators = scores?.sum ?? 0;
    const expected = exactSum([indicators, funding ?? 0]);
    const data = { indicators: formatPlain(indicators), funding: formatPlain(funding ?? 0) };
    if (total.score.figure.kind === 'none') {
      // No indicator scored yet: the scoring is still to be done, not a total left out.
      if (total.score.figure.reason !== 'empty' || !scores) return [];
      return [
        {
          at: total.score.at,
          messageId: 'blank',
          severity: 'warning',
          data,
          ...mismatch(total.score, 'score', expected),
        },
      ];
    }
    const decimals = Math.max(
      scores?.decimals ?? 0,
      shownDecimals(fundingRow.score),
      recomputed === undefined ? 0 : 2,
    );
    if (agrees(total.score, 'score', expected, decimals)) return [];
    if (shownFunding !== undefined && recomputed !== undefined && !indicatorsOnly) {
      const withShown = exactSum([indicators, shownFunding]);
      if (agrees(total.score, 'score', withShown, decimals)) {
        return [
          {
            at: total.score.at,
            messageId: 'followsScore',
            severity: 'warning',
            data: { ...data, shownFunding: formatActual(fundingRow.score, 'score') },
            ...mismatch(total.score, 'score', expected),
          },
        ];
      }
    }
    return [{ at: total.score.at, messageId: 'wrong', data, ...mismatch(total.score, 'score', expected) }];
  },
};
