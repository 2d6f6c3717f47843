import type { IndicatorColumns } from '../../model/tables';
import type { BlockGroup } from '../block';
import { blockCells } from '../block-cells';
import { SCORE, TemplateBuilder, span } from './builder';

/** The nine template columns: side label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
export const TEMPLATE_COLUMNS: IndicatorColumns = {
  level1: 1,
  level2: 2,
  level3: 3,
  target: 4,
  actual: 5,
  weight: 6,
  score: 7,
  reason: 8,
};

const HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度\n指标值',
  '实际\n完成值',
  '分值',
  '得分',
  '偏差原因分析\n及改进措施',
];

export interface FundingCells {
  /** A1 of the 年度资金总额 分值 and 得分 cells, which the 总分 adds. */
  readonly weight: string;
  readonly score: string;
}

/**
 * The 绩效指标 block and its 总分 row. With formulas, 总分 adds the indicators' 分值/得分 and the funding row's;
 * without, 总分's 分值 is the 100 the scheme adds up to and its 得分 is left to fill. Returns the header row
 * (一级指标 … 偏差原因), which is printed again on every page.
 */
export function writeIndicatorSection(
  b: TemplateBuilder,
  groups: readonly BlockGroup[],
  funding: FundingCells,
  executionWeight: number,
  formulas: boolean,
): number {
  const headerRow = b.row('绩效指标', ...HEADERS);
  b.header(headerRow);
  const first = b.rowCount;
  const count = groups.reduce((sum, group) => sum + group.rows.length, 0);
  b.skip(count);
  const cells = blockCells(groups, TEMPLATE_COLUMNS, first, true);
  b.add(cells.writes, cells.merges);
  const last = first + count - 1;
  b.merge(headerRow, 0, last, 0);
  b.style(first, TEMPLATE_COLUMNS.level1, last, TEMPLATE_COLUMNS.level2, { horizontal: 'center' });
  b.style(first, TEMPLATE_COLUMNS.weight, last, TEMPLATE_COLUMNS.score, {
    numberFormat: SCORE,
    horizontal: 'center',
  });
  const points = groups.reduce(
    (sum, group) => sum + group.rows.reduce((inner, row) => inner + (row.weight ?? 0), 0),
    0,
  );
  const range = (col: number) => `${TemplateBuilder.at(first, col)}:${TemplateBuilder.at(last, col)}`;
  const totalRow = b.row(
    span(6, '总分'),
    formulas
      ? {
          value: points + executionWeight,
          formula: `=SUM(${range(TEMPLATE_COLUMNS.weight)},${funding.weight})`,
          numberFormat: SCORE,
        }
      : { value: points + executionWeight, numberFormat: SCORE },
    formulas
      ? { formula: `=SUM(${range(TEMPLATE_COLUMNS.score)},${funding.score})`, numberFormat: SCORE }
      : { value: null, numberFormat: SCORE },
  );
  b.header(totalRow);
  return headerRow;
}
