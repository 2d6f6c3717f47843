import type { CellArea, SheetGrid } from '../grid/types';
import type { IndicatorColumns, IndicatorSection } from '../model/tables';
import { buildIndicatorBlock, type BlockGroup } from './block';
import { blockCells } from './block-cells';
import { shiftFormulaRows, widenRangesOver } from './formula';
import { PlanError, emptyPlan, type FormulaUpdate, type PlanNote, type SheetPlan } from './plan';
import { inferScheme, sectionLayout, type GroupSpan, type SectionLayout } from './section';
import type { IndicatorPreset, PresetGroupKind, WeightScheme } from './types';

/** Where a block goes: before a sheet row inside the section, or at the end of a 一级指标 group. */
export type InsertPosition = { readonly row: number } | { readonly group: PresetGroupKind };

export interface InsertRequest {
  readonly grid: SheetGrid;
  readonly section: IndicatorSection;
  readonly preset: IndicatorPreset;
  /** Default: the scheme the section's headers state (see inferScheme). */
  readonly scheme?: WeightScheme;
  readonly position: InsertPosition;
  /** Report year, for `{Y}年12月31日前` targets. */
  readonly year: number;
}

/** Rows added to an existing group (no header) or whole new groups (with their 一级指标 header). */
type Placement =
  | {
      readonly mode: 'append';
      readonly at: number;
      readonly span: GroupSpan;
      readonly kind: PresetGroupKind;
      readonly moved: boolean;
    }
  | { readonly mode: 'new-groups'; readonly at: number; readonly kinds: readonly PresetGroupKind[] };

/**
 * Plans the insertion of a preset's indicators into a recognised 绩效指标 section. Rows are always new:
 * existing cells are never written, except the 总分 formulas that must cover the new rows.
 */
export function planBlockInsertion(request: InsertRequest): SheetPlan {
  const { grid, section } = request;
  const scheme = request.scheme ?? inferScheme(section);
  const layout = sectionLayout(section, grid);
  const placement = place(request, scheme, layout);
  const notes: PlanNote[] = [];
  if (placement.mode === 'append' && placement.moved) notes.push(MOVED_NOTE);
  const groups = blockGroups(request, scheme, placement, notes);
  const at = placement.at;
  const count = groups.reduce((sum, group) => sum + group.rows.length, 0);

  const cells = blockCells(groups, section.columns, at, placement.mode === 'new-groups');
  const changes = mergeChanges(grid, section.columns, layout, placement, count);
  const plan: SheetPlan = {
    ...emptyPlan(grid.name, 'insert-block'),
    unmerges: changes.unmerges,
    rowInserts: [{ at, count }],
    formatCopies: formatCopies(grid, section, layout, placement, count, notes),
    writes: cells.writes,
    formulaUpdates: totalFormulaUpdates(grid, section, at, count, notes),
    merges: [...changes.merges, ...cells.merges],
    notes,
  };
  assertWritesInsideInserts(plan);
  return plan;
}

/** Throws unless every value write lands in an inserted row: a plan must never overwrite a filer's cell. */
export function assertWritesInsideInserts(plan: SheetPlan): void {
  const inserted = finalInsertedRows(plan);
  for (const write of plan.writes) {
    if (!inserted.has(write.row)) {
      throw new PlanError('occupied-cell', {
        zh: `计划写入已有单元格（第 ${write.row + 1} 行），已取消`,
        en: `The plan would write into an existing cell (row ${write.row + 1}); cancelled`,
      });
    }
  }
}

/** Rows that are new once every insert has been applied, in final coordinates. */
export function finalInsertedRows(plan: SheetPlan): Set<number> {
  let rows = new Set<number>();
  for (const insert of plan.rowInserts) {
    rows = new Set([...rows].map((row) => (row >= insert.at ? row + insert.count : row)));
    for (let offset = 0; offset < insert.count; offset++) rows.add(insert.at + offset);
  }
  return rows;
}

const MOVED_NOTE: PlanNote = {
  id: 'moved-below-merge',
  message: {
    zh: '插入位置位于合并单元格中，已移到其下方',
    en: 'The row fell inside a merged cell; the block goes below it',
  },
};

