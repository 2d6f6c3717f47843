/**
 * Self-assessment tables in the layouts of each profile, built as grids from the public descriptions
 * (DOMAIN.md "Other templates"): the national 财预〔2020〕10号 project table, Hunan's overall table, Sichuan's
 * 510000_0013zp. Figures are consistent unless a test plants a mistake; every layout option (元 amounts, text
 * figures, a 指标性质 column, a two-row header, an extra column, an offset) changes the drawing, never the figures.
 */
import { cellOf, Grid } from '../../../src/engine/grid/grid';
import type { Cell, CellArea } from '../../../src/engine/grid/types';

export type Value = string | number | null;

export interface Indicator {
  readonly level1?: string; // starts a group
  readonly level2?: string;
  readonly name: string;
  readonly nature?: string; // 指标性质 (only drawn when the layout has the column)
  readonly target: string;
  readonly unit?: string; // 度量单位
  readonly actual: Value;
  readonly weight: number;
  readonly score: number;
  readonly reason?: string;
}

export interface MoneyLine {
  readonly label: string;
  /** 年初, 全年/调整后, 执行数 (万元 unless the layout says 元). */
  readonly money: readonly [Value, Value, Value];
  readonly weight?: Value;
  readonly rate?: Value; // a fraction, drawn as a percent
  readonly score?: Value;
}

export interface Layout {
  readonly profile: 'national' | 'sichuan' | 'hunan';
  readonly origin?: { readonly row: number; readonly col: number };
  /** Amounts in 元: figures × 10,000 and headers saying 元. */
  readonly yuan?: boolean;
  /** Every figure typed as text ("767.27", "92.85%"). */
  readonly textFigures?: boolean;
  /** 指标性质 and 度量单位 columns (always there in Sichuan's layout). */
  readonly natureColumns?: boolean;
  /** Indicator header over two rows: 实际完成值 / 分值 / 得分 merged down, a 绩效指标 group cell over the levels. */
  readonly twoRowHeader?: boolean;
  /**
   * The other two-row header (Yunnan 2020): every level and 指标性质 / 指标值 / 度量单位 on the lower row under one
   * 绩效指标 group cell; 实际完成值 / 分值 / 得分 / the reason merged down from the upper row.
   */
  readonly wideTwoRowHeader?: boolean;
  /** A 备注 column between 得分 and the reason column. */
  readonly extraColumn?: boolean;
  /** Header titles broken by line breaks ("年初\n预算数"). */
  readonly brokenTitles?: boolean;
}

export interface TableContent {
  readonly name: string;
  readonly money: readonly MoneyLine[]; // the total first, then its 其中 rows
  readonly indicators: readonly Indicator[];
  readonly total: readonly [Value, Value]; // 总分 / 合计: 分值, 得分
  readonly grade?: string;
}

interface Draft {
  readonly grid: Grid;
  row: number;
  readonly col: number;
}

