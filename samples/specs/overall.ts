import { toA1 } from '../../src/engine/grid/a1';
import { indicatorBlock, INDICATOR_HEADERS, span, TableBuilder } from './builder';
import type { IndicatorGroupSpec } from './builder';
import type { SpecEntry, SpecMistake, TableSpec } from './types';

/** Where in an overall table a mistake sits, by meaning rather than address. */
export type OverallSpot =
  | { readonly part: 'funding'; readonly column: 'executed' | 'rate' | 'score' }
  | { readonly part: 'by-line'; readonly line: number; readonly side: 'left' | 'right' }
  | {
      readonly part: 'indicator';
      readonly group: number;
      readonly item: number;
      readonly column: 'weight' | 'score' | 'reason' | 'actual';
    }
  | { readonly part: 'group-label'; readonly group: number }
  | { readonly part: 'total'; readonly column: 'weight' | 'score' };

export interface OverallContent {
  readonly id: string;
  readonly title: string;
  readonly unitLabel: string;
  readonly unitName: string;
  readonly fundingLabel: string;
  /** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
  readonly funding: readonly [SpecEntry, SpecEntry, SpecEntry, SpecEntry, SpecEntry, SpecEntry];
  /** 按收入性质分 / 按支出性质分 lines, left and right halves, headings included. */
  readonly byLines: readonly (readonly [SpecEntry, SpecEntry])[];
  readonly goalLabel: string;
  readonly goals: readonly [expected: SpecEntry, actual: SpecEntry];
  readonly indicatorSide: string;
  readonly groups: readonly IndicatorGroupSpec[];
  readonly total: readonly [label: string, weight: SpecEntry, score: SpecEntry, reason: SpecEntry];
  readonly mistakes?: readonly { readonly at: OverallSpot; readonly rule: string; readonly note: string }[];
}

const FUNDING_COLUMN = { executed: 5, rate: 7, score: 8 } as const;
const INDICATOR_COLUMN = { actual: 5, weight: 6, score: 7, reason: 8 } as const;

/**
 * The 整体支出绩效自评表 as seeds 000, 002 and 004 lay it out: nine columns; the funding figures in D:I
 * (the row label merged over B:C); the 按收入/按支出 lines as two four-column halves; indicators in B:I.
 */
export function overallTable(content: OverallContent): TableSpec {
  const b = new TableBuilder();
  b.header(span(9, content.title));
  b.row(span(2, content.unitLabel), span(7, content.unitName));
  const fundingTop = b.header(
    content.fundingLabel,
    span(2, undefined),
    '年初\n预算数',
    '全年预算数',
    '全年\n执行数',
    '分值',
    '执行率',
    '得分',
  );
  const fundingRow = b.row(undefined, span(2, '年度资金总额'), ...content.funding);
  const byRows = content.byLines.map(([left, right]) => b.row(undefined, span(4, left), span(4, right)));
  b.merge(fundingTop, 0, b.rowCount - 1, 0);
  const goalTop = b.header(content.goalLabel, span(4, '预期目标'), span(4, '实际完成情况'));
  b.row(undefined, span(4, content.goals[0]), span(4, content.goals[1]));
  b.merge(goalTop, 0, goalTop + 1, 0);
  const groupRows = indicatorBlock(b, content.indicatorSide, INDICATOR_HEADERS, content.groups);
  const totalRow = b.row(span(6, content.total[0]), content.total[1], content.total[2], content.total[3]);

  const locate = (spot: OverallSpot): string => {
    switch (spot.part) {
      case 'funding':
        return toA1(fundingRow, FUNDING_COLUMN[spot.column]);
      case 'by-line':
        return toA1(byRows[spot.line], spot.side === 'left' ? 1 : 5);
      case 'indicator':
        return toA1(groupRows[spot.group] + spot.item, INDICATOR_COLUMN[spot.column]);
      case 'group-label':
        return toA1(groupRows[spot.group], 1);
      case 'total':
        return toA1(totalRow, spot.column === 'weight' ? 6 : 7);
    }
  };
  const mistakes: SpecMistake[] = (content.mistakes ?? []).map((m) => ({
    rule: m.rule,
    cell: locate(m.at),
    note: m.note,
  }));
  return b.build({
    id: content.id,
    kind: 'overall-self-eval',
    sheetName: '附件2 整体支出自评表',
    columnWidths: [6, 12, 12, 22, 18, 18, 8, 9, 16],
    mistakes,
  });
}
