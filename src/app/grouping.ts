// Groups findings under the table they fall in, so the list reads like the workbook: sheet, table, cells.
import { parseA1, parseA1Area } from '../engine/grid/a1';
import type { TableSummary } from '../engine/check';
import type { Finding, Severity } from '../engine/rules/types';

export interface FindingGroup {
  /** Stable id for React keys and aria relationships. */
  readonly id: string;
  readonly sheet: string;
  /** The table the findings fall in; undefined for findings outside every recognised table. */
  readonly table?: TableSummary;
  readonly findings: readonly Finding[];
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Groups in the order findings come (sheet, row, column); a finding belongs to the first table containing its cell. */
export function groupFindings(findings: readonly Finding[], tables: readonly TableSummary[]): FindingGroup[] {
  const groups = new Map<string, { sheet: string; table?: TableSummary; findings: Finding[] }>();
  for (const finding of findings) {
    const table = tables.find(
      (candidate) => candidate.sheet === finding.sheet && contains(candidate.range, finding.cell),
    );
    const id = table ? `${table.sheet}!${table.range}` : `${finding.sheet}!*`;
    let group = groups.get(id);
    if (!group) {
      group = { sheet: finding.sheet, table, findings: [] };
      groups.set(id, group);
    }
    group.findings.push(finding);
  }
  return [...groups.entries()].map(([id, group]) => ({ id, ...group }));
}

function contains(range: string, cell: string): boolean {
  const area = parseA1Area(range);
  const position = parseA1(cell.split(':')[0]);
  if (!area || !position) return false;
  return (
    position.row >= area.top &&
    position.row <= area.bottom &&
    position.col >= area.left &&
    position.col <= area.right
  );
}
