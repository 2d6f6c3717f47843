/**
 * What a table's stated 总分 / 合计 covers, as its template profile says (profile.totalRow): the whole table
 * (indicators + 执行率), or — where the profile allows it, Sichuan's 绩效指标（90分）… 合计 — the indicators alone,
 * recognised by the row's 分值: the indicators' weights (100 less the 执行率 weight), not 100.
 */
import type { RecognizedTable } from '../model/tables';
import type { TemplateProfile } from '../profiles/types';
import { exactSum, sameAt } from '../rules/support/decimal';
import { indicatorRows } from '../rules/support/indicators';
import { numberOf } from '../rules/support/shown';
import { sumParts } from '../rules/support/sums';

export type TotalBasis = 'whole-table' | 'indicators-only';

export function totalBasis(table: RecognizedTable, profile: TemplateProfile | undefined): TotalBasis {
  if (profile?.totalRow !== 'indicators-or-whole') return 'whole-table';
  if (table.kind === 'basic-data' || !table.indicators?.total) return 'whole-table';
  const stated = numberOf(table.indicators.total.weight);
  if (stated === undefined || sameAt(stated, 100, 2)) return 'whole-table';
  const weights = sumParts(indicatorRows(table).map((row) => row.weight));
  const funding = table.funding ? numberOf(table.funding.total.weight) : undefined;
  const isIndicatorWeights = weights !== undefined && sameAt(stated, weights.sum, 2);
  const isRestOf100 = funding !== undefined && sameAt(exactSum([stated, funding]), 100, 2);
  return isIndicatorWeights || isRestOf100 ? 'indicators-only' : 'whole-table';
}
