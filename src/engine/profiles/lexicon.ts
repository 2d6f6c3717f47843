/**
 * What recognisers ask: "is this label a 全年执行数 header?". A lexicon answers from the words of one or more
 * profiles plus the generic vocabulary, and notes every label it accepted so the table can afterwards be matched
 * to the profile whose own words explain it best.
 */
import { GENERIC_WORDS } from './generic';
import type { Slot, TemplateProfile, WordList } from './types';
import { compileWords, type WordTest } from './words';

export interface Hit {
  readonly slot: Slot;
  readonly core: string;
}

export class Lexicon {
  private readonly tests = new Map<Slot, WordTest>();
  /** Answers by slot and label: a sheet of many tables asks the same few hundred questions thousands of times. */
  private readonly answers = new Map<Slot, Map<string, boolean>>();
  /** firstOf's answers by slot list and label; null: none of the slots. */
  private readonly firsts = new Map<readonly Slot[], Map<string, Slot | null>>();
  private hits: Hit[] | undefined;

  constructor(readonly profiles: readonly TemplateProfile[]) {}

  /** Whether `core` is a word of `slot`; recorded as evidence while a table is being read. */
  is(slot: Slot, core: string): boolean {
    // Kept small, with the first answer worked out elsewhere: recognisers call this from many places, and V8
    // copies it into each of them when it optimises them.
    const found = this.answers.get(slot)?.get(core) ?? this.learn(slot, core);
    if (found && this.hits) this.hits.push({ slot, core });
    return found;
  }

  /**
   * The first of `slots` (in order) that `core` is a word of, recorded as `is` records it; else undefined.
   * Answered once per list and label: the anchor list (eight slots) is asked of the first label of every row.
   */
  firstOf(slots: readonly Slot[], core: string): Slot | undefined {
    let known = this.firsts.get(slots);
    if (!known) {
      known = new Map();
      this.firsts.set(slots, known);
    }
    let first = known.get(core);
    if (first === undefined) {
      first = null;
      for (const slot of slots) {
        if (!(this.answers.get(slot)?.get(core) ?? this.learn(slot, core))) continue;
        first = slot;
        break;
      }
      if (known.size < MAX_ANSWERS) known.set(core, first);
    }
    if (first === null) return undefined;
    if (this.hits) this.hits.push({ slot: first, core });
    return first;
  }

  /** Starts recording the labels accepted, for one table. */
  record(): void {
    this.hits = [];
  }

  /** The labels accepted since `record()`, and stops recording. */
  take(): readonly Hit[] {
    const hits = this.hits ?? [];
    this.hits = undefined;
    return hits;
  }

  private learn(slot: Slot, core: string): boolean {
    let answers = this.answers.get(slot);
    if (!answers) {
      answers = new Map();
      this.answers.set(slot, answers);
    }
    let test = this.tests.get(slot);
    if (!test) {
      test = compileWords(unionOf(slot, this.profiles));
      this.tests.set(slot, test);
    }
    const found = test(core);
    if (answers.size < MAX_ANSWERS) answers.set(core, found);
    return found;
  }
}

const MAX_ANSWERS = 20000;

const UNIONS = new WeakMap<readonly TemplateProfile[], Map<Slot, WordList>>();

function unionOf(slot: Slot, profiles: readonly TemplateProfile[]): WordList {
  let bySlot = UNIONS.get(profiles);
  if (!bySlot) {
    bySlot = new Map();
    UNIONS.set(profiles, bySlot);
  }
  let words = bySlot.get(slot);
  if (!words) {
    words = [...new Set([...(GENERIC_WORDS[slot] ?? []), ...profiles.flatMap((p) => p.words[slot] ?? [])])];
    bySlot.set(slot, words);
  }
  return words;
}
