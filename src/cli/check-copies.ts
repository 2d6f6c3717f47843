// `check --out`, the worker's part: a file's annotated copy, planned by the main thread (./copy-plan.ts), built and
// written by the worker that checked the file (under its heap cap and time limit, and in parallel), so a copy that
// cannot be written is that file's failure and never the run's.
import type { Finding, Lang } from '../engine/rules/types';
import { annotatedCopy } from './annotated-copy';
import { COPY_MESSAGES, type CopyFailure } from './copy-messages';
import { errorDetail } from './error-text';
import { say } from './messages';
import { copyWriteFailure } from './copy-failure';
import type { CopyOrder } from './copy-plan';
import { writeFileSafely } from './write-copy';

export type CopyResult =
  | { readonly ok: true; readonly target: string }
  | { readonly ok: false; readonly reason: CopyFailure; readonly message: string };

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
