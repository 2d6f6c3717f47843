/**
 * What a reviewer's summary row says about one workbook: whose it is, which year, the 总分 it states, the 总分 its
 * own figures add up to (as the total-score rule recomputes it), and the grade that recomputed total earns under
 * the table's template profile's grade bands. A 合计 that closes the 绩效指标 block alone is told apart exactly as
 * the rules and the fix plan tell it (rules/support/total-scope.ts), so the summary never disagrees with them.
 */
import type { RecognizedTable } from '../model/tables';
import { exactSum, roundHalfUp } from '../rules/support/decimal';
import { cellText, indicatorRows } from '../rules/support/indicators';
import { numberOf } from '../rules/support/shown';
import { sumParts } from '../rules/support/sums';
import { expectedExecutionScore } from '../rules/execution-score';
import { SPELLING, gradeOf } from '../rules/grade';
import { PROFILES, profileById } from '../profiles';
import type { TemplateProfile } from '../profiles/types';
import { totalCoversIndicatorsOnly } from '../rules/support/total-scope';

export interface WorkbookOverview {
  /** 预算单位名称 of the overall table, else the project's 实施单位 / 主管部门 / 项目名称. */
  readonly unit?: string;
  readonly year?: number;
  /**
   * The 总分 the scoring table states, when it states a number, on the whole table's 100 points: where its 合计
   * covers the indicators alone, that 合计 plus the table's 执行率得分 (as shown, else recomputed).
   */
  readonly statedTotal?: number;
  /** The 合计 as written, when it covers the indicators alone (statedTotal then adds the 执行率得分). */
  readonly statedIndicatorTotal?: number;
  /** Indicator 得分 + the 执行率得分 recomputed from the money, to 0.01. */
  readonly recomputedTotal?: number;
  /** The grade written in the table (优, 良好 …), when there is one. */
  readonly statedGrade?: string;
  /** The grade the recomputed total earns (优/良/中/差) under the profile's grade bands. */
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

/** `profiles`: the ones the check ran with, to find each table's profile by id (the shipped ones by default). */
export function workbookOverview(
  tables: readonly RecognizedTable[],
  profiles: readonly TemplateProfile[] = PROFILES,
): WorkbookOverview {
  const scoring = scoringTable(tables);
  const year = scoring?.year ?? tables.find((t) => t.year !== undefined)?.year;
  const unit = unitOf(tables);
  const overview: { -readonly [K in keyof WorkbookOverview]: WorkbookOverview[K] } = {};
  if (unit) overview.unit = unit;
  if (year !== undefined) overview.year = year;
  if (!scoring || scoring.kind === 'basic-data' || !scoring.indicators) return overview;
  const profile = scoring.profile ? profileById(scoring.profile, profiles) : undefined;
  const stated = numberOf(scoring.indicators.total?.score);
  if (stated !== undefined) {
    const execution = totalCoversIndicatorsOnly(scoring) ? executionScore(scoring) : undefined;
    if (execution === undefined) overview.statedTotal = stated;
    else {
      overview.statedIndicatorTotal = stated;
      overview.statedTotal = roundHalfUp(exactSum([stated, execution]), 2);
    }
  }
  const recomputed = recomputedTotal(scoring);
  if (recomputed !== undefined) {
    overview.recomputedTotal = recomputed;
    overview.grade = SPELLING[gradeOf(recomputed, profile?.grades)].short;
  }
  const statedGrade = scoring.indicators.grade?.text.trim();
  if (statedGrade) overview.statedGrade = statedGrade;
  return overview;
}

/** The 执行率得分 the table itself gives: as shown, else as its money recomputes it. */
function executionScore(table: RecognizedTable): number | undefined {
  if (table.kind === 'basic-data' || !table.funding) return undefined;
  return numberOf(table.funding.total.score) ?? expectedExecutionScore(table.funding.total);
}
