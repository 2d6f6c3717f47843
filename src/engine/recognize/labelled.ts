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
const MAX_ROWS = 8;

/**
 * The 按收入性质分 / 按支出性质分 blocks that sit side by side under 年度资金总额. Each line is a label that
 * carries its figure ("其中：一般公共预算：605.21") or a label followed by its figure in the next cell.
 */
export function recognizeSources(index: SheetIndex, from: number, bottom: number): FundingSources {
  const heading = findLabel(index, from, Math.min(bottom, from + 6), (entry) =>
    /^按(收入|支出)性质分/.test(entry.core),
  );
  if (!heading) return { bySource: [], byNature: [], found: { source: false, nature: false }, lastRow: from };
  const headings = index.entries(heading.row);
  const sourceCol = headings.find((entry) => entry.core.startsWith('按收入性质分'))?.col;
  const natureCol = headings.find((entry) => entry.core.startsWith('按支出性质分'))?.col;
  const splitCol = natureCol ?? Infinity;
  const startCol = Math.min(sourceCol ?? Infinity, splitCol);
  const bySource: LabelledFigure[] = [];
  const byNature: LabelledFigure[] = [];
  let lastRow = heading.row;
  for (let row = heading.row + 1; row <= Math.min(bottom, heading.row + MAX_ROWS); row++) {
    const entries = index.entries(row).filter((entry) => entry.col >= startCol);
    if (entries.length === 0 || entries.some((entry) => ENDS_BLOCK.test(entry.core) || isFooter(entry)))
      break;
    if (index.entries(row).some((entry) => entry.col < startCol && ENDS_BLOCK.test(entry.core))) break;
    for (const item of lineItems(index, row, entries)) {
      (item.col < splitCol ? bySource : byNature).push(item.figure);
    }
    lastRow = row;
  }
  return {
    bySource,
    byNature,
    found: { source: sourceCol !== undefined, nature: natureCol !== undefined },
    lastRow,
  };
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

/** "  其中：  一般公共预算：" → "一般公共预算". */
function cleanLabel(text: string): string {
  return tidy(text)
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[:：]+$/, '');
}
