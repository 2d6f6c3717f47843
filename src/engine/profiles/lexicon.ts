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
  private hits: Hit[] | undefined;

  constructor(readonly profiles: readonly TemplateProfile[]) {}

  /** Whether `core` is a word of `slot`; recorded as evidence while a table is being read. */
  is(slot: Slot, core: string): boolean {
    let test = this.tests.get(slot);
    if (!test) {
      test = compileWords(unionOf(slot, this.profiles));
      this.tests.set(slot, test);
    }
    const found = test(core);
    if (found && this.hits) this.hits.push({ slot, core });
    return found;
  }

  /** A test bound to one slot, for code that takes predicates. */
  test(slot: Slot): (core: string) => boolean {
    return (core) => this.is(slot, core);
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
}

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
