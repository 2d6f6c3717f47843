// `check --out`: every input's annotated copy, planned for the whole run up front (output-paths.ts) by the main
// thread, then built and written by the worker that checked the file (under its heap cap and time limit, and in
// parallel), so a copy that cannot be written is that file's failure and never the run's.
import type { Finding, Lang } from '../engine/rules/types';
import { annotatedCopy } from './annotated-copy';
import { COPY_MESSAGES, type CopyFailure } from './copy-messages';
import { errorDetail } from './error-text';
import { say } from './messages';
import { type OutputInput, planOutputPaths } from './output-paths';
import { copyWriteFailure } from './copy-failure';
import { identifyInputs, type InputIdentity, writeFileSafely } from './write-copy';

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
  let bytes: Buffer;
  try {
    bytes = await annotatedCopy(file, findings, lang);
  } catch (error) {
    const detail = errorDetail(error, lang);
    return {
      ok: false,
      reason: 'cannot-edit',
      message: say(COPY_MESSAGES[lang]['cannot-edit'], { file, detail }),
    };
  }
  try {
    await writeFileSafely(order.target, bytes, order.inputs);
  } catch (error) {
    return { ok: false, ...copyWriteFailure(file, error, lang) };
  }
  return { ok: true, target: order.target };
}

export function crashMessage(file: string, error: unknown, lang: Lang): string {
  return say(COPY_MESSAGES[lang].crashed, { file, detail: errorDetail(error, lang) });
}
