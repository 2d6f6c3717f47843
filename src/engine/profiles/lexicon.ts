/**
 * What recognisers ask: "is this label a 全年执行数 header?". A lexicon answers from the words of one or more
 * profiles plus the generic vocabulary, and notes every label it accepted so the table can afterwards be matched
 * to the profile whose own words explain it best.
 */
import { GENERIC_WORDS } from './generic';
import type { Slot, TemplateProfile, WordList } from './types';
import { compileWords, type WordTest } from './words';

/**
 * One answer of the lexicon: whether `core` is a word of `slot`. Answers are kept (by slot and label) and handed
 * out as the table's evidence, so recording a label allocates nothing and the profiles that name it are worked
 * out once per label rather than once per table.
 */
export interface Hit {
  readonly slot: Slot;
  readonly core: string;
}

class Answer implements Hit {
  /** Indexes into the lexicon's profiles of those whose own words name the label; worked out when first asked. */
  private ownerList: readonly number[] | undefined;
  /** The recording in which this answer was last taken as evidence: each label counts once per table. */
  recorded = 0;

  constructor(
    readonly slot: Slot,
    readonly core: string,
    readonly found: boolean,
    /** Whether the lexicon keeps this answer (its cache is bounded); a kept one is the only one for its label. */
    readonly kept: boolean,
  ) {}

  owners(profiles: readonly TemplateProfile[]): readonly number[] {
    if (this.ownerList) return this.ownerList;
    const owners: number[] = [];
    for (let i = 0; i < profiles.length; i++) {
      const words = profiles[i].words[this.slot];
      if (words !== undefined && words.length > 0 && compileWords(words)(this.core)) owners.push(i);
    }
    return (this.ownerList = owners);
  }
}

export class Lexicon {
  private readonly tests = new Map<Slot, WordTest>();
  /** Answers by slot and label: a sheet of many tables asks the same few hundred questions thousands of times. */
  private readonly answers = new Map<Slot, Map<string, Answer>>();
  /** firstOf's answers by slot list and label: the first slot's answer; null: none of the slots. */
  private readonly firsts = new Map<readonly Slot[], Map<string, Answer | null>>();
  private hits: Answer[] | undefined;
  /** Counts recordings, so an answer knows whether it is already evidence for the table being read. */
  private recording = 0;

  constructor(readonly profiles: readonly TemplateProfile[]) {}

  /** Whether `core` is a word of `slot`; recorded as evidence while a table is being read. */
  is(slot: Slot, core: string): boolean {
    // Kept small, with the first answer worked out elsewhere: recognisers call this from many places, and V8
    // copies it into each of them when it optimises them.
    const answer = this.answers.get(slot)?.get(core) ?? this.learn(slot, core);
    if (answer.found && this.hits) this.note(answer);
    return answer.found;
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
        const answer = this.answers.get(slot)?.get(core) ?? this.learn(slot, core);
        if (!answer.found) continue;
        first = answer;
        break;
      }
      if (known.size < MAX_ANSWERS) known.set(core, first);
    }
    if (first === null) return undefined;
    if (this.hits) this.note(first);
    return first.slot;
  }

  /** Starts recording the labels accepted, for one table. */
  record(): void {
    this.hits = [];
    this.recording++;
  }

  /**
   * The labels accepted since `record()`, each once, and stops recording. Every hit's `owners` (see
   * `ownersOf`) index this lexicon's `profiles`.
   */
  take(): readonly Hit[] {
    const hits = this.hits ?? [];
    this.hits = undefined;
    return hits;
  }

  /** Indexes into `profiles` of the profiles whose own words name a hit this lexicon recorded. */
  ownersOf(hit: Hit): readonly number[] {
    return isAnswer(hit) ? hit.owners(this.profiles) : ownersIn(this.profiles, hit);
  }

  /** Takes an accepted answer as evidence, once per table. */
  private note(answer: Answer): void {
    if (answer.recorded === this.recording) return;
    const hits = this.hits as Answer[];
    // An answer the full cache did not keep is made afresh each time: look for an earlier one of its label.
    if (!answer.kept && hits.some((hit) => hit.slot === answer.slot && hit.core === answer.core)) return;
    answer.recorded = this.recording;
    hits.push(answer);
  }

  private learn(slot: Slot, core: string): Answer {
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
    const kept = answers.size < MAX_ANSWERS;
    const answer = new Answer(slot, core, test(core), kept);
    if (kept) answers.set(core, answer);
    return answer;
  }
}

/** Whether a hit is one of the lexicon's own answers (a property test: cheaper than instanceof unoptimised). */
function isAnswer(hit: Hit): hit is Answer {
  return (hit as Partial<Answer>).recorded !== undefined;
}

/** The same for a hit made elsewhere. */
function ownersIn(profiles: readonly TemplateProfile[], hit: Hit): readonly number[] {
  return new Answer(hit.slot, hit.core, true, false).owners(profiles);
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
