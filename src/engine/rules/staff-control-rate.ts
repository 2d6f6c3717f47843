/** 财政供养人员控制率 = 实际在职人数 / 编制数. Above 100% is over-staffing (a warning); a wrong rate is an error. */
import type { RecognizedTable } from '../model/tables';
import { toUnits } from './support/decimal';
import { checkRatio } from './support/ratio';
import { formatActual, formatExpected, mismatch } from './support/shown';
import type { Rule, RuleReport } from './types';

export const staffControlRate: Rule = {
  id: 'staff-control-rate',
  severity: 'error',
  appliesTo: ['basic-data'],
  description: {
    zh: '财政供养人员控制率应等于实际在职人数除以编制数；超过 100% 表示超编。',
    en: 'The staffing rate equals staff in post divided by authorised posts; above 100% means over-staffing.',
  },
  messages: {
    zh: {
      wrong: '控制率应为 {expected}（实际在职 {actualStaff} ÷ 编制 {authorized}），表中为 {actual}。',
      blank: '控制率未填写，实际在职 {actualStaff} ÷ 编制 {authorized} = {expected}。',
      overStaffed: '实际在职 {actualStaff} 人超过编制 {authorized} 人，控制率 {rate} 超过 100%。',
    },
    en: {
      wrong:
        'The staffing rate should be {expected} ({actualStaff} in post ÷ {authorized} authorised); the sheet shows {actual}.',
      blank: 'The staffing rate is blank; {actualStaff} in post ÷ {authorized} authorised = {expected}.',
      overStaffed:
        '{actualStaff} staff in post exceed the {authorized} authorised posts: a staffing rate of {rate}, above 100%.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind !== 'basic-data' || !table.staff) return [];
    const { authorized, actual, rate } = table.staff;
    const result = checkRatio(rate, actual, authorized);
    if (!result) return [];
    // Written only for a finding: most rates are right.
    const dataOf = () => ({
      actualStaff: formatActual(actual, 'count'),
      authorized: formatActual(authorized, 'count'),
    });
    const reports: RuleReport[] = [];
    if (result.status === 'differs')
      reports.push({
        at: rate.at,
        messageId: 'wrong',
        data: dataOf(),
        ...mismatch(rate, 'rate', result.ratio),
      });
    if (result.status === 'blank') {
      reports.push({
        at: rate.at,
        messageId: 'blank',
        severity: 'warning',
        data: dataOf(),
        ...mismatch(rate, 'rate', result.ratio),
      });
    }
    if (toUnits(result.ratio, 4) > 10000) {
      // Nothing to write into a cell: the rate is right, the staffing is what exceeds the plan.
      const shown = formatExpected(rate, 'rate', result.ratio);
      reports.push({
        at: rate.at,
        messageId: 'overStaffed',
        severity: 'warning',
        data: { ...dataOf(), rate: shown },
        expected: '≤ 100%',
        actual: shown,
      });
    }
    return reports;
  },
};
