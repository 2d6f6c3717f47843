/**
 * Which profile explains a table best: each label the recognisers accepted counts for every profile whose own
 * words name it (generic words count for none), and a table whose group weights follow one of a profile's weight
 * schemes counts twice for it. Ties go to the earlier profile in the list.
 */
import type { IndicatorGroup, RecognizedTable } from '../model/tables';
import type { Hit } from './lexicon';
import type { GroupKey, Slot, TemplateProfile, WeightScheme, WordList } from './types';
import { compileWords } from './words';

const SCHEME_EVIDENCE = 2;

export function matchProfile(
  hits: readonly Hit[],
  table: RecognizedTable,
  profiles: readonly TemplateProfile[],
): TemplateProfile | undefined {
  let best: TemplateProfile | undefined;
  let bestScore = -1;
  const groups = table.kind === 'basic-data' ? [] : (table.indicators?.groups ?? []);
  const distinct = coresBySlot(hits);
  // Plain loops throughout, each word list compiled once per slot: this runs once per table, and closures handed
  // to some()/every() per hit made it one of the dearest functions for V8 to optimise in a warming worker.
  for (const profile of profiles) {
    let score = 0;
    for (const [slot, cores] of distinct) score += countWords(cores, profile.words[slot]);
    if (followsAnyScheme(groups, profile.schemes)) score += SCHEME_EVIDENCE;
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best;
}

/** Each distinct label accepted, by slot. */
function coresBySlot(hits: readonly Hit[]): Map<Slot, Set<string>> {
  const bySlot = new Map<Slot, Set<string>>();
  for (const hit of hits) {
    const cores = bySlot.get(hit.slot);
    if (cores) cores.add(hit.core);
    else bySlot.set(hit.slot, new Set([hit.core]));
  }
  return bySlot;
}

/** How many of `cores` the word list names. */
function countWords(cores: ReadonlySet<string>, words: WordList | undefined): number {
  if (words === undefined || words.length === 0) return 0;
  const test = compileWords(words);
  let count = 0;
  for (const core of cores) if (test(core)) count++;
  return count;
}

function followsAnyScheme(groups: readonly IndicatorGroup[], schemes: readonly WeightScheme[]): boolean {
  for (const scheme of schemes) if (followsScheme(groups, scheme)) return true;
  return false;
}

/** The groups' stated weights (or, unstated, their 分值 sums) are exactly the scheme's, in any order. */
function followsScheme(groups: readonly IndicatorGroup[], scheme: WeightScheme): boolean {
  const wanted = Object.entries(scheme.groups) as [GroupKey, number][];
  if (wanted.length === 0 || groups.length !== wanted.length) return false;
  for (const [kind, weight] of wanted) if (!hasGroup(groups, kind, weight)) return false;
  return true;
}

function hasGroup(groups: readonly IndicatorGroup[], kind: GroupKey, weight: number): boolean {
  for (const group of groups) if (group.kind === kind && groupWeight(group) === weight) return true;
  return false;
}

function groupWeight(group: IndicatorGroup): number | undefined {
  if (group.statedWeight !== undefined) return group.statedWeight;
  let sum = 0;
  for (const row of group.rows) if (row.weight.figure.kind === 'number') sum += row.weight.figure.value;
  return Math.round(sum * 100) / 100;
}