function place(request: InsertRequest, scheme: WeightScheme, layout: SectionLayout): Placement {
  const { section, grid, position } = request;
  if ('group' in position) {
    const span = layout.spans.find((candidate) => candidate.group.kind === position.group);
    if (span) return { mode: 'append', at: span.bottom + 1, span, kind: position.group, moved: false };
    return { mode: 'new-groups', at: newGroupRow(position.group, scheme, layout), kinds: [position.group] };
  }
  const row = position.row;
  if (row < layout.firstRow || row > layout.end) {
    throw new PlanError('outside-section', {
      zh: `第 ${row + 1} 行不在绩效指标区域（第 ${layout.firstRow + 1}–${layout.end + 1} 行）内`,
      en: `Row ${row + 1} is outside the indicator section (rows ${layout.firstRow + 1}–${layout.end + 1})`,
    });
  }
  const inside = layout.spans.find((span) => span.top < row && row <= span.bottom);
  if (inside) {
    const kind = inside.group.kind;
    if (kind === 'other') {
      throw new PlanError('not-a-preset-group', {
        zh: `“${inside.group.label}”不是标准一级指标，无法插入预设指标`,
        en: `“${inside.group.label}” is not a standard first-level group; no preset fits it`,
      });
    }
    const at = belowMerges(grid, section.columns, row, inside.bottom + 1);
    return { mode: 'append', at, span: inside, kind, moved: at !== row };
  }
  const present = new Set(section.groups.map((group) => group.kind));
  const kinds = scheme.groups.map((group) => group.kind).filter((kind) => !present.has(kind));
  if (kinds.length === 0) {
    throw new PlanError('groups-exist', {
      zh: '该位置位于两个一级指标之间，且方案中的一级指标都已存在；请指定要追加到的一级指标（--group）',
      en: 'The row lies between groups and every group of the scheme exists; name the group to add to (--group)',
    });
  }
  return { mode: 'new-groups', at: row, kinds };
}

/** A new group goes before the first existing group the scheme lists after it, else after the last group. */
function newGroupRow(kind: PresetGroupKind, scheme: WeightScheme, layout: SectionLayout): number {
  const order = scheme.groups.map((group) => group.kind);
  const mine = order.indexOf(kind);
  const later = layout.spans.find((span) => {
    const theirs = order.indexOf(span.group.kind as PresetGroupKind);
    return mine >= 0 && theirs > mine;
  });
  if (later) return later.top;
  return layout.spans.length > 0 ? layout.spans[layout.spans.length - 1].bottom + 1 : layout.end;
}

/** Moves a row below any merge it would split in the columns the block writes (二级 to 分值). */
function belowMerges(grid: SheetGrid, columns: IndicatorColumns, row: number, limit: number): number {
  const written = writtenColumns(columns).filter((col) => col !== columns.level1);
  let at = row;
  for (let moved = true; moved && at < limit;) {
    moved = false;
    for (const col of written) {
      const merge = grid.mergeAt(at, col);
      if (merge && merge.top < at) {
        at = Math.min(merge.bottom + 1, limit);
        moved = true;
      }
    }
  }
  return at;
}

function writtenColumns(columns: IndicatorColumns): number[] {
  const cols = [columns.level1, columns.level2, columns.level3, columns.target, columns.weight];
  if (columns.nature !== undefined) cols.push(columns.nature);
  return cols;
}

function blockGroups(
  request: InsertRequest,
  scheme: WeightScheme,
  placement: Placement,
  notes: PlanNote[],
): readonly BlockGroup[] {
  const { preset, year } = request;
  if (placement.mode === 'new-groups') {
    // A group the scheme lacks (成本指标 under the national rule) comes without points or stated weight.
    const missing = placement.kinds.filter((kind) => !scheme.groups.some((group) => group.kind === kind));
    const widened: WeightScheme = {
      ...scheme,
      groups: [...scheme.groups, ...missing.map((kind) => ({ kind, weight: 0 }))],
    };
    const weightOverride = Object.fromEntries(missing.map((kind) => [kind, null]));
    return buildIndicatorBlock(preset, widened, { year, groups: placement.kinds, weightOverride }).groups;
  }
  const { kind, span } = placement;
  const schemeGroup = scheme.groups.find((group) => group.kind === kind);
  const stated = span.group.statedWeight ?? schemeGroup?.weight;
  const used = span.group.rows.reduce(
    (sum, row) => sum + (row.weight.figure.kind === 'number' ? row.weight.figure.value : 0),
    0,
  );
  const left = stated === undefined ? null : Math.round((stated - used) * 100) / 100;
  if (left !== null && left <= 0) notes.push(noPointsNote(span.group.label));
  // The section decides where cost sits (its own group or under 产出指标); the weight comes from the override.
  const sectionHasCost = request.section.groups.some((group) => group.kind === 'cost');
  const kinds: PresetGroupKind[] = sectionHasCost && kind !== 'cost' ? [kind, 'cost'] : [kind];
  const effective: WeightScheme = { ...scheme, groups: kinds.map((entry) => ({ kind: entry, weight: 0 })) };
  const weight = left !== null && left > 0 ? left : null;
  return buildIndicatorBlock(preset, effective, {
    year,
    groups: [kind],
    emptyLevel2: false,
    weightOverride: { [kind]: weight },
  }).groups;
}

function noPointsNote(label: string): PlanNote {
  return {
    id: 'no-points-left',
    message: {
      zh: `“${label}”的分值已分配完，新增指标的分值留空待填`,
      en: `“${label}” has no points left; the new indicators' 分值 are left to fill`,
    },
  };
}

