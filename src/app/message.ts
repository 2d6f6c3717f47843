// What a session reports for a front end to word: a key of the front end's message catalogue with its data, or
// text the engine already gives in both languages (plan notes, plan errors). Sessions never word text themselves.
import type { Lang } from '../engine/rules/types';

export type AppMessage<Key extends string> =
  | { readonly key: Key; readonly data?: Readonly<Record<string, string | number>> }
  | { readonly text: Readonly<Record<Lang, string>> };
