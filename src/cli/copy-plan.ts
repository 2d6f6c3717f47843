// `check --out`, the main thread's part: every input's copy planned up front (output-paths.ts), each handed to the
// worker that checks the file as an order (./check-copies.ts writes it there). Apart from check-copies so the main
// thread never loads the zip editor.
import type { Lang } from '../engine/rules/types';
import type { CopyResult } from './check-copies';
import { COPY_MESSAGES } from './copy-messages';
import { say } from './messages';
import { type OutputInput, planOutputPaths } from './output-paths';
import { identifyInputs, type InputIdentity } from './write-copy';

/** What a worker needs to write one file's copy: plain data, so it crosses the worker boundary. */
export interface CopyOrder {
  readonly target: string;
  readonly inputs: InputIdentity;
}

/** Each input's copy as planned: an order for its worker, or why no copy will be written. */
export type PlannedCopy =
  { readonly ok: true; readonly order: CopyOrder } | Extract<CopyResult, { ok: false }>;

export async function planCopies(
  inputs: readonly OutputInput[],
  outDir: string,
): Promise<(file: string, lang: Lang) => PlannedCopy> {
  const targets = await planOutputPaths(inputs, outDir);
  const identity = await identifyInputs(inputs.map((input) => input.path));
  return (file, lang) => {
    const m = COPY_MESSAGES[lang];
    const planned = targets.get(file);
    if (!planned)
      return { ok: false, reason: 'cannot-write', message: say(m['cannot-write'], { file, detail: outDir }) };
    if (!planned.ok)
      return {
        ok: false,
        reason: planned.reason,
        message: say(m[planned.reason], { file, detail: planned.detail }),
      };
    return { ok: true, order: { target: planned.target, inputs: identity } };
  };
}