const WORDS = {
  national: {
    title: '项目支出绩效自评表',
    name: '项目名称',
    moneyTitle: '项目资金（万元）',
    money: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    headers: [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    total: '总分',
  },
  hunan: {
    title: '项目支出绩效自评表',
    name: '项目支出名称',
    moneyTitle: '项目资金（万元）',
    money: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    headers: [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    total: '总分',
  },
  sichuan: {
    title: '部门预算项目支出绩效自评表',
    name: '项目名称',
    moneyTitle: '预算执行情况（10分）',
    money: ['年初预算', '调整后预算数', '预算执行数', '权重', '预算执行率', '得分'],
    headers: ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分', '未完成原因分析'],
    total: '合计',
  },
} as const;

function put(draft: Draft, col: number, value: Value | Cell, layout: Layout): void {
  if (value === null || value === '') return;
  const cell = typeof value === 'object' ? value : cellOf(value);
  draft.grid.setCell(draft.row, draft.col + col, textIf(cell, layout));
}

function textIf(cell: Cell, layout: Layout): Cell {
  if (!layout.textFigures || typeof cell.value !== 'number') return cell;
  return cellOf(cell.text || String(cell.value), '@');
}

function merge(draft: Draft, area: CellArea): void {
  draft.grid.addMerge({
    top: area.top,
    bottom: area.bottom,
    left: area.left + draft.col,
    right: area.right + draft.col,
  });
}

const percentCell = (fraction: number): Cell =>
  cellOf(fraction, '0.00%', `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`);

const broken = (title: string, layout: Layout): string =>
  layout.brokenTitles && title.length >= 4 ? `${title.slice(0, 2)}\n${title.slice(2)}` : title;

/** Draws one table from `grid`'s row `top`; returns the next free row. */
export function drawTable(grid: Grid, top: number, layout: Layout, content: TableContent): number {
  const words = WORDS[layout.profile];
  const draft: Draft = { grid, row: top, col: layout.origin?.col ?? 0 };
  const scale = layout.yuan ? 10000 : 1;
  put(draft, 0, `2024年度${words.title}`, layout);
  draft.row++;
  put(draft, 0, words.name, layout);
  put(draft, 2, content.name, layout);
  draft.row++;
  put(draft, 0, '主管部门', layout);
  put(draft, 2, '某县农业农村局', layout);
  put(draft, 5, '实施单位', layout);
  put(draft, 6, '某县农业农村局', layout);
  draft.row++;
  // Money block: title | label | 6 columns.
  const moneyTitle = layout.yuan ? words.moneyTitle.replace('万元', '元') : words.moneyTitle;
  put(draft, 0, moneyTitle, layout);
  words.money.forEach((title, i) => put(draft, 2 + i, broken(title, layout), layout));
  const moneyTop = draft.row;
  draft.row++;
  content.money.forEach((line, i) => {
    put(draft, 1, i === 0 ? line.label : `其中：${line.label}`, layout);
    line.money.forEach((value, k) =>
      put(draft, 2 + k, typeof value === 'number' ? value * scale : value, layout),
    );
    if (line.weight !== undefined) put(draft, 5, line.weight, layout);
    if (line.rate !== undefined && line.rate !== null)
      put(draft, 6, typeof line.rate === 'number' ? percentCell(line.rate) : line.rate, layout);
    if (line.score !== undefined) put(draft, 7, line.score, layout);
    draft.row++;
  });
  merge(draft, { top: moneyTop, bottom: draft.row - 1, left: 0, right: 0 });
  put(draft, 0, '年度总体目标', layout);
  put(draft, 2, '预期目标：完成年度任务', layout);
  put(draft, 5, '实际完成情况：已完成', layout);
  draft.row++;
  return drawIndicators(draft, layout, content);
}

function drawIndicators(draft: Draft, layout: Layout, content: TableContent): number {
  const words = WORDS[layout.profile];
  const nature = layout.natureColumns || layout.profile === 'sichuan';
  const headers: string[] = [...words.headers];
  // 一级 二级 三级 [指标性质] 指标值 [度量单位] 完成值 分值 得分 [备注] 原因
  if (nature) {
    headers.splice(3, 0, '指标性质');
    headers.splice(5, 0, '度量单位');
  }
  if (layout.extraColumn) headers.splice(headers.length - 1, 0, '备注');
  const col = (title: string) => 1 + headers.indexOf(title);
  const headerTop = draft.row;
  put(draft, 0, layout.profile === 'sichuan' ? '绩效指标（90分）' : '绩效指标', layout);
  const completedAt = headers.indexOf(words.headers[4]);
  if (layout.wideTwoRowHeader) {
    put(draft, 1, '绩效指标内容', layout);
    merge(draft, { top: headerTop, bottom: headerTop, left: 1, right: completedAt });
    headers.forEach((title, i) => {
      if (i < completedAt) return;
      put(draft, 1 + i, broken(title, layout), layout);
      merge(draft, { top: headerTop, bottom: headerTop + 1, left: 1 + i, right: 1 + i });
    });
    draft.row++;
    headers.slice(0, completedAt).forEach((title, i) => put(draft, 1 + i, broken(title, layout), layout));
  } else if (layout.twoRowHeader) {
    // Upper row: a group cell over the three levels, the other titles merged down over both rows.
    put(draft, 1, '指标', layout);
    merge(draft, { top: headerTop, bottom: headerTop, left: 1, right: 3 });
    headers.forEach((title, i) => {
      if (i < 3) return;
      put(draft, 1 + i, broken(title, layout), layout);
      merge(draft, { top: headerTop, bottom: headerTop + 1, left: 1 + i, right: 1 + i });
    });
    draft.row++;
    headers.slice(0, 3).forEach((title, i) => put(draft, 1 + i, broken(title, layout), layout));
  } else {
    headers.forEach((title, i) => put(draft, 1 + i, broken(title, layout), layout));
  }
  draft.row++;
  for (const item of content.indicators) {
    if (item.level1) put(draft, col('一级指标'), item.level1, layout);
    if (item.level2) put(draft, col('二级指标'), item.level2, layout);
    put(draft, col('三级指标'), item.name, layout);
    const unitInColumn = nature && item.unit !== undefined;
    if (nature && item.nature) put(draft, col('指标性质'), item.nature, layout);
    const operator = !nature && item.nature && /^[≥≤=]$/.test(item.nature) ? item.nature : '';
    const targetText = unitInColumn ? item.target : `${operator}${item.target}${item.unit ?? ''}`;
    put(draft, col(words.headers[3]), targetText, layout);
    if (unitInColumn) put(draft, col('度量单位'), item.unit ?? '', layout);
    put(draft, col(words.headers[4]), item.actual, layout);
    put(draft, col(words.headers[5]), item.weight, layout);
    put(draft, col(words.headers[6]), item.score, layout);
    if (item.reason) put(draft, col(words.headers[7]), item.reason, layout);
    draft.row++;
  }
  merge(draft, { top: headerTop, bottom: draft.row - 1, left: 0, right: 0 });
  put(draft, 0, words.total, layout);
  put(draft, col(words.headers[5]), content.total[0], layout);
  put(draft, col(words.headers[6]), content.total[1], layout);
  draft.row++;
  if (content.grade) {
    put(draft, 0, '自评等级', layout);
    put(draft, 2, content.grade, layout);
    draft.row++;
  }
  return draft.row;
}

/** One sheet with the tables stacked, two blank rows apart. */
export function sheetOf(name: string, layout: Layout, tables: readonly TableContent[]): Grid {
  const grid = new Grid(name);
  let row = layout.origin?.row ?? 0;
  for (const table of tables) row = drawTable(grid, row, layout, table) + 2;
  return grid;
}
