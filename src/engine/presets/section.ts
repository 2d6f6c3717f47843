import type { CellArea, SheetGrid } from '../grid/types';
import type { IndicatorGroup, IndicatorSection } from '../model/tables';
import { labelCore } from '../text/normalize';
import { FRAMEWORK } from './framework';
import { WEIGHT_SCHEMES } from './schemes';
import type { PresetGroupKind, WeightScheme } from './types';

/** The rows a 一级指标 group occupies: from its label to the row before the next group (or the 总分 row). */
export interface GroupSpan {
  readonly group: IndicatorGroup;
  readonly top: number;
  readonly bottom: number;
  /** The merge holding the 一级指标 label, when it is merged. */
  readonly labelMerge?: CellArea;
}

export interface SectionLayout {
  readonly spans: readonly GroupSpan[];
  /** The first row below the 表头 (一级指标/二级指标/…). */
  readonly firstRow: number;
  /** The row after the last group: the 总分 row when there is one. */
  readonly end: number;
}

export function sectionLayout(section: IndicatorSection, grid: SheetGrid): SectionLayout {
  const groups = [...section.groups].sort((a, b) => a.labelAt.row - b.labelAt.row);
  const reach = groups.map((group) => {
    const merge = grid.mergeAt(group.labelAt.row, group.labelAt.col);
    const lastRow = Math.max(
      group.labelAt.row,
      ...group.rows.map((row) => row.row),
      merge ? merge.bottom : -1,
    );
    return { group, merge, lastRow };
  });
  const firstRow = section.headerRow + 1;
  const end = section.total?.row ?? (reach.length > 0 ? reach[reach.length - 1].lastRow + 1 : firstRow);
  const spans = reach.map(({ group, merge }, index): GroupSpan => {
    const nextTop = index + 1 < reach.length ? reach[index + 1].group.labelAt.row : end;
    const span = { group, top: group.labelAt.row, bottom: Math.max(group.labelAt.row, nextTop - 1) };
    return merge ? { ...span, labelMerge: merge } : span;
  });
  return { spans, firstRow, end };
}

/** 产出指标 / 产出 / output → 'output'; undefined when the name is no preset group. */
export function resolveGroupKind(name: string): PresetGroupKind | undefined {
  const core = labelCore(name);
  const byId = FRAMEWORK.find((group) => group.kind === core);
  if (byId) return byId.kind;
  const byLabel = FRAMEWORK.find((group) => core === group.label || `${core}指标` === group.label);
  return byLabel?.kind;
}

/**
 * The scheme a section was written under: the one whose weights match every weight its headers state, else
 * the one whose groups it has (成本指标 first, last, or absent), else the national rule.
 */
export function inferScheme(section: IndicatorSection): WeightScheme {
  const stated = section.groups.filter((group) => group.kind !== 'other' && group.statedWeight !== undefined);
  if (stated.length > 0) {
    const match = WEIGHT_SCHEMES.find((scheme) =>
      stated.every((group) =>
        scheme.groups.some((entry) => entry.kind === group.kind && entry.weight === group.statedWeight),
      ),
    );
    if (match) return match;
  }
  const kinds = [...section.groups].sort((a, b) => a.labelAt.row - b.labelAt.row).map((group) => group.kind);
  const id =
    kinds[0] === 'cost' ? 'hunan-cost-first' : kinds.includes('cost') ? 'hunan-cost-last' : 'national';
  return WEIGHT_SCHEMES.find((scheme) => scheme.id === id) ?? WEIGHT_SCHEMES[0];
}