function mergeChanges(
  grid: SheetGrid,
  columns: IndicatorColumns,
  layout: SectionLayout,
  placement: Placement,
  count: number,
): { unmerges: CellArea[]; merges: CellArea[] } {
  const at = placement.at;
  const last = at + count - 1;
  const unmerges: CellArea[] = [];
  const merges: CellArea[] = [];
  for (const merge of grid.merges) {
    if (merge.top < at && at <= merge.bottom) {
      // The insertion falls inside: the merge grows by the new rows (Excel's behaviour, made explicit).
      unmerges.push(merge);
      merges.push({ ...merge, bottom: merge.bottom + count });
    } else if (merge.bottom === at - 1 && growsOverNewRows(merge, columns, layout, placement)) {
      unmerges.push(merge);
      merges.push({ ...merge, bottom: last });
    }
  }
  if (
    placement.mode === 'append' &&
    !placement.span.labelMerge &&
    level1Blank(grid, columns.level1, placement.span.top + 1, at - 1)
  ) {
    merges.push({ top: placement.span.top, left: columns.level1, bottom: last, right: columns.level1 });
  }
  return { unmerges, merges };
}

/**
 * A merge ending right above the new rows grows over them when it is the group's 一级指标 label (appending)
 * or the section's side label (绩效指标, left of the 一级指标 column, reaching the section's first rows).
 */
function growsOverNewRows(
  merge: CellArea,
  columns: IndicatorColumns,
  layout: SectionLayout,
  placement: Placement,
): boolean {
  if (placement.mode === 'append' && placement.span.labelMerge === merge) return true;
  return merge.right < columns.level1 && merge.top <= layout.firstRow && placement.at <= layout.end;
}

function level1Blank(grid: SheetGrid, col: number, from: number, to: number): boolean {
  for (let row = from; row <= to; row++) {
    const value = grid.cellAt(row, col)?.value;
    if (value !== null && value !== undefined && value !== '') return false;
    if (grid.mergeAt(row, col)) return false;
  }
  return true;
}

function formatCopies(
  grid: SheetGrid,
  section: IndicatorSection,
  layout: SectionLayout,
  placement: Placement,
  count: number,
  notes: PlanNote[],
): SheetPlan['formatCopies'] {
  const at = placement.at;
  const indicatorRows = layout.spans.flatMap((span) => span.group.rows.map((row) => row.row));
  const above =
    placement.mode === 'append'
      ? placement.span.group.rows.map((row) => row.row).filter((row) => row < at)
      : [];
  const source =
    above.length > 0
      ? Math.max(...above)
      : (indicatorRows
          .filter((row) => row < at)
          .reduce<number | undefined>(
            (best, row) => (best === undefined || row > best ? row : best),
            undefined,
          ) ?? firstAtOrBelow(indicatorRows, at, count));
  if (source === undefined) {
    notes.push({
      id: 'no-format-source',
      message: { zh: '区域内没有可参照格式的指标行', en: 'No indicator row to copy formats from' },
    });
    return [];
  }
  const cols = Object.values(section.columns).filter((col): col is number => typeof col === 'number');
  // The side label (绩效指标) left of the 一级指标 column gets the row's borders too.
  const side = grid.merges.filter(
    (merge) =>
      merge.right < section.columns.level1 && merge.top <= layout.firstRow && merge.bottom >= layout.firstRow,
  );
  const left = Math.min(...cols, ...side.map((merge) => merge.left));
  return [{ fromRow: source, toTop: at, toBottom: at + count - 1, left, right: Math.max(...cols) }];
}

function firstAtOrBelow(rows: readonly number[], at: number, count: number): number | undefined {
  const below = rows.filter((row) => row >= at);
  return below.length > 0 ? Math.min(...below) + count : undefined;
}

function totalFormulaUpdates(
  grid: SheetGrid,
  section: IndicatorSection,
  at: number,
  count: number,
  notes: PlanNote[],
): FormulaUpdate[] {
  const total = section.total;
  if (!total) return [];
  const finalRow = total.row >= at ? total.row + count : total.row;
  const updates: FormulaUpdate[] = [];
  for (const col of [section.columns.weight, section.columns.score]) {
    const formula = grid.cellAt(total.row, col)?.formula;
    if (!formula) continue;
    const previous = shiftFormulaRows(formula, at, count);
    const widened = widenRangesOver(previous, at, count);
    if (widened !== previous) updates.push({ row: finalRow, col, previous, formula: widened });
    else if (!coversRows(previous, at, count)) {
      notes.push({
        id: 'total-formula-kept',
        message: {
          zh: `总分公式 ${formula} 不是对指标行的区域求和，未改动，请核对`,
          en: `The 总分 formula ${formula} is not a range sum over the indicator rows; left unchanged, please check`,
        },
      });
    }
  }
  return updates;
}

/** Whether some range in the formula spans all inserted rows (1-based in A1). */
function coversRows(formula: string, at: number, count: number): boolean {
  const ranges = formula.matchAll(/\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?(\d+)/g);
  for (const range of ranges) {
    if (Number(range[1]) <= at + 1 && Number(range[2]) >= at + count) return true;
  }
  return false;
}
