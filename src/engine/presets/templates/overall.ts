import type { SheetPlan } from '../plan';
import type { BlockGroup } from '../block';
import { SCORE, TemplateBuilder, span } from './builder';
import { blankRate, blankScore, money, rateFormula, scoreFormula } from './funding';
import { writeIndicatorSection } from './indicators';

export interface TemplateContent {
  readonly sheet: string;
  readonly year: number;
  readonly groups: readonly BlockGroup[];
  readonly executionWeight: number;
  readonly formulas: boolean;
}

/**
 * Column widths of both self-evaluation tables: side labels, 一级 (满意度指标（10分） on one line), 二级, 三级,
 * 年度指标值, 实际完成值, 分值, 得分, 偏差原因. 134 units ≈ 940 px: one A4 landscape page across at 100 %.
 */
export const SELF_EVAL_WIDTHS: readonly number[] = [9, 19, 15, 23, 15, 15, 9, 9, 20];

/** The 整体支出绩效自评表 as the finance bureau hands it out (seeds 000, 002, 004): nine columns A:I. */
export function overallTemplate(content: TemplateContent): SheetPlan {
  const b = new TemplateBuilder(9);
  b.title(`${content.year}年度部门整体支出绩效自评表`);
  const top = b.row(span(2, '预算单位名称'), span(7, undefined));
  b.style(top, 0, top, 1, { bold: true, horizontal: 'center' });
  const fundingTop = b.row(
    '年度预算\n申请\n（万元）',
    span(2, undefined),
    '年初\n预算数',
    '全年预算数',
    '全年\n执行数',
    '分值',
    '执行率',
    '得分',
  );
  b.header(fundingTop);
  const row = b.rowCount;
  const f = content.formulas;
  b.row(
    undefined,
    span(2, '年度资金总额'),
    money,
    money,
    money,
    { value: content.executionWeight, numberFormat: SCORE },
    f ? rateFormula(row, 4, 5) : blankRate,
    f ? scoreFormula(row, 6, 7) : blankScore,
  );
  // 分值, 执行率 and 得分 centred, as the indicator rows' 分值 and 得分 are.
  b.style(row, 6, row, 8, { horizontal: 'center' });
  b.row(undefined, span(4, '按收入性质分：'), span(4, '按支出性质分：'));
  b.row(undefined, span(4, '其中：一般公共预算：'), span(4, '其中：基本支出：'));
  b.row(undefined, span(4, '政府性基金拨款：'), span(4, '项目支出：'));
  b.row(undefined, span(4, '纳入专户管理的非税收入拨款：'), span(4, undefined));
  const lastSource = b.row(undefined, span(4, '其他资金：'), span(4, undefined));
  b.merge(fundingTop, 0, lastSource, 0);
  const goal = b.row('年度总体\n目标', span(4, '预期目标'), span(4, '实际完成情况'));
  b.header(goal);
  const goalText = b.row(undefined, span(4, undefined), span(4, undefined));
  b.height(goalText, 60);
  b.merge(goal, 0, goalText, 0);
  const funding = { weight: TemplateBuilder.at(row, 6), score: TemplateBuilder.at(row, 8) };
  const header = writeIndicatorSection(b, content.groups, funding, content.executionWeight, content.formulas);
  return b.toPlan(content.sheet, {
    columnWidths: SELF_EVAL_WIDTHS,
    tableTop: top,
    tableBottom: b.rowCount - 1,
    printTitleRows: { top: header, bottom: header },
  });
}
