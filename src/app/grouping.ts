// Groups findings under the table they fall in, so the list reads like the workbook: sheet, table, cells.
import { parseA1, parseA1Area } from '../engine/grid/a1';
import type { TableSummary } from '../engine/check';
import type { Finding, Severity } from '../engine/rules/types';
import { markedSeverity } from '../host/marking';

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

/** Counted as the sheet is marked: a consequence of a root cell (it fails only because of the root) is a note,
 *  not a second error. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[markedSeverity(finding)] += 1;
  return counts;
}

/** A finding with the consequences listed under it (findings whose causedBy names its cell). */
export interface NestedFinding {
  readonly finding: Finding;
  readonly consequences: readonly Finding[];
}

/** Puts each consequence under the first listed finding on a cell its causedBy names (A1, or Sheet!A1 on another
 *  sheet); a consequence whose root is not listed (ignored, say) stays at the top level. Order is kept. */
export function nestConsequences(findings: readonly Finding[]): NestedFinding[] {
  const top: { finding: Finding; consequences: Finding[] }[] = [];
  const byCell = new Map<string, { finding: Finding; consequences: Finding[] }>();
  for (const finding of findings) {
    if (finding.role === 'consequence') continue;
    const entry = { finding, consequences: [] };
    top.push(entry);
    const key = `${finding.sheet}!${finding.cell.split(':')[0]}`;
    if (!byCell.has(key)) byCell.set(key, entry);
  }
  const orphans: Finding[] = [];
  for (const finding of findings) {
    if (finding.role !== 'consequence') continue;
    const roots = (finding.causedBy ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter((ref) => ref !== '');
    const owner = roots
      .map((ref) =>
        byCell.get(ref.includes('!') ? ref.replace(/^'(.*)'!/, '$1!') : `${finding.sheet}!${ref}`),
      )
      .find((entry) => entry !== undefined);
    if (owner) owner.consequences.push(finding);
    else orphans.push(finding);
  }
  const orphanEntries = orphans.map((finding) => ({ finding, consequences: [] as Finding[] }));
  // Orphans keep their place in the engine's order among the roots.
  return [...top, ...orphanEntries].sort((a, b) => findings.indexOf(a.finding) - findings.indexOf(b.finding));
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
