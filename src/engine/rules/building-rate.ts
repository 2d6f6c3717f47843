/**
 * 楼堂馆所: 规模控制率 = 实际规模 / 批复规模, 投资概算控制率 = 实际投资 / 预算投资. A row of zeros or blanks means
 * there was no building project: nothing to divide, nothing to report.
 */
import type { Field, RecognizedTable } from '../model/tables';
import { checkRatio } from './support/ratio';
import { formatActual, mismatch } from './support/shown';
import type { Rule, RuleReport } from './types';

export const buildingRate: Rule = {
  id: 'building-rate',
  severity: 'error',
  appliesTo: ['basic-data'],
  description: {
    zh: '楼堂馆所规模控制率 = 实际规模 ÷ 批复规模，投资概算控制率 = 实际投资 ÷ 预算投资。',
    en: 'Building control rates: actual area ÷ approved area, and actual investment ÷ budgeted investment.',
  },
  messages: {
    zh: {
      area: '规模控制率应为 {expected}（实际规模 {top} ÷ 批复规模 {bottom}），表中为 {actual}。',
      investment: '投资概算控制率应为 {expected}（实际投资 {top} ÷ 预算投资 {bottom}），表中为 {actual}。',
    },
    en: {
      area: 'The area control rate should be {expected} (actual {top} ÷ approved {bottom}); the sheet shows {actual}.',
      investment:
        'The investment control rate should be {expected} (actual {top} ÷ budgeted {bottom}); the sheet shows {actual}.',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind !== 'basic-data' || !table.building) return [];
    const b = table.building;
    return [
      ...checkPair('area', b.areaRate, b.actualArea, b.approvedArea),
      ...checkPair('investment', b.investmentRate, b.actualInvestment, b.budgetInvestment),
    ];
  },
};

function checkPair(messageId: string, rate: Field, top: Field, bottom: Field): RuleReport[] {
  const result = checkRatio(rate, top, bottom);
  if (!result || result.status === 'agrees') return [];
  const data = { top: formatActual(top, 'money'), bottom: formatActual(bottom, 'money') };
  return [{ at: rate.at, messageId, data, ...mismatch(rate, 'rate', result.ratio) }];
}
