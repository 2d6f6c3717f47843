import type { TableKind } from '../model/tables';
import type { Lexicon } from '../profiles/lexicon';
import type { Slot } from '../profiles/types';
import type { Entry, SheetIndex } from './sheet-index';

/** A label that marks one section of one kind of table; a shared money-block title joins either self-eval kind. */
interface Anchor {
  readonly kind: TableKind | 'any-self-eval';
  readonly section: string;
  readonly at: { readonly row: number; readonly col: number };
}

/** The rows a table may occupy: from its first anchor to the row before the next table's first anchor. */
export interface Region {
  readonly kind: TableKind;
  readonly top: number;
  readonly bottom: number;
  /** Section name → where its anchor label sits. */
  readonly anchors: ReadonlyMap<string, { readonly row: number; readonly col: number }>;
}

// Anchors are short labels; a long text cell that merely mentions one is never an anchor.
const MAX_ANCHOR_LENGTH = 16;

/** Anchor words in the order they are tried, and what each opens. */
const ANCHORS: ReadonlyMap<Slot, Omit<Anchor, 'at'>> = new Map<Slot, Omit<Anchor, 'at'>>([
  ['staffSection', { kind: 'basic-data', section: 'staff' }],
  ['moneySection', { kind: 'basic-data', section: 'money' }],
  ['buildingSection', { kind: 'basic-data', section: 'building' }],
  ['overallName', { kind: 'overall-self-eval', section: 'name' }],
  ['overallFunding', { kind: 'overall-self-eval', section: 'funding' }],
  ['projectName', { kind: 'project-self-eval', section: 'name' }],
  ['projectFunding', { kind: 'project-self-eval', section: 'funding' }],
  ['anyFunding', { kind: 'any-self-eval', section: 'funding' }],
]);
const ANCHOR_SLOTS: readonly Slot[] = [...ANCHORS.keys()];

export function anchorOf(entry: Entry, words: Lexicon): Omit<Anchor, 'at'> | undefined {
  const core = entry.core;
  if (core.length > MAX_ANCHOR_LENGTH || entry.numbered) return undefined;
  const slot = words.firstOf(ANCHOR_SLOTS, core);
  return slot === undefined ? undefined : ANCHORS.get(slot);
}

/**
 * Splits a sheet into table regions in one pass. An anchor opens a new table unless the open table is of
 * the same kind and has not yet seen that section (so 预算单位名称 then 年度预算申请 stay one table, and a
 * second 项目支出名称 starts the next project).
 */
export function findRegions(index: SheetIndex): Region[] {
  const opened: { kind: TableKind; top: number; anchors: Map<string, { row: number; col: number }> }[] = [];
  for (let row = 0; row < index.rowCount; row++) {
    // Anchors are row labels: the first thing in their row. A 三级指标 that happens to read 项目资金 is not one.
    const entry = index.entries(row)[0];
    const anchor = entry ? anchorOf(entry, index.words) : undefined;
    if (!entry || !anchor) continue;
    const current = opened[opened.length - 1];
    const joins =
      anchor.kind === 'any-self-eval'
        ? current !== undefined && current.kind !== 'basic-data'
        : current?.kind === anchor.kind;
    if (current && joins && !current.anchors.has(anchor.section)) {
      current.anchors.set(anchor.section, { row, col: entry.col });
    } else {
      opened.push({
        // A shared money-block title with no table open starts a project table (the commoner of the two).
        kind: anchor.kind === 'any-self-eval' ? 'project-self-eval' : anchor.kind,
        top: row,
        anchors: new Map([[anchor.section, { row, col: entry.col }]]),
      });
    }
  }
  return opened.map((region, i) => ({
    kind: region.kind,
    top: region.top,
    bottom: i + 1 < opened.length ? opened[i + 1].top - 1 : index.rowCount - 1,
    anchors: region.anchors,
  }));
}
