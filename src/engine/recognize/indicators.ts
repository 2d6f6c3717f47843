import type { CellPosition } from '../grid/types';
import type {
  Field,
  IndicatorColumns,
  IndicatorGroup,
  IndicatorGroupKind,
  IndicatorRow,
  IndicatorSection,
  LabelledFigure,
  TotalRow,
} from '../model/tables';
import type { Slot } from '../profiles/types';
import { findLabel, isFooter, isTableBreak } from './lookup';
import type { Entry, SheetIndex } from './sheet-index';
import { normalizedLabel, tidy } from './sheet-index';

export interface IndicatorResult {
  readonly indicators?: IndicatorSection;
  readonly lastRow: number;
  readonly missing: readonly string[];
}

type ColumnKey = keyof IndicatorColumns;

/** Tried in this order for each header cell, so 指标性质 is taken before 指标值 and 得分 before 原因. */
const COLUMN_SLOTS: readonly [ColumnKey, Slot][] = [
  ['level1', 'indicator.level1'],
  ['level2', 'indicator.level2'],
  ['level3', 'indicator.level3'],
  ['nature', 'indicator.nature'],
  ['unit', 'indicator.unit'],
  ['target', 'indicator.target'],
  ['actual', 'indicator.actual'],
  ['weight', 'indicator.weight'],
  ['score', 'indicator.score'],
  ['reason', 'indicator.reason'],
];

const REQUIRED: readonly [ColumnKey, string][] = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['level3', '三级指标'],
  ['target', '年度指标值'],
  ['actual', '实际完成值'],
  ['weight', '分值'],
  ['score', '得分'],
];

type HeaderColumns = Partial<Record<ColumnKey, number>>;

function headerColumns(
  index: SheetIndex,
  entries: readonly Entry[],
  into: HeaderColumns = {},
): HeaderColumns {
  const columns = into;
  const taken = new Set(Object.values(columns));
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (taken.has(entry.col)) continue;
    // The first free column whose slot names the label. A plain loop rather than find() with a destructuring
    // closure: this runs for every slot of every header cell, mostly before V8 optimises it.
    for (let s = 0; s < COLUMN_SLOTS.length; s++) {
      const key = COLUMN_SLOTS[s][0];
      if (columns[key] !== undefined || !index.words.is(COLUMN_SLOTS[s][1], entry.core)) continue;
      columns[key] = entry.col;
      taken.add(entry.col);
      break;
    }
  }
  return columns;
}

const HEADER_SLOTS: readonly Slot[] = ['indicator.level3', 'indicator.level1'];
const COLUMN_TITLE_SLOTS: readonly Slot[] = COLUMN_SLOTS.map(([, slot]) => slot);

const isHeader = (index: SheetIndex, entry: Entry): boolean =>
  index.words.firstOf(HEADER_SLOTS, entry.core) !== undefined;

/**
 * The header as filers draw it: one row, or two (group cells merged across the sub-headers under them, and the
 * single-level titles merged down over both rows). A neighbouring row belongs to the header when a merge joins it
 * to the header row; the row nearer the body names the columns first.
 */
function readHeader(
  index: SheetIndex,
  row: number,
  bottom: number,
): { columns: HeaderColumns; lastRow: number } {
  const below = row + 1 <= bottom && mergedAcross(index, row, row + 1) ? row + 1 : undefined;
  const above = below === undefined && row > 0 && mergedAcross(index, row - 1, row) ? row - 1 : undefined;
  if (below !== undefined) {
    const columns = headerColumns(index, index.entries(below));
    return { columns: headerColumns(index, index.entries(row), columns), lastRow: below };
  }
  const columns = headerColumns(index, index.entries(row));
  if (above !== undefined) headerColumns(index, index.entries(above), columns);
  return { columns, lastRow: row };
}

/**
 * Whether `upper` and `lower` are the two rows of one header: a column title merged down from `upper` into
 * `lower`, and the other row all titles (no figure), at least one of them a column title. The 绩效指标 side label
 * merged down the whole block is not a column title, so an ordinary one-row header never takes its first body
 * row along.
 */
function mergedAcross(index: SheetIndex, upper: number, lower: number): boolean {
  const spans = index.entries(upper).some((entry) => {
    const merge = index.grid.mergeAt(upper, entry.col);
    return merge !== undefined && merge.top === upper && merge.bottom >= lower && isColumnTitle(index, entry);
  });
  if (!spans) return false;
  return (
    index.entries(lower).every((entry) => !index.isNumber(lower, entry.col)) &&
    index.entries(upper).every((entry) => !index.isNumber(upper, entry.col)) &&
    index.entries(lower).some((entry) => isColumnTitle(index, entry))
  );
}

