/**
 * Preset indicator blocks as plain data: the indicator framework, weight schemes and indicator sets.
 * A finance bureau extends them by adding objects of these shapes (see README.md); nothing here runs code.
 */

/** The first-level groups a preset can fill; 'other' groups exist only in filers' sheets. */
export type PresetGroupKind = 'output' | 'benefit' | 'satisfaction' | 'cost';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** One 二级指标 of the framework. */
export interface FrameworkLevel2 {
  /** The label as the template writes it: 数量指标, 经济效益指标, …… */
  readonly label: string;
  readonly en: string;
}

/** One 一级指标 with its 二级指标, in the template's order. */
export interface FrameworkGroup {
  readonly kind: PresetGroupKind;
  readonly label: string; // 产出指标
  readonly en: string;
  readonly level2: readonly FrameworkLevel2[];
}

export interface SchemeGroup {
  readonly kind: PresetGroupKind;
  /** Points the group's indicators share; its header states them: 产出指标（50分）. */
  readonly weight: number;
}

/** How the 100 points are split: the groups in the order they are written, plus the 预算执行率 points. */
export interface WeightScheme {
  readonly id: string;
  readonly name: Bilingual;
  readonly groups: readonly SchemeGroup[];
  /** The 年度资金总额 / 预算执行率 分值 in the funding block (10 under every known rule). */
  readonly executionWeight: number;
}

/** One 三级指标 with its typical 年度指标值. */
export interface PresetIndicator {
  readonly group: PresetGroupKind;
  /** The 二级指标 label, one of the framework's labels for `group` (数量指标, 社会效益指标, ……). */
  readonly level2: string;
  readonly name: string;
  /**
   * The 年度指标值 as text: `≥90%`, `≤100%`, `＝100%` (full-width equals, see README), `健全`,
   * `{Y}年12月31日前` ({Y} becomes the report year). Must never start with = + - @.
   */
  readonly target: string;
  /** Relative share of the group's points (default 1): a share of 2 gets twice the 分值 of a share of 1. */
  readonly share?: number;
}

export type PresetScope = 'department' | 'project';

/** A set of 三级指标 for one kind of unit or spending. */
export interface IndicatorPreset {
  readonly id: string;
  readonly name: Bilingual;
  /** Whether the set suits the 整体支出 table (a whole department) or a 项目支出 table. */
  readonly scope: PresetScope;
  readonly indicators: readonly PresetIndicator[];
}
