import type { Cell, CellArea, CellPosition } from '../grid/types';
import type { Figure, Target } from '../figures/types';

export type TableKind = 'basic-data' | 'overall-self-eval' | 'project-self-eval';

/** One recognised cell: where it is, what it holds, and the figure read from it. */
export interface Field {
  readonly at: CellPosition;
  readonly cell: Cell | undefined;
  readonly figure: Figure;
}

/** A figure written inside a label cell ("其中：一般公共预算：605.21") or in the cell beside it. */
export interface LabelledFigure {
  readonly label: string;
  readonly field: Field;
}

interface TableBase {
  readonly kind: TableKind;
  readonly sheet: string;
  /** The cells the table spans. */
  readonly area: CellArea;
  /** 'partial' when some expected part could not be found; rules then check only what is there. */
  readonly completeness: 'complete' | 'partial';
  /** Human-readable names (zh) of the parts that were not found, for the info finding. */
  readonly missing: readonly string[];
  /** The report year when a header states it (e.g. "2024年决算数"). */
  readonly year?: number;
  /** The template profile the table was read with (national, hunan, sichuan, …). */
  readonly profile?: string;
}

// ── 基础数据表 ────────────────────────────────────────────────────────────────

export interface StaffSection {
  readonly authorized: Field; // 编制数
  readonly actual: Field; // 实际在职人数
  readonly rate: Field; // 控制率
}

/** The three money columns of 经费控制情况, with the year each header names. */
export type MoneyColumnRole = 'prior-final' | 'budget' | 'final';
export interface MoneyColumn {
  readonly role: MoneyColumnRole;
  readonly col: number;
  readonly year?: number;
  readonly header: string;
}

/** What a money row stands for, by meaning, so rules and the cross-table check can find it. */
export type MoneyRowRole =
  | 'basic-expenditure' // 一、部门基本支出
  | 'public-funds' // 公用经费
  | 'office' // 办公经费
  | 'utilities-travel' // 水费、电费、差旅费
  | 'meetings-training' // 会议费、培训费
  | 'three-public' // 三公经费
  | 'vehicle' // 公务用车购置和维护经费
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'overseas' // 出国经费
  | 'reception' // 公务接待
  | 'project-expenditure' // 项目支出
  | 'business' // 业务工作经费
  | 'operation-maintenance' // 运行维护经费
  | 'special-fund' // 专项资金
  | 'procurement' // 政府采购金额
  | 'budget-adjustment' // 部门基本支出预算调整
  | 'item'; // any other line (one project, 其他事业类发展资金, ……)

export interface MoneyRow {
  readonly row: number;
  readonly label: string;
  readonly role: MoneyRowRole;
  /** Index into `MoneyControlSection.rows` of the row this one is a part of; null at the top level. */
  readonly parent: number | null;
  /** One field per money column, in the order of `MoneyControlSection.columns`. */
  readonly values: readonly Field[];
}

export interface MoneyControlSection {
  readonly columns: readonly MoneyColumn[];
  readonly rows: readonly MoneyRow[];
  /**
   * How a parent's value relates to its children's sum: 'exact' (三公经费 = its three items) or 'partial'
   * (公用经费 ≥ its 其中 items), keyed by the parent's index in `rows`.
   */
  readonly breakdown: ReadonlyMap<number, 'exact' | 'partial'>;
}

export interface BuildingSection {
  readonly approvedArea: Field; // 批复规模
  readonly actualArea: Field; // 实际规模
  readonly areaRate: Field; // 规模控制率
  readonly budgetInvestment: Field; // 预算投资
  readonly actualInvestment: Field; // 实际投资
  readonly investmentRate: Field; // 投资概算控制率
}

export interface BasicDataTable extends TableBase {
  readonly kind: 'basic-data';
  readonly staff?: StaffSection;
  readonly money?: MoneyControlSection;
  readonly building?: BuildingSection;
}

// ── 资金 (the 年度预算申请 / 项目资金 block) ─────────────────────────────────────

