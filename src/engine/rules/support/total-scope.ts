/**
 * What a 总分 / 合计 row adds up: the whole table (indicators + 执行率, 100 points), or, in templates that close
 * the 绩效指标 block with its own 合计 (Sichuan's 绩效指标（90分）), the indicators alone — recognisable by its label (合计, never 总分) and its 分值
 * being exactly the indicators' weights while those and the 执行率 weight make 100.
 */
import type { RecognizedTable } from '../../model/tables';
import { exactSum, sameAt } from './decimal';
import { indicatorRows } from './indicators';
import { numberOf } from './shown';
import { sumParts } from './sums';

export function totalCoversIndicatorsOnly(table: RecognizedTable): boolean {
  if (table.kind === 'basic-data' || !table.indicators?.total || !table.funding) return false;
  // A row called 总分 is the whole table's by name; only a 合计 / 小计 may close the indicator block alone.
  if (!/^(合计|小计)/.test(table.indicators.total.label.replace(/\s/g, ''))) return false;
  const stated = numberOf(table.indicators.total.weight);
  const weights = sumParts(indicatorRows(table).map((row) => row.weight));
  const funding = numberOf(table.funding.total.weight);
  if (stated === undefined || !weights || funding === undefined || funding <= 0) return false;
  return (
    sameAt(stated, weights.sum, 2) &&
    sameAt(exactSum([weights.sum, funding]), 100, 2) &&
    !sameAt(stated, 100, 2)
  );
}
