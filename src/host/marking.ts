// How a finding is marked in a workbook, the same in every host and in the CLI's annotated copies: one fill per
// severity, the worse severity where findings meet on a cell, and every cell a finding's address covers.
import type { Finding, Severity } from '../engine/rules/types';
import { cellId, cellsOf } from './cells';

/** Excel's own "Bad" / "Neutral" cell-style fills and a light blue: readable on both light and dark text. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** One cell to mark: the worst severity of the findings on it, and those findings (for its note). */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string; // single-cell A1
  severity: Severity;
  readonly findings: Finding[];
}

/** The cells to mark, keyed by cellId, in the order the findings come. */
export function markCells(findings: readonly Finding[]): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const finding of findings) {
    const severity = markedSeverity(finding);
    for (const cell of cellsOf(finding.cell)) {
      const id = cellId(finding.sheet, cell);
      const existing = marks.get(id);
      if (existing) {
        existing.severity = worse(existing.severity, severity);
        existing.findings.push(finding);
      } else marks.set(id, { sheet: finding.sheet, cell, severity, findings: [finding] });
    }
  }
  return marks;
}

/**
 * A consequence (it fails only because of a root cell; see src/engine/localize) is not a separate error to
 * highlight: it gets the note fill, and its note names the root.
 */
export function markedSeverity(finding: Finding): Severity {
  return finding.role === 'consequence' ? 'info' : finding.severity;
}