function isColumnTitle(index: SheetIndex, entry: Entry): boolean {
  return entry.core.length <= 20 && index.words.firstOf(COLUMN_TITLE_SLOTS, entry.core) !== undefined;
}

/** Reads the 绩效指标 block shared by the overall and the project self-assessment: header, groups, 总分. */
export function recognizeIndicators(index: SheetIndex, from: number, bottom: number): IndicatorResult {
  const header = findLabel(index, from, bottom, (entry) => isHeader(index, entry));
  if (!header) return { lastRow: from, missing: ['绩效指标'] };
  const { columns: found, lastRow: headerEnd } = readHeader(index, header.row, bottom);
  const absent = REQUIRED.filter(([key]) => found[key] === undefined);
  // Without 三级/分值/得分 there is nothing a rule could check; other gaps only make the table partial.
  if (found.weight === undefined || found.score === undefined) {
    return { lastRow: header.row, missing: absent.map(([, name]) => name) };
  }
  const columns: IndicatorColumns = {
    level1: found.level1 ?? -1,
    level2: found.level2 ?? -1,
    level3: found.level3 ?? -1,
    target: found.target ?? -1,
    actual: found.actual ?? -1,
    weight: found.weight,
    score: found.score,
    ...(found.reason !== undefined ? { reason: found.reason } : {}),
    ...(found.nature !== undefined ? { nature: found.nature } : {}),
    ...(found.unit !== undefined ? { unit: found.unit } : {}),
  };
  const body = readBody(index, headerEnd, bottom, columns);
  const missing = absent.map(([, name]) => name);
  if (!body.total) missing.push('总分');
  const indicators: IndicatorSection = {
    headerRow: header.row,
    columns,
    groups: body.groups,
    ...(body.total ? { total: body.total } : {}),
    ...(body.grade ? { grade: body.grade } : {}),
  };
  return { indicators, lastRow: body.lastRow, missing };
}

interface GroupDraft {
  kind: IndicatorGroupKind;
  label: string;
  core: string;
  labelAt: CellPosition;
  statedWeight?: number;
  rows: IndicatorRow[];
}

function readBody(index: SheetIndex, headerRow: number, bottom: number, columns: IndicatorColumns) {
  const groups: GroupDraft[] = [];
  let group: GroupDraft | undefined;
  let level2 = '';
  let lastRow = headerRow;
  let total: TotalRow | undefined;
  let grade: (LabelledFigure & { text: string }) | undefined;
  for (let row = headerRow + 1; row <= bottom; row++) {
    const entries = index.entries(row);
    const first = entries[0];
    if (first && (isFooter(first) || isTableBreak(first))) break;
    if (first && isTotalLabel(index, first) && first.col < columns.weight) {
      total = totalRow(index, row, first, columns);
      lastRow = row;
      grade = findGrade(index, row, Math.min(bottom, row + 2));
      if (grade) lastRow = Math.max(lastRow, grade.field.at.row);
      break;
    }
    const level1 = index.labelAt(row, columns.level1);
    if (level1 && (!group || (level1.at.row !== group.labelAt.row && labelKey(level1.text) !== group.core))) {
      group = newGroup(level1.text, level1.at);
      groups.push(group);
      level2 = '';
    }
    const level2Text = index.textAt(row, columns.level2);
    if (level2Text !== undefined) level2 = squeezed(level2Text);
    const indicator = indicatorRow(index, row, columns, level2);
    if (!indicator) continue;
    if (!group) {
      group = newGroup('', { row, col: Math.max(columns.level1, 0) });
      groups.push(group);
    }
    group.rows.push(indicator);
    lastRow = row;
  }
  if (group && lastRow < group.labelAt.row) lastRow = group.labelAt.row;
  return { groups: groups.map(freezeGroup), total, grade, lastRow };
}

function labelKey(text: string): string {
  return normalizedLabel(text);
}

/** tidy(text) without its spaces. */
function squeezed(text: string): string {
  const tidied = tidy(text);
  // tidy leaves no white space but single ' ': most labels have none and are returned as they are.
  return tidied.includes(' ') ? tidied.replace(/\s+/g, '') : tidied;
}

const STATED_WEIGHT = /(\d+(?:\.\d+)?)分/;

