import type { SheetPlan } from '../plan';
import { MONEY, RATE, SCORE, TemplateBuilder, span, type TemplateEntry } from './builder';
import { blankRate, blankScore, money, rateFormula, scoreFormula } from './funding';
import { writeIndicatorSection } from './indicators';
import { SELF_EVAL_WIDTHS, type TemplateContent } from './overall';

/** The 项目支出绩效自评表 (seeds 003, 004): nine columns, 项目资金 in C:I with 得分 merged over H:I. */
export function projectTemplate(content: TemplateContent): SheetPlan {
  const b = new TemplateBuilder(9);
  b.title(`${content.year}年度项目支出绩效自评表`);
  const top = b.row('项目支出\n名称', span(8, undefined));
  const unit = b.row('主管部门', span(4, undefined), '实施单位', span(3, undefined));
  for (const [row, col] of [
    [top, 0],
    [unit, 0],
    [unit, 5],
  ])
    b.style(row, col, row, col, { bold: true, horizontal: 'center' });
  const fundingTop = b.row(
    '项目资金\n（万元）',
    undefined,
    '年初\n预算数',
    '全年\n预算数',
    '全年\n执行数',
    '分值',
    '执行率',
    span(2, '得分'),
  );
  b.header(fundingTop);
  const total = b.rowCount;
  const f = content.formulas;
  const parts = [total + 1, total + 3];
  // 年度资金总额 = its 其中 rows, when formulas are asked for.
  const sum = (col: number): TemplateEntry =>
    f
      ? {
          formula: `=SUM(${TemplateBuilder.at(parts[0], col)}:${TemplateBuilder.at(parts[1], col)})`,
          numberFormat: MONEY,
        }
      : money;
  b.row(
    undefined,
    '年度资金总额',
    sum(2),
    sum(3),
    sum(4),
    { value: content.executionWeight, numberFormat: SCORE },
    f ? rateFormula(total, 3, 4) : blankRate,
    span(2, f ? scoreFormula(total, 5, 6) : blankScore),
  );
  // 分值, 执行率 and 得分 centred and in their formats on the 其中 rows too, as the indicator rows' are.
  b.style(total, 5, total + 3, 8, { horizontal: 'center', numberFormat: SCORE });
  b.style(total, 6, total + 3, 6, { numberFormat: RATE });
  for (const label of ['其中：当年财政拨款', '上年结转资金', '其他资金'])
    b.row(undefined, label, money, money, money, undefined, undefined, span(2, undefined));
  b.merge(fundingTop, 0, b.rowCount - 1, 0);
  const goal = b.row('年度总体\n目标', span(4, '预期目标'), span(4, '实际完成情况'));
  b.header(goal);
  const goalText = b.row(undefined, span(4, undefined), span(4, undefined));
  b.height(goalText, 60);
  b.merge(goal, 0, goalText, 0);
  const funding = { weight: TemplateBuilder.at(total, 5), score: TemplateBuilder.at(total, 7) };
  const header = writeIndicatorSection(b, content.groups, funding, content.executionWeight, content.formulas);
  return b.toPlan(content.sheet, {
    columnWidths: SELF_EVAL_WIDTHS,
    tableTop: top,
    tableBottom: b.rowCount - 1,
    printTitleRows: { top: header, bottom: header },
  });
}
