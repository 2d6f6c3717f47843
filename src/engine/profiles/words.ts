/** Compiled word lists: a core matches a list when it equals, starts with (`x*`) or contains (`*x*`) a word. */
import type { ProfileWords, Slot, WordList } from './types';

export type WordTest = (core: string) => boolean;

const COMPILED = new WeakMap<WordList, WordTest>();

export function compileWords(words: WordList): WordTest {
  let test = COMPILED.get(words);
  if (test) return test;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const infixes: string[] = [];
  for (const word of words) {
    if (word.startsWith('*') && word.endsWith('*') && word.length > 2) infixes.push(word.slice(1, -1));
    else if (word.endsWith('*') && word.length > 1) prefixes.push(word.slice(0, -1));
    else exact.add(word);
  }
  test = (core) => exact.has(core) || startsWithAny(core, prefixes) || includesAny(core, infixes);
  COMPILED.set(words, test);
  return test;
}

// Plain loops rather than some() with a closure: these run for every label asked about, and the smaller
// code is quicker for V8 to optimise in a worker that checks only a hundred files.
function startsWithAny(core: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (core.startsWith(prefixes[i])) return true;
  return false;
}

function includesAny(core: string, infixes: readonly string[]): boolean {
  for (let i = 0; i < infixes.length; i++) if (core.includes(infixes[i])) return true;
  return false;
}

/** One profile's words built on another's: every slot's lists joined (a province that extends the national). */
export function extendWords(base: ProfileWords, extra: ProfileWords): ProfileWords {
  const merged: Partial<Record<Slot, WordList>> = { ...base };
  for (const [slot, words] of Object.entries(extra) as [Slot, WordList][])
    merged[slot] = [...new Set([...(base[slot] ?? []), ...words])];
  return merged;
}