function newGroup(text: string, at: CellPosition): GroupDraft {
  const label = squeezed(text);
  const norm = normalizedLabel(text);
  const weight = STATED_WEIGHT.exec(norm);
  return {
    kind: groupKind(norm),
    label,
    core: norm,
    labelAt: at,
    ...(weight ? { statedWeight: Number(weight[1]) } : {}),
    rows: [],
  };
}

function freezeGroup(draft: GroupDraft): IndicatorGroup {
  const { core: _core, ...group } = draft;
  return group;
}

function groupKind(norm: string): IndicatorGroupKind {
  if (norm.includes('产出')) return 'output';
  if (norm.includes('效益')) return 'benefit';
  if (norm.includes('满意')) return 'satisfaction';
  if (norm.includes('成本')) return 'cost';
  return 'other';
}

const PLACEHOLDER = /^[.。…·、\-—_]*$/;

function indicatorRow(
  index: SheetIndex,
  row: number,
  columns: IndicatorColumns,
  level2: string,
): IndicatorRow | undefined {
  // A 三级 name merged down over two rows names both.
  const nameText = index.textAt(row, columns.level3);
  const name = nameText !== undefined ? tidy(nameText) : '';
  const weight = index.field(row, columns.weight, 'score');
  const score = index.field(row, columns.score, 'score');
  const hasFigure = weight.figure.kind === 'number' || score.figure.kind === 'number';
  if (!hasFigure && (name === '' || PLACEHOLDER.test(name.replace(/\s/g, '')))) return undefined;
  const target = optionalField(index, row, columns.target);
  const targetText = index.entryAt(row, columns.target)?.text ?? '';
  return {
    row,
    level2,
    name,
    target,
    targetParsed: index.target(targetText),
    actual: optionalField(index, row, columns.actual),
    weight,
    score,
    ...(columns.reason !== undefined ? { reason: index.field(row, columns.reason) } : {}),
    ...(columns.nature !== undefined ? { nature: index.field(row, columns.nature) } : {}),
    ...(columns.unit !== undefined ? { unit: index.field(row, columns.unit) } : {}),
  };
}

function optionalField(index: SheetIndex, row: number, col: number): Field {
  // A missing column still yields a Field so rows keep their shape; it reads as empty.
  return col >= 0
    ? index.field(row, col)
    : { at: { row, col: 0 }, cell: undefined, figure: { kind: 'none', reason: 'empty' } };
}

function isTotalLabel(index: SheetIndex, entry: Entry): boolean {
  return entry.core.length <= 20 && index.words.is('indicator.total', entry.core);
}

/** 总分's figures sit under 分值/得分, or, merged differently, in the first figure cells right of the label. */
function totalRow(index: SheetIndex, row: number, label: Entry, columns: IndicatorColumns): TotalRow {
  const base = { row, label: tidy(label.text) };
  const weight = index.field(row, columns.weight, 'score');
  const score = index.field(row, columns.score, 'score');
  if (weight.figure.kind === 'number' || score.figure.kind === 'number') return { ...base, weight, score };
  const start = index.rightOf(row, label.col);
  const figures = index
    .entries(row)
    .filter((entry) => entry.col >= start && index.isNumber(row, entry.col, 'score'))
    .slice(0, 2)
    .map((entry) => index.field(row, entry.col, 'score'));
  if (figures.length === 2) return { ...base, weight: figures[0], score: figures[1] };
  if (figures.length === 1) return { ...base, weight, score: figures[0] };
  return { ...base, weight, score };
}

const GRADES = /^(优秀|良好|合格|不合格|中等|较差|优|良|中|差)$/;
const GRADE_LABEL = /(等级|评级|评价结果|自评结果|结论)/;
const INLINE_GRADE = /^(.*?)[:]?(优秀|良好|合格|不合格|中等|较差|优|良|中|差)$/;

/** A stated grade: "优" next to 总分, or a "自评等级 | 优" pair, or "评价等级：良" in one cell. */
function findGrade(
  index: SheetIndex,
  from: number,
  to: number,
): (LabelledFigure & { text: string }) | undefined {
  for (let row = from; row <= to; row++) {
    const entries = index.entries(row);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const inline = INLINE_GRADE.exec(entry.norm);
      if (GRADES.test(entry.norm)) {
        const previous = entries[i - 1];
        const label = previous && GRADE_LABEL.test(previous.core) ? tidy(previous.text) : '等级';
        return { label, text: entry.norm, field: index.field(row, entry.col) };
      }
      if (inline && GRADE_LABEL.test(inline[1]) && inline[1].length <= 10) {
        return { label: inline[1], text: inline[2], field: index.field(row, entry.col) };
      }
    }
  }
  return undefined;
}
