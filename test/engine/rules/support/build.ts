/**
 * Builds recognised tables directly (recognition is tested elsewhere), with every figure read by the real
 * `readFigure` from a cell shaped like the one in the seeds: "92.85%" is 0.9285 formatted "0.00%", "100" in a
 * rate cell is the number 100, "其中：一般公共预算：605.21" is a label cell.
 */
import { checkTables } from '../../../../src/engine/check';
import { readFigure, readFigureInLabel, parseTarget } from '../../../../src/engine/figures';
import type { FigureRole } from '../../../../src/engine/figures';
import type { Cell, CellValue } from '../../../../src/engine/grid/types';
import type {
  BasicDataTable,
  Field,
  FundingRow,
  FundingSection,
  IndicatorGroup,
  IndicatorGroupKind,
  IndicatorRow,
  IndicatorSection,
  LabelledFigure,
  MoneyRow,
  MoneyRowRole,
  OverallSelfEvalTable,
  ProjectSelfEvalTable,
  RecognizedTable,
} from '../../../../src/engine/model/tables';
import type { Finding, Lang, Rule } from '../../../../src/engine/rules/types';

/** A cell as typed: a bare value, or a value with its number format ("0.00%"). */
export type Typed = CellValue | { readonly value: CellValue; readonly format: string };

export const pct = (value: number, format = '0.00%'): Typed => ({ value, format });

