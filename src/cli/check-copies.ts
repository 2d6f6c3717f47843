// `check --out`: every input's annotated copy, planned for the whole run up front (output-paths.ts) by the main
// thread, then built and written by the worker that checked the file (under its heap cap and time limit, and in
// parallel), so a copy that cannot be written is that file's failure and never the run's.
import type { Finding, Lang } from '../engine/rules/types';
import { annotatedCopy } from './annotated-copy';
import { COPY_MESSAGES, type CopyFailure } from './copy-messages';
import { say } from './messages';
import { type OutputInput, planOutputPaths } from './output-paths';
import { CopyWriteError, identifyInputs, type InputIdentity, writeFileSafely } from './write-copy';

export type CopyResult =
  | { readonly ok: true; readonly target: string }
  | { readonly ok: false; readonly reason: CopyFailure; readonly message: string };

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

/** Builds and writes one annotated copy; every failure is returned, none thrown. */
export async function writeCopy(
  file: string,
  findings: readonly Finding[],
  lang: Lang,
  order: CopyOrder,
): Promise<CopyResult> {
  const m = COPY_MESSAGES[lang];
  let bytes: Buffer;
  try {
    bytes = await annotatedCopy(file, findings, lang);
  } catch (error) {
    return {
      ok: false,
      reason: 'cannot-edit',
      message: say(m['cannot-edit'], { file, detail: firstLine(error) }),
    };
  }
  try {
    await writeFileSafely(order.target, bytes, order.inputs);
  } catch (error) {
    const reason: CopyFailure = error instanceof CopyWriteError ? error.code : 'cannot-write';
    return { ok: false, reason, message: say(m[reason], { file, detail: firstLine(error) }) };
  }
  return { ok: true, target: order.target };
}

export function crashMessage(file: string, error: unknown, lang: Lang): string {
  return say(COPY_MESSAGES[lang].crashed, { file, detail: firstLine(error) });
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 200);
}
