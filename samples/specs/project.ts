import { indicatorBlock, span, TableBuilder } from './builder';
import type { IndicatorGroupSpec } from './builder';
import type { SpecEntry, SpecMistake, TableSpec } from './types';

/** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 of one 项目资金 row. */
export type FundingFigures = readonly [SpecEntry, SpecEntry, SpecEntry, SpecEntry, SpecEntry, SpecEntry];

export interface ProjectContent {
  readonly id: string;
  readonly sheetName: string;
  readonly title: string;
  readonly projectName: SpecEntry;
  readonly department: SpecEntry;
  readonly implementerLabel: string;
  readonly implementer: SpecEntry;
  readonly fundingHeaders: readonly string[]; // six
  /** 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金. */
  readonly funding: readonly (readonly [label: string, figures: FundingFigures | undefined])[];
  readonly goalLabel: string;
  readonly goals: readonly [SpecEntry, SpecEntry];
  readonly indicatorSide: string;
  readonly indicatorHeaders: readonly string[];
  readonly groups: readonly IndicatorGroupSpec[];
  readonly total: readonly [label: string, weight: SpecEntry, score: SpecEntry];
  /** The 总分 label starts in column B, under the merged 绩效指标 label (seed 003's second table). */
  readonly totalUnderSide?: boolean;
  readonly mistakes?: readonly SpecMistake[];
}

/**
 * The 项目支出绩效自评表 as seeds 003 and 004 lay it out: nine columns, 项目资金 figures in C:H (得分 merged
 * over H:I), indicators in B:I under a vertical 绩效指标 label.
 */
export function projectTable(content: ProjectContent): TableSpec {
  const b = new TableBuilder();
  b.header(span(9, content.title));
  b.row('项目支出名称', span(8, content.projectName));
  b.row('主管部门', span(4, content.department), content.implementerLabel, span(3, content.implementer));
  const fundingTop = b.header(
    '项目资金 (万元)',
    undefined,
    ...content.fundingHeaders.slice(0, 5),
    span(2, content.fundingHeaders[5]),
  );
  for (const [label, figures] of content.funding) {
    const values = figures ?? [undefined, undefined, undefined, undefined, undefined, undefined];
    b.row(undefined, label, ...values.slice(0, 5), span(2, values[5]));
  }
  b.merge(fundingTop, 0, b.rowCount - 1, 0);
  const goalTop = b.header(content.goalLabel, span(4, '预期目标'), span(4, '实际完成情况'));
  b.row(undefined, span(4, content.goals[0]), span(4, content.goals[1]));
  b.merge(goalTop, 0, goalTop + 1, 0);
  indicatorBlock(
    b,
    content.indicatorSide,
    content.indicatorHeaders,
    content.groups,
    content.totalUnderSide ? 1 : 0,
  );
  if (content.totalUnderSide) b.row(undefined, span(5, content.total[0]), content.total[1], content.total[2]);
  else b.row(span(6, content.total[0]), content.total[1], content.total[2]);
  return b.build({
    id: content.id,
    kind: 'project-self-eval',
    sheetName: content.sheetName,
    columnWidths: [8, 16, 12, 20, 16, 16, 8, 8, 16],
    mistakes: content.mistakes ?? [],
  });
}