/** What Excel would display for a value in a format; enough of Excel for the formats the seeds use. */
function displayed(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  if (format.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (/^0(\.0+)?$/.test(format)) return value.toFixed(decimals);
  return String(value);
}

export function cellOf(typed: Typed): Cell {
  const { value, format } =
    typed !== null && typeof typed === 'object' ? typed : { value: typed, format: 'General' };
  return { value, text: displayed(value, format), numberFormat: format };
}

export function field(typed: Typed, row: number, col: number, role: FigureRole = 'any'): Field {
  const cell = cellOf(typed);
  return { at: { row, col }, cell, figure: readFigure(cell, role) };
}

/** A label cell carrying its figure, the 按收入性质分 habit. */
export function labelled(text: string, row: number, col: number): LabelledFigure {
  const cell = cellOf(text);
  const { label, figure } = readFigureInLabel(text);
  return { label, field: { at: { row, col }, cell, figure } };
}

// ── 资金 block: label in B, then 年初预算数 C, 全年预算数 D, 全年执行数 E, 分值 F, 执行率 G, 得分 H ──

export const FUNDING_COLS = {
  initialBudget: 2,
  fullYearBudget: 3,
  executed: 4,
  weight: 5,
  rate: 6,
  score: 7,
} as const;

export interface FundingFigures {
  readonly initial?: Typed;
  readonly budget?: Typed;
  readonly executed?: Typed;
  readonly weight?: Typed;
  readonly rate?: Typed;
  readonly score?: Typed;
}

export function fundingRow(row: number, label: string, figures: FundingFigures): FundingRow {
  const c = FUNDING_COLS;
  return {
    row,
    label,
    initialBudget: field(figures.initial ?? null, row, c.initialBudget, 'money'),
    fullYearBudget: field(figures.budget ?? null, row, c.fullYearBudget, 'money'),
    executed: field(figures.executed ?? null, row, c.executed, 'money'),
    weight: field(figures.weight ?? null, row, c.weight, 'score'),
    rate: field(figures.rate ?? null, row, c.rate, 'rate'),
    score: field(figures.score ?? null, row, c.score, 'score'),
  };
}

/** 年度资金总额 on `row` (0-based), its 其中 rows below it. */
export function funding(
  row: number,
  total: FundingFigures,
  parts: readonly [string, FundingFigures][] = [],
): FundingSection {
  return {
    total: fundingRow(row, '年度资金总额', total),
    parts: parts.map(([label, figures], index) => fundingRow(row + 1 + index, label, figures)),
  };
}

// ── 绩效指标: 一级 B, 二级 C, 三级 D, 年度指标值 E, 实际完成值 F, 分值 G, 得分 H, 偏差原因 I ──

export const INDICATOR_COLS = {
  level1: 1,
  level2: 2,
  level3: 3,
  target: 4,
  actual: 5,
  weight: 6,
  score: 7,
  reason: 8,
} as const;

export interface IndicatorFigures {
  readonly name?: string;
  readonly target?: string;
  readonly actual?: Typed;
  readonly weight?: Typed;
  readonly score?: Typed;
  readonly reason?: string;
  /** 指标性质 and 度量单位 cells (columns J and K), for templates that have them. */
  readonly nature?: string;
  readonly unit?: string;
  readonly level2?: string;
}

export interface GroupSpec {
  readonly label: string;
  readonly kind?: IndicatorGroupKind;
  readonly statedWeight?: number;
  readonly rows: readonly IndicatorFigures[];
}

export interface IndicatorSpec {
  /** 0-based row of the first indicator; the header sits just above. */
  readonly firstRow: number;
  readonly groups: readonly GroupSpec[];
  readonly total?: { readonly weight?: Typed; readonly score?: Typed };
  readonly grade?: string;
}

export function indicators(spec: IndicatorSpec): IndicatorSection {
  const c = INDICATOR_COLS;
  let row = spec.firstRow;
  const groups: IndicatorGroup[] = spec.groups.map((group) => {
    const labelAt = { row, col: c.level1 };
    const rows: IndicatorRow[] = group.rows.map((figures) => {
      const target = figures.target ?? '';
      const built: IndicatorRow = {
        row,
        level2: figures.level2 ?? '',
        name: figures.name ?? '',
        target: field(target, row, c.target),
        targetParsed: parseTarget(target),
        actual: field(figures.actual ?? null, row, c.actual),
        weight: field(figures.weight ?? null, row, c.weight, 'score'),
        score: field(figures.score ?? null, row, c.score, 'score'),
        reason: field(figures.reason ?? null, row, c.reason),
        ...(figures.nature !== undefined ? { nature: field(figures.nature, row, 9) } : {}),
        ...(figures.unit !== undefined ? { unit: field(figures.unit, row, 10) } : {}),
      };
      row += 1;
      return built;
    });
    if (group.rows.length === 0) row += 1;
    return {
      kind: group.kind ?? 'other',
      label: group.label,
      labelAt,
      statedWeight: group.statedWeight,
      rows,
    };
  });
  const totalRow = row;
  const section: IndicatorSection = {
    headerRow: spec.firstRow - 1,
    columns: { ...c },
    groups,
    total: spec.total && {
      row: totalRow,
      label: '总分',
      weight: field(spec.total.weight ?? null, totalRow, c.weight, 'score'),
      score: field(spec.total.score ?? null, totalRow, c.score, 'score'),
    },
  };
  if (spec.grade === undefined) return section;
  const gradeRow = totalRow + 1;
  const gradeField = field(spec.grade, gradeRow, c.score);
  return { ...section, grade: { label: '自评等级', field: gradeField, text: spec.grade } };
}

// ── tables ──

const AREA = { top: 0, left: 0, bottom: 60, right: 9 };

export interface OverallSpec {
  readonly sheet?: string;
  readonly year?: number;
  readonly funding?: FundingSection;
  readonly bySource?: readonly LabelledFigure[];
  readonly byNature?: readonly LabelledFigure[];
  readonly indicators?: IndicatorSection;
  readonly missing?: readonly string[];
}

export function overallTable(spec: OverallSpec): OverallSelfEvalTable {
  return {
    kind: 'overall-self-eval',
    sheet: spec.sheet ?? '整体支出绩效自评表',
    area: AREA,
    completeness: spec.missing?.length ? 'partial' : 'complete',
    missing: spec.missing ?? [],
    year: spec.year,
    funding: spec.funding,
    bySource: spec.bySource ?? [],
    byNature: spec.byNature ?? [],
    indicators: spec.indicators,
  };
}

export function projectTable(spec: Omit<OverallSpec, 'bySource' | 'byNature'>): ProjectSelfEvalTable {
  return {
    kind: 'project-self-eval',
    sheet: spec.sheet ?? '项目支出绩效自评表',
    area: AREA,
    completeness: spec.missing?.length ? 'partial' : 'complete',
    missing: spec.missing ?? [],
    year: spec.year,
    funding: spec.funding,
    indicators: spec.indicators,
  };
}

// ── 基础数据表: label in A, money columns B, C, D ──

export interface MoneyLine {
  readonly label: string;
  readonly role?: MoneyRowRole;
  /** Label of the row this one is a part of. */
  readonly parentLabel?: string;
  /** How this row relates to its parts, when it has any. */
  readonly breakdown?: 'exact' | 'partial';
  /** {Y-1}年决算数, {Y}年预算数, {Y}年决算数. */
  readonly values: readonly [Typed, Typed, Typed];
}

export interface BasicSpec {
  readonly sheet?: string;
  readonly year?: number;
  readonly firstRow?: number;
  readonly money?: readonly MoneyLine[];
  readonly staff?: {
    readonly row: number;
    readonly authorized: Typed;
    readonly actual: Typed;
    readonly rate: Typed;
  };
  readonly building?: {
    readonly row: number;
    readonly figures: readonly [Typed, Typed, Typed, Typed, Typed, Typed];
  };
  readonly missing?: readonly string[];
}

export function basicTable(spec: BasicSpec): BasicDataTable {
  const year = spec.year ?? 2024;
  const firstRow = spec.firstRow ?? 5;
  const lines = spec.money ?? [];
  const rows: MoneyRow[] = lines.map((line, index) => {
    const row = firstRow + index;
    const parentIndex =
      line.parentLabel === undefined ? -1 : lines.findIndex((other) => other.label === line.parentLabel);
    return {
      row,
      label: line.label,
      role: line.role ?? 'item',
      parent: parentIndex < 0 ? null : parentIndex,
      values: line.values.map((typed, col) => field(typed, row, col + 1, 'money')),
    };
  });
  const breakdown = new Map<number, 'exact' | 'partial'>();
  lines.forEach((line, index) => {
    if (line.breakdown) breakdown.set(index, line.breakdown);
  });
  const staff = spec.staff;
  const building = spec.building;
  return {
    kind: 'basic-data',
    sheet: spec.sheet ?? '基础数据表',
    area: AREA,
    completeness: spec.missing?.length ? 'partial' : 'complete',
    missing: spec.missing ?? [],
    year,
    money: spec.money && {
      columns: [
        { role: 'prior-final', col: 1, year: year - 1, header: `${year - 1}年决算数` },
        { role: 'budget', col: 2, year, header: `${year}年预算数` },
        { role: 'final', col: 3, year, header: `${year}年决算数` },
      ],
      rows,
      breakdown,
    },
    staff: staff && {
      authorized: field(staff.authorized, staff.row, 1, 'count'),
      actual: field(staff.actual, staff.row, 2, 'count'),
      rate: field(staff.rate, staff.row, 3, 'rate'),
    },
    building: building && {
      approvedArea: field(building.figures[0], building.row, 1, 'any'),
      actualArea: field(building.figures[1], building.row, 2, 'any'),
      areaRate: field(building.figures[2], building.row, 3, 'rate'),
      budgetInvestment: field(building.figures[3], building.row, 4, 'money'),
      actualInvestment: field(building.figures[4], building.row, 5, 'money'),
      investmentRate: field(building.figures[5], building.row, 6, 'rate'),
    },
  };
}

/** Runs one rule through the real engine, so tests see the Findings a person would see. */
export function findingsOf(
  rule: Rule,
  tables: RecognizedTable | readonly RecognizedTable[],
  lang: Lang = 'zh',
): Finding[] {
  const list = Array.isArray(tables) ? tables : [tables as RecognizedTable];
  return checkTables(list, { rules: [rule], lang });
}

/** The parts of a finding a test asserts, without the message prose. */
export function summary(
  finding: Finding,
): Pick<Finding, 'rule' | 'severity' | 'cell' | 'expected' | 'actual' | 'fix'> {
  const { rule, severity, cell, expected, actual, fix } = finding;
  return fix === undefined
    ? { rule, severity, cell, expected, actual }
    : { rule, severity, cell, expected, actual, fix };
}
