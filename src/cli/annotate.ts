// Marks findings in a loaded workbook: a fill per severity and a note with expected vs actual. Only styles
// and notes are touched; no cell value is written.
import type ExcelJS from 'exceljs';
import { parseA1 } from '../engine/grid/a1';
import type { Finding, Lang } from '../engine/rules/types';
import { SEVERITY_FILL, markCells } from '../host/marking';
import { noteText } from '../host/note-text';

/** Returns how many cells were marked. The same marking as the add-in's highlights (src/host/marking.ts). */
export function annotateWorkbook(
  workbook: ExcelJS.Workbook,
  findings: readonly Finding[],
  lang: Lang,
): number {
  let marked = 0;
  for (const mark of markCells(findings).values()) {
    const sheet = workbook.getWorksheet(mark.sheet);
    const at = parseA1(mark.cell);
    if (!sheet || !at) continue;
    const cell = sheet.getCell(at.row + 1, at.col + 1);
    fill(cell, argbOf(SEVERITY_FILL[mark.severity]));
    addNote(cell, noteText(mark.findings, lang));
    marked++;
  }
  return marked;
}

/** "#FFC7CE" as ExcelJS's opaque ARGB "FFFFC7CE". */
export function argbOf(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function fill(cell: ExcelJS.Cell, argb: string): void {
  // Loaded cells can share one style object; assigning a fresh style keeps the fill on this cell only.
  cell.style = {
    ...cell.style,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } },
  };
}

function addNote(cell: ExcelJS.Cell, text: string): void {
  const existing = cell.note;
  const before =
    typeof existing === 'string'
      ? existing
      : existing && Array.isArray(existing.texts)
        ? existing.texts.map((run) => run.text).join('')
        : '';
  cell.note = before ? `${before}\n\n${text}` : text;
}
