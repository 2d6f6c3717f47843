// Marks findings in a loaded workbook: a fill per severity and a note with expected vs actual. Only styles
// and notes are touched; no cell value is written.
import type ExcelJS from 'exceljs';
import { parseA1Area } from '../engine/grid/a1';
import type { Finding, Lang, Severity } from '../engine/rules/types';
import { MESSAGES, say } from './messages';

/** Excel's own "bad" and "neutral" fills; info findings leave the cell as it is. */
const FILL: Partial<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

interface Mark {
  severity: Severity;
  notes: string[];
}

/** Returns how many cells were marked. */
export function annotateWorkbook(
  workbook: ExcelJS.Workbook,
  findings: readonly Finding[],
  lang: Lang,
): number {
  const marks = new Map<string, Map<string, Mark>>();
  for (const finding of findings) {
    if (!FILL[finding.severity]) continue;
    const perSheet = marks.get(finding.sheet) ?? new Map<string, Mark>();
    marks.set(finding.sheet, perSheet);
    const mark = perSheet.get(finding.cell) ?? { severity: finding.severity, notes: [] };
    if (RANK[finding.severity] > RANK[mark.severity]) mark.severity = finding.severity;
    mark.notes.push(noteText(finding, lang));
    perSheet.set(finding.cell, mark);
  }
  let marked = 0;
  for (const [sheetName, perSheet] of marks) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    for (const [address, mark] of perSheet) {
      const area = parseA1Area(address);
      if (!area) continue;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          fill(sheet.getCell(r + 1, c + 1), FILL[mark.severity] as string);
          marked++;
        }
      }
      addNote(sheet.getCell(area.top + 1, area.left + 1), mark.notes.join('\n\n'));
    }
  }
  return marked;
}

export function noteText(finding: Finding, lang: Lang): string {
  const m = MESSAGES[lang];
  const lines = [
    say(m.noteHeader, { severity: m.severity[finding.severity], rule: finding.rule }),
    finding.message,
  ];
  if (finding.expected !== null || finding.actual !== null) {
    lines.push(say(m.noteExpected, { expected: finding.expected ?? '—', actual: finding.actual ?? '—' }));
  }
  return lines.join('\n');
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
