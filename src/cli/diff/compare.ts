// A resubmission against the file it replaces: which findings were corrected, which are still open, which are
// new, and which cells of the recognised tables changed. Pure: two outcomes in, one comparison out.
import { columnLetters, parseA1 } from '../../engine/grid/a1';
import type { Finding } from '../../engine/rules/types';
import type { CheckedFile, TableSnapshot } from '../report/outcome';

export interface CellChange {
  readonly sheet: string;
  readonly cell: string;
  readonly before: string;
  readonly after: string;
}

export interface Comparison {
  readonly old: string;
  readonly new: string;
  readonly corrected: readonly Finding[];
  /** As found in the new file. */
  readonly open: readonly Finding[];
  readonly added: readonly Finding[];
  readonly changes: readonly CellChange[];
}

/** Errors and warnings must be dealt with; info notes are listed but keep nothing open. */
export function stillOpen(comparison: Comparison): number {
  return [...comparison.open, ...comparison.added].filter((f) => f.severity !== 'info').length;
}

/**
 * Findings match when the same rule points at the same cell of the same table, the table known by its kind and
 * its place among tables of that kind (so a renamed sheet still matches).
 */
export function compareOutcomes(before: CheckedFile, after: CheckedFile): Comparison {
  const oldTables = tableKeys(before.snapshots ?? []);
  const newTables = tableKeys(after.snapshots ?? []);
  const keyOf = (finding: Finding, tables: ReturnType<typeof tableKeys>) =>
    `${tableOf(finding, tables) ?? `sheet:${finding.sheet}`}|${finding.rule}|${finding.cell}`;
  const waiting = new Map<string, Finding[]>();
  for (const finding of before.findings) {
    const key = keyOf(finding, oldTables);
    waiting.set(key, [...(waiting.get(key) ?? []), finding]);
  }
  const open: Finding[] = [];
  const added: Finding[] = [];
  for (const finding of after.findings) {
    const list = waiting.get(keyOf(finding, newTables));
    if (list && list.length > 0) {
      list.shift();
      open.push(finding);
    } else added.push(finding);
  }
  const corrected = before.findings.filter((f) => waiting.get(keyOf(f, oldTables))?.includes(f));
  return {
    old: before.file,
    new: after.file,
    corrected,
    open,
    added,
    changes: cellChanges(before.snapshots ?? [], after.snapshots ?? []),
  };
}

interface KeyedTable {
  readonly key: string;
  readonly snapshot: TableSnapshot;
}

function tableKeys(snapshots: readonly TableSnapshot[]): KeyedTable[] {
  const seen = new Map<string, number>();
  return snapshots.map((snapshot) => {
    const n = seen.get(snapshot.kind) ?? 0;
    seen.set(snapshot.kind, n + 1);
    return { key: `${snapshot.kind}#${n}`, snapshot };
  });
}

function tableOf(finding: Finding, tables: readonly KeyedTable[]): string | undefined {
  const at = parseA1(finding.cell.split(':')[0]);
  if (!at) return undefined;
  const home = tables.find(
    ({ snapshot: s }) =>
      s.sheet === finding.sheet &&
      at.row >= s.top &&
      at.row < s.top + s.cells.length &&
      at.col >= s.left &&
      at.col < s.left + (s.cells[0]?.length ?? 0),
  );
  return home?.key;
}

/** Cell by cell over both areas of each pair of matched tables, in the new file's sheet names. */
function cellChanges(before: readonly TableSnapshot[], after: readonly TableSnapshot[]): CellChange[] {
  const oldTables = new Map(tableKeys(before).map((t) => [t.key, t.snapshot]));
  const changes: CellChange[] = [];
  for (const { key, snapshot: next } of tableKeys(after)) {
    const prior = oldTables.get(key);
    if (!prior) continue;
    const top = Math.min(prior.top, next.top);
    const left = Math.min(prior.left, next.left);
    const bottom = Math.max(prior.top + prior.cells.length, next.top + next.cells.length);
    const right = Math.max(
      prior.left + (prior.cells[0]?.length ?? 0),
      next.left + (next.cells[0]?.length ?? 0),
    );
    for (let row = top; row < bottom; row++)
      for (let col = left; col < right; col++) {
        const was = textAt(prior, row, col);
        const now = textAt(next, row, col);
        if (was !== now)
          changes.push({
            sheet: next.sheet,
            cell: `${columnLetters(col)}${row + 1}`,
            before: was,
            after: now,
          });
      }
  }
  return changes;
}

function textAt(snapshot: TableSnapshot, row: number, col: number): string {
  return snapshot.cells[row - snapshot.top]?.[col - snapshot.left] ?? '';
}
