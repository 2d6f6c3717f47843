/**
 * Row heights that fit wrapped text, computed from what a template writes and how wide its columns are — so
 * two-line headers (年初/预算数) and long indicator names stay inside their borders on screen and on paper.
 * Text metrics are estimates in the units Excel uses: a column width of 1 is about 7 px (one digit of the
 * default font, Calibri 11, which is what ExcelJS writes as the workbook's Normal style); a CJK character is one
 * em wide (14 px for 宋体 10.5 pt), a Latin letter or digit half an em, taken as 0.55 to lean wide. LibreOffice
 * gives a width unit more room than Excel, so there the rows look a little roomier than needed.
 */
import type { CellArea } from '../../grid/types';
import type { CellWrite, StyleRange } from '../plan';

const PX_PER_WIDTH_UNIT = 7;
/** Inner cell padding, both sides together. */
const PADDING_PX = 4;
const PX_PER_POINT = 96 / 72;
const WIDE_EM = 1;
const NARROW_EM = 0.55;
/** Line pitch of 宋体 (Excel gives 宋体 11pt rows 14.25pt), with some air, as printed forms have. */
const LINE_PITCH = 1.35;
const ROW_PADDING_PT = 6;

/** Characters a line should not start with (a lone "）" under "产出指标（30分"). */
export const NO_LINE_START = '）)》」』】〕，,。．.、；;：:！!？?%％';

export function isWideChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 ||
    // ≥ ≤ and the like print one em wide in 宋体.
    (code >= 0x2200 && code <= 0x22ff)
  );
}

/**
 * The lines a text wraps to in a cell `widthUnits` wide at `fontSize` points, breaking at any character.
 * `pxPerUnit` is Excel's 7 by default; LibreOffice lays a unit out nearer 9 px.
 */
export function wrapLines(
  text: string,
  widthUnits: number,
  fontSize: number,
  pxPerUnit = PX_PER_WIDTH_UNIT,
): string[] {
  const available = Math.max(1, widthUnits * pxPerUnit - PADDING_PX);
  const em = fontSize * PX_PER_POINT;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const ch of paragraph) {
      const px = em * (isWideChar(ch) ? WIDE_EM : NARROW_EM);
      if (line !== '' && used + px > available) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += ch;
      used += px;
    }
    lines.push(line);
  }
  return lines;
}

/** Height in points of a row holding `lines` lines at `fontSize`. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil((lines * fontSize * LINE_PITCH + ROW_PADDING_PT) * 4) / 4;
}

export interface FitInput {
  readonly rowCount: number;
  readonly writes: readonly CellWrite[];
  readonly merges: readonly CellArea[];
  readonly columnWidths: readonly number[];
  readonly styles: readonly StyleRange[];
  readonly bodyFontSize: number;
  /** Heights asked for explicitly (a title, a free-text box): kept when they are taller than the fit. */
  readonly minimums: readonly { readonly row: number; readonly height: number }[];
}

/** Every row's height: the tallest of its text, the explicit minimum, and one body line. */
export function fitRowHeights(input: FitInput): { row: number; height: number }[] {
  const heights = Array.from({ length: input.rowCount }, () => heightForLines(1, input.bodyFontSize));
  for (const { row, height } of input.minimums) heights[row] = Math.max(heights[row], height);
  const tall: { area: CellArea; need: number }[] = [];
  for (const write of input.writes) {
    if (typeof write.value !== 'string' || write.formula) continue;
    const area = input.merges.find((merge) => contains(merge, write.row, write.col)) ?? {
      top: write.row,
      left: write.col,
      bottom: write.row,
      right: write.col,
    };
    const width = sum(input.columnWidths.slice(area.left, area.right + 1));
    const size = fontSizeAt(input.styles, write.row, write.col) ?? input.bodyFontSize;
    const need = heightForLines(wrapLines(write.value, width, size).length, size);
    if (area.bottom === area.top) heights[area.top] = Math.max(heights[area.top], need);
    else tall.push({ area, need });
  }
  // A label merged down several rows gets the rows' heights; when they fall short, each grows by its share.
  for (const { area, need } of tall) {
    const rows = area.bottom - area.top + 1;
    const have = sum(heights.slice(area.top, area.bottom + 1));
    if (have >= need) continue;
    const extra = Math.ceil(((need - have) / rows) * 4) / 4;
    for (let row = area.top; row <= area.bottom; row++) heights[row] += extra;
  }
  return heights.map((height, row) => ({ row, height }));
}

/** The font size the last style covering the cell sets, if any. */
function fontSizeAt(styles: readonly StyleRange[], row: number, col: number): number | undefined {
  let size: number | undefined;
  for (const { area, style } of styles) if (style.fontSize && contains(area, row, col)) size = style.fontSize;
  return size;
}

function contains(area: CellArea, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