/** The breakdown a 其中 row belongs to: by source of money (财政拨款 …) or by nature of spending (基本支出 …). */
export type FundingPartFamily = 'source' | 'nature';

export interface FundingRow {
  readonly row: number;
  /** For 其中 rows: which breakdown of the total it is a part of. */
  readonly family?: FundingPartFamily;
  readonly label: string; // 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金
  readonly initialBudget: Field; // 年初预算数
  readonly fullYearBudget: Field; // 全年预算数
  readonly executed: Field; // 全年执行数
  readonly weight: Field; // 分值
  readonly rate: Field; // 执行率
  readonly score: Field; // 得分
}

export interface FundingSection {
  /** The 年度资金总额 row: the only one whose score counts. */
  readonly total: FundingRow;
  /** 其中 rows under the total (项目资金 only); their repeated 分值/得分 are never counted. */
  readonly parts: readonly FundingRow[];
}

// ── 绩效指标 ──────────────────────────────────────────────────────────────────

export type IndicatorGroupKind = 'output' | 'benefit' | 'satisfaction' | 'cost' | 'other';

export interface IndicatorColumns {
  readonly level1: number;
  readonly level2: number;
  readonly level3: number;
  readonly target: number; // 年度指标值
  readonly actual: number; // 实际完成值
  readonly weight: number; // 分值
  readonly score: number; // 得分
  readonly reason?: number; // 偏差原因分析及改进措施 / 未完成原因分析
  readonly nature?: number; // 指标性质 (some provinces)
  readonly unit?: number; // 度量单位 (some provinces)
}

export interface IndicatorRow {
  readonly row: number;
  readonly level2: string; // 二级指标 as shown (from the merged cell above when merged)
  readonly name: string; // 三级指标
  readonly target: Field;
  readonly targetParsed: Target;
  readonly actual: Field;
  readonly weight: Field;
  readonly score: Field;
  readonly reason?: Field;
  /** 指标性质 (≥ ≤ = 定性, 正向 / 反向), where the template has that column. */
  readonly nature?: Field;
  /** 度量单位 (%, 万元, 次, 天 …), where the template has that column. */
  readonly unit?: Field;
}

export interface IndicatorGroup {
  readonly kind: IndicatorGroupKind;
  /** The 一级指标 label as written, line breaks removed. */
  readonly label: string;
  /** The cell holding the 一级指标 label (top-left of its merge). */
  readonly labelAt: CellPosition;
  /** The weight the header states ("产出指标（50分)" → 50), when it states one. */
  readonly statedWeight?: number;
  readonly rows: readonly IndicatorRow[];
}

export interface TotalRow {
  readonly row: number;
  readonly label: string; // 总分, 总分(含预算执行率10分)
  readonly weight: Field; // the 分值 column: 100
  readonly score: Field; // the 得分 column
}

export interface IndicatorSection {
  readonly headerRow: number;
  readonly columns: IndicatorColumns;
  readonly groups: readonly IndicatorGroup[];
  readonly total?: TotalRow;
  /** A stated grade (优/良/中/差, 优秀/良好/合格/不合格), when the table carries one. */
  readonly grade?: LabelledFigure & { readonly text: string };
}

// ── 自评表 ────────────────────────────────────────────────────────────────────

export interface OverallSelfEvalTable extends TableBase {
  readonly kind: 'overall-self-eval';
  readonly unitName?: Field; // 预算单位名称 / 预算部门名称
  readonly funding?: FundingSection;
  readonly bySource: readonly LabelledFigure[]; // 按收入性质分
  readonly byNature: readonly LabelledFigure[]; // 按支出性质分 (基本支出, 项目支出)
  readonly indicators?: IndicatorSection;
}

export interface ProjectSelfEvalTable extends TableBase {
  readonly kind: 'project-self-eval';
  readonly projectName?: Field; // 项目支出名称 / 项目名称
  readonly department?: Field; // 主管部门
  readonly implementer?: Field; // 实施单位
  readonly funding?: FundingSection;
  readonly indicators?: IndicatorSection;
}

export type RecognizedTable = BasicDataTable | OverallSelfEvalTable | ProjectSelfEvalTable;
