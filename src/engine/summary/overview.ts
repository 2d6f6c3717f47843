/**
 * What a reviewer's summary row says about one workbook: whose it is, which year, the 总分 it states, the 总分 its
 * own figures add up to (as the total-score rule recomputes it), and the grade that recomputed total earns.
 */
import type { RecognizedTable } from '../model/tables';
import { exactSum, roundHalfUp } from '../rules/support/decimal';
import { cellText, indicatorRows } from '../rules/support/indicators';
import { numberOf } from '../rules/support/shown';
import { sumParts } from '../rules/support/sums';
import { expectedExecutionScore } from '../rules/execution-score';
import { SPELLING, gradeOf } from '../rules/grade';

export interface WorkbookOverview {
  /** 预算单位名称 of the overall table, else the project's 实施单位 / 主管部门 / 项目名称. */
  readonly unit?: string;
  readonly year?: number;
  /** The 总分 the scoring table states, when it states a number. */
  readonly statedTotal?: number;
  /** Indicator 得分 + the 执行率得分 recomputed from the money, to 0.01. */
  readonly recomputedTotal?: number;
  /** The grade written in the table (优, 良好 …), when there is one. */
  readonly statedGrade?: string;
  /** The grade the recomputed total earns (优/良/中/差). */
  readonly grade?: string;
}

/** The table that scores the workbook: the 整体支出 table, else the first 项目支出 table with a 总分. */
function scoringTable(tables: readonly RecognizedTable[]): RecognizedTable | undefined {
  const scoring = tables.filter((t) => t.kind !== 'basic-data' && t.indicators?.total);
  return scoring.find((t) => t.kind === 'overall-self-eval') ?? scoring[0];
}

function unitOf(tables: readonly RecognizedTable[]): string | undefined {
  for (const table of tables) {
    if (table.kind === 'overall-self-eval' && cellText(table.unitName)) return cellText(table.unitName);
  }
  for (const table of tables) {
    if (table.kind !== 'project-self-eval') continue;
    const name = cellText(table.implementer) || cellText(table.department) || cellText(table.projectName);
    if (name) return name;
  }
  return undefined;
}

export function recomputedTotal(table: RecognizedTable): number | undefined {
  if (table.kind === 'basic-data' || !table.indicators) return undefined;
  const scores = sumParts(indicatorRows(table).map((row) => row.score));
  const fundingRow = table.funding?.total;
  const funding = fundingRow ? (expectedExecutionScore(fundingRow) ?? numberOf(fundingRow.score)) : undefined;
  if (!scores && funding === undefined) return undefined;
  return roundHalfUp(exactSum([scores?.sum ?? 0, funding ?? 0]), 2);
}

export function workbookOverview(tables: readonly RecognizedTable[]): WorkbookOverview {
  const scoring = scoringTable(tables);
  const year = scoring?.year ?? tables.find((t) => t.year !== undefined)?.year;
  const unit = unitOf(tables);
  const overview: { -readonly [K in keyof WorkbookOverview]: WorkbookOverview[K] } = {};
  if (unit) overview.unit = unit;
  if (year !== undefined) overview.year = year;
  if (!scoring || scoring.kind === 'basic-data' || !scoring.indicators) return overview;
  const stated = numberOf(scoring.indicators.total?.score);
  if (stated !== undefined) overview.statedTotal = stated;
  const recomputed = recomputedTotal(scoring);
  if (recomputed !== undefined) {
    overview.recomputedTotal = recomputed;
    overview.grade = SPELLING[gradeOf(recomputed)].short;
  }
  const statedGrade = scoring.indicators.grade?.text.trim();
  if (statedGrade) overview.statedGrade = statedGrade;
  return overview;
}
