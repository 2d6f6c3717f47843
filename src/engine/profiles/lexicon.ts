/**
 * What recognisers ask: "is this label a 全年执行数 header?". A lexicon answers from the words of one or more
 * profiles plus the generic vocabulary, and notes every label it accepted so the table can afterwards be matched
 * to the profile whose own words explain it best.
 */
import { GENERIC_WORDS } from './generic';
import { SLOTS, type Slot, type TemplateProfile, type WordList } from './types';
import { compileWords, type WordTest } from './words';

export interface Hit {
  readonly slot: Slot;
  readonly core: string;
}

export class Lexicon {
  private readonly tests = new Map<Slot, WordTest>();
  /**
   * Answers by label, one per slot (0 not asked yet, 1 yes, 2 no): a sheet of many tables asks the same few
   * hundred questions thousands of times, and one lookup per label serves every slot asked of it.
   */
  private readonly answers = new Map<string, Uint8Array>();
  private hits: Hit[] | undefined;

  constructor(readonly profiles: readonly TemplateProfile[]) {}

  /** Whether `core` is a word of `slot`; recorded as evidence while a table is being read. */
  is(slot: Slot, core: string): boolean {
    const found = this.answer(this.answersFor(core), slot, core);
    if (found && this.hits) this.hits.push({ slot, core });
    return found;
  }

  /** The first of `slots` (in order) that `core` is a word of, recorded as `is` records it; else undefined. */
  firstOf(slots: readonly Slot[], core: string): Slot | undefined {
    const known = this.answersFor(core);
    for (const slot of slots) {
      if (!this.answer(known, slot, core)) continue;
      if (this.hits) this.hits.push({ slot, core });
      return slot;
    }
    return undefined;
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

  private answersFor(core: string): Uint8Array {
    let known = this.answers.get(core);
    if (!known) {
      known = new Uint8Array(SLOTS.length);
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      this.answers.set(core, known);
    }
    return known;
  }

  private answer(known: Uint8Array, slot: Slot, core: string): boolean {
    const at = SLOT_INDEX[slot];
    if (known[at] === 0) known[at] = this.testFor(slot)(core) ? 1 : 2;
    return known[at] === 1;
  }

  private testFor(slot: Slot): WordTest {
    let test = this.tests.get(slot);
    if (!test) {
      test = compileWords(unionOf(slot, this.profiles));
      this.tests.set(slot, test);
    }
    return test;
  }
}

const SLOT_INDEX = Object.fromEntries(SLOTS.map((slot, i) => [slot, i])) as Record<Slot, number>;

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
