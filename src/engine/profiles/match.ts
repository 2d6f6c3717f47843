/**
 * Which profile explains a table best: each label the recognisers accepted counts for every profile whose own
 * words name it (generic words count for none), and a table whose group weights follow one of a profile's weight
 * schemes counts twice for it. Ties go to the earlier profile in the list.
 */
import type { IndicatorGroup, RecognizedTable } from '../model/tables';
import type { Hit, Lexicon } from './lexicon';
import type { GroupKey, TemplateProfile, WeightScheme } from './types';

const SCHEME_EVIDENCE = 2;

export function matchProfile(
  hits: readonly Hit[],
  table: RecognizedTable,
  words: Lexicon,
): TemplateProfile | undefined {
  const profiles = words.profiles;
  let best: TemplateProfile | undefined;
  let bestScore = -1;
  const groups = table.kind === 'basic-data' ? [] : (table.indicators?.groups ?? []);
  // The lexicon hands each label over once and knows which profiles name it (worked out once per label, not per
  // table), so a score is a count: no sets of labels per table, no word lists tested again.
  // Plain indexed loops throughout: this runs once per table, and closures handed to some()/every() per hit (or an
  // iterator per for…of) made it one of the dearest functions in a warming worker, where it is never optimised.
  const scores = new Array<number>(profiles.length).fill(0);
  for (let h = 0; h < hits.length; h++) {
    const owners = words.ownersOf(hits[h]);
    for (let o = 0; o < owners.length; o++) scores[owners[o]]++;
  }
  for (let i = 0; i < profiles.length; i++) {
    const profile = profiles[i];
    let score = scores[i];
    if (followsAnyScheme(groups, profile.schemes)) score += SCHEME_EVIDENCE;
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best;
}

function followsAnyScheme(groups: readonly IndicatorGroup[], schemes: readonly WeightScheme[]): boolean {
  if (groups.length === 0) return false; // no scheme is empty (followsScheme), so none is followed
  let weights: (number | undefined)[] | undefined; // each group's weight, summed once for every scheme
  for (const scheme of schemes) {
    const wanted = wantedOf(scheme);
    if (groups.length !== wanted.length) continue;
    weights ??= groups.map(groupWeight);
    if (followsScheme(groups, weights, wanted)) return true;
  }
  return false;
}

/** A scheme's groups as [kind, weight] pairs, listed once per scheme rather than once per table and profile. */
const WANTED = new WeakMap<WeightScheme, readonly (readonly [GroupKey, number])[]>();

function wantedOf(scheme: WeightScheme): readonly (readonly [GroupKey, number])[] {
  let wanted = WANTED.get(scheme);
  if (!wanted) {
    wanted = Object.entries(scheme.groups) as [GroupKey, number][];
    WANTED.set(scheme, wanted);
  }
  return wanted;
}

/** The groups' stated weights (or, unstated, their 分值 sums) are exactly the scheme's, in any order. */
function followsScheme(
  groups: readonly IndicatorGroup[],
  weights: readonly (number | undefined)[],
  wanted: readonly (readonly [GroupKey, number])[],
): boolean {
  if (wanted.length === 0) return false;
  for (const [kind, weight] of wanted) if (!hasGroup(groups, weights, kind, weight)) return false;
  return true;
}

function hasGroup(
  groups: readonly IndicatorGroup[],
  weights: readonly (number | undefined)[],
  kind: GroupKey,
  weight: number,
): boolean {
  for (let i = 0; i < groups.length; i++) if (groups[i].kind === kind && weights[i] === weight) return true;
  return false;
}

function groupWeight(group: IndicatorGroup): number | undefined {
  if (group.statedWeight !== undefined) return group.statedWeight;
  let sum = 0;
  for (const row of group.rows) if (row.weight.figure.kind === 'number') sum += row.weight.figure.value;
  return Math.round(sum * 100) / 100;
}
