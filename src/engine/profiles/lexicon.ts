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
  private hits: Hit[] | undefined;

  constructor(readonly profiles: readonly TemplateProfile[]) {}

  /** Whether `core` is a word of `slot`; recorded as evidence while a table is being read. */
  is(slot: Slot, core: string): boolean {
    let answers = this.answers.get(slot);
    if (!answers) {
      answers = new Map();
      this.answers.set(slot, answers);
    }
    let found = answers.get(core);
    if (found === undefined) {
      let test = this.tests.get(slot);
      if (!test) {
        test = compileWords(unionOf(slot, this.profiles));
        this.tests.set(slot, test);
      }
      found = test(core);
      if (answers.size < MAX_ANSWERS) answers.set(core, found);
    }
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
