import { readFigureInLabel } from '../figures';
import type { Figure } from '../figures/types';
import type { LabelledFigure } from '../model/tables';
import { findLabel, isFooter } from './lookup';
import type { Entry, SheetIndex } from './sheet-index';
import { tidy } from './sheet-index';

export interface FundingSources {
  readonly bySource: LabelledFigure[];
  readonly byNature: LabelledFigure[];
  readonly found: { readonly source: boolean; readonly nature: boolean };
  readonly lastRow: number;
}

const EMPTY: Figure = { kind: 'none', reason: 'empty' };
const CJK = /[\u4e00-\u9fff]/;
const ENDS_BLOCK = /^(年度总体目标|总体目标|预期目标|绩效指标|一级指标|三级指标)/;
const MAX_ROWS = 12;

type Block = 'source' | 'nature';

function headingOf(index: SheetIndex, entry: Entry): Block | undefined {
  if (index.words.is('sources.bySource', entry.core)) return 'source';
  if (index.words.is('sources.byNature', entry.core)) return 'nature';
  return undefined;
}

/**
 * The 按收入性质分 / 按支出性质分 blocks under 年度资金总额, side by side (the template) or one under the other.
 * Each line is a label that carries its figure ("其中：一般公共预算：605.21") or a label followed by its
 * figure in the next cell; a line belongs to the heading nearest to its left.
 */
export function recognizeSources(index: SheetIndex, from: number, bottom: number): FundingSources {
  const first = findLabel(
    index,
    from,
    Math.min(bottom, from + 6),
    (entry) => headingOf(index, entry) !== undefined,
  );
  if (!first) return { bySource: [], byNature: [], found: { source: false, nature: false }, lastRow: from };
  const headings: { col: number; block: Block }[] = [];
  const found = { source: false, nature: false };
  const items: Record<Block, LabelledFigure[]> = { source: [], nature: [] };
  let lastRow = first.row;
  const end = Math.min(bottom, first.row + MAX_ROWS);
  for (let row = first.row; row <= end; row++) {
    // Indexed loops rather than some()/filter() closures (see SheetIndex.entryAt).
    const all = index.entries(row);
    if (endsBlock(all)) break;
    const startCol = headings.length > 0 ? headings[0].col : first.entry.col;
    const lines: Entry[] = [];
    let inBlock = 0;
    for (let i = 0; i < all.length; i++) {
      const entry = all[i];
      if (entry.col < startCol) continue;
      inBlock++;
      const block = headingOf(index, entry);
      if (!block) {
        lines.push(entry);
        continue;
      }
      found[block] = true;
      const same = headings.findIndex((heading) => heading.col === entry.col);
      if (same >= 0) headings.splice(same, 1);
      headings.push({ col: entry.col, block });
      headings.sort((a, b) => a.col - b.col);
    }
    if (inBlock === 0) break;
    const lineFigures = lineItems(index, row, lines);
    for (let i = 0; i < lineFigures.length; i++) {
      const item = lineFigures[i];
      items[ownerOf(headings, item.col).block].push(item.figure);
    }
    lastRow = row;
  }
  return { bySource: items.source, byNature: items.nature, found, lastRow };
}

function endsBlock(entries: readonly Entry[]): boolean {
  for (let i = 0; i < entries.length; i++)
    if (ENDS_BLOCK.test(entries[i].core) || isFooter(entries[i])) return true;
  return false;
}

/** The heading nearest to the left of a column (headings run left to right), else the first. */
function ownerOf(
  headings: readonly { col: number; block: Block }[],
  col: number,
): { col: number; block: Block } {
  let owner = headings[0];
  for (let i = 0; i < headings.length; i++) if (headings[i].col <= col) owner = headings[i];
  return owner;
}

function isBareFigure(index: SheetIndex, row: number, entry: Entry): boolean {
  return !CJK.test(entry.text) && index.isNumber(row, entry.col, 'money');
}

function lineItems(
  index: SheetIndex,
  row: number,
  entries: readonly Entry[],
): { col: number; figure: LabelledFigure }[] {
  const items: { col: number; figure: LabelledFigure }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!CJK.test(entry.text)) continue; // a stray figure with no label of its own
    const cell = index.grid.cellAt(row, entry.col);
    const inLabel = readFigureInLabel(entry.text);
    if (inLabel.figure.kind === 'number') {
      items.push({
        col: entry.col,
        figure: {
          label: cleanLabel(inLabel.label),
          field: { at: { row, col: entry.col }, cell, figure: inLabel.figure },
        },
      });
      continue;
    }
    const next = entries[i + 1];
    if (next && isBareFigure(index, row, next)) {
      items.push({
        col: entry.col,
        figure: { label: cleanLabel(entry.text), field: index.field(row, next.col, 'money') },
      });
      i++;
      continue;
    }
    // A label with nothing after it: the filer left the figure out; the field is the label cell, read as empty.
    items.push({
      col: entry.col,
      figure: { label: cleanLabel(entry.text), field: { at: { row, col: entry.col }, cell, figure: EMPTY } },
    });
  }
  return items;
}

const SPACES = /\s+/g;
const LEADING_UNDER = /^其中[:：]?/;
const TRAILING_COLONS = /[:：]+$/;

/** "  其中：  一般公共预算：" → "一般公共预算". */
function cleanLabel(text: string): string {
  return tidy(text).replace(SPACES, '').replace(LEADING_UNDER, '').replace(TRAILING_COLONS, '');
}
