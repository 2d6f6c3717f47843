// Findings → the plain marks the package writer takes: the shared marking (src/host: one fill per severity, the
// worse where findings meet, every cell a finding covers, one note text) — the writer itself decides nothing.
import type { Finding, Lang } from '../engine/rules/types';
import { SEVERITY_FILL, markCells } from '../host/marking';
import { noteText } from '../host/note-text';
import { argbOf } from './annotate';
import type { CellMark } from './package/workbook-editor';

export function findingMarks(findings: readonly Finding[], lang: Lang): CellMark[] {
  return [...markCells(findings).values()].map((mark) => ({
    sheet: mark.sheet,
    cell: mark.cell,
    fillArgb: argbOf(SEVERITY_FILL[mark.severity]),
    noteText: noteText(mark.findings, lang),
  }));
}
