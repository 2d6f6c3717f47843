import { OUTPUT_COST_LEVEL2, frameworkGroup, level2Labels } from './framework';
import type { IndicatorPreset, PresetGroupKind, PresetIndicator, WeightScheme } from './types';
import { distributePoints } from './weights';

/** One row of an indicator block, before it has a place in a sheet. */
export interface BlockRow {
  readonly level2: string;
  /** '' on a framework row the preset has no indicator for (left for the clerk). */
  readonly level3: string;
  readonly target: string;
  /** null when the row carries no points (an empty framework row, or no points left in the group). */
  readonly weight: number | null;
}

export interface BlockGroup {
  readonly kind: PresetGroupKind;
  readonly label: string; // 产出指标
  /** The 一级指标 cell's text: 产出指标（50分）, or the bare label when the weight is unknown. */
  readonly header: string;
  /** Points the rows share; null when the rows carry no points. */
  readonly weight: number | null;
  readonly rows: readonly BlockRow[];
}

export interface IndicatorBlock {
  readonly presetId: string;
  readonly schemeId: string;
  readonly groups: readonly BlockGroup[];
}

export interface BlockOptions {
  /** The report year, for `{Y}年12月31日前` targets. */
  readonly year: number;
  /** Only these groups, still in the scheme's order (default: every group of the scheme). */
  readonly groups?: readonly PresetGroupKind[];
  /** Keep framework 二级指标 the preset has nothing for as blank rows, as the bureau's template does (default true). */
  readonly emptyLevel2?: boolean;
  /** Points to share per group instead of the scheme's (e.g. what is left in a group being added to); null: none. */
  readonly weightOverride?: Partial<Record<PresetGroupKind, number | null>>;
}

/** Builds the rows a preset contributes under a weight scheme, with 分值 adding up to each group's weight. */
export function buildIndicatorBlock(
  preset: IndicatorPreset,
  scheme: WeightScheme,
  options: BlockOptions,
): IndicatorBlock {
  const costIsFirstLevel = scheme.groups.some((group) => group.kind === 'cost');
  const wanted = options.groups ? new Set(options.groups) : undefined;
  const groups = scheme.groups
    .filter((group) => !wanted || wanted.has(group.kind))
    .map((schemeGroup) => {
      const override = options.weightOverride?.[schemeGroup.kind];
      const weight = override === undefined ? schemeGroup.weight : override;
      const indicators = indicatorsOf(preset, schemeGroup.kind, costIsFirstLevel);
      return buildGroup(schemeGroup.kind, weight, indicators, costIsFirstLevel, options);
    });
  return { presetId: preset.id, schemeId: scheme.id, groups };
}

export function groupHeader(label: string, weight: number | null): string {
  return weight === null ? label : `${label}（${weight}分）`;
}

/** The preset's indicators for a group; without a first-level 成本指标, cost sits under 产出指标. */
function indicatorsOf(
  preset: IndicatorPreset,
  kind: PresetGroupKind,
  costIsFirstLevel: boolean,
): PresetIndicator[] {
  const own = preset.indicators.filter((indicator) => indicator.group === kind);
  if (kind !== 'output' || costIsFirstLevel) return own;
  const moved = preset.indicators
    .filter((indicator) => indicator.group === 'cost')
    .map((indicator) => ({ ...indicator, group: 'output' as const, level2: OUTPUT_COST_LEVEL2 }));
  return [...own, ...moved];
}

interface DraftRow {
  readonly level2: string;
  readonly indicator?: PresetIndicator;
}

function buildGroup(
  kind: PresetGroupKind,
  weight: number | null,
  indicators: readonly PresetIndicator[],
  costIsFirstLevel: boolean,
  options: BlockOptions,
): BlockGroup {
  const label = frameworkGroup(kind).label;
  const frameworkLabels = level2Labels(kind, costIsFirstLevel);
  // Framework order first, then any 二级指标 a bureau added that the framework does not name.
  const extraLabels = [...new Set(indicators.map((indicator) => indicator.level2))].filter(
    (l2) => !frameworkLabels.includes(l2),
  );
  const drafts: DraftRow[] = [];
  for (const level2 of [...frameworkLabels, ...extraLabels]) {
    const under = indicators.filter((indicator) => indicator.level2 === level2);
    if (under.length > 0) under.forEach((indicator) => drafts.push({ level2, indicator }));
    else if (options.emptyLevel2 !== false || indicators.length === 0) drafts.push({ level2 });
  }
  // Points go to the indicators; only a group with no indicator at all spreads them over its blank rows.
  const scored = drafts.some((draft) => draft.indicator) ? drafts.filter((draft) => draft.indicator) : drafts;
  const points =
    weight === null
      ? []
      : distributePoints(
          weight,
          scored.map((draft) => draft.indicator?.share ?? 1),
        );
  const rows = drafts.map((draft): BlockRow => {
    const index = scored.indexOf(draft);
    return {
      level2: draft.level2,
      level3: draft.indicator?.name ?? '',
      target: draft.indicator ? fillYear(draft.indicator.target, options.year) : '',
      weight: index >= 0 && weight !== null ? points[index] : null,
    };
  });
  return { kind, label, header: groupHeader(label, weight), weight, rows };
}

function fillYear(target: string, year: number): string {
  return target.replace(/\{Y\}/g, String(year));
}
