// Why writing an output (copy, template, fixed workbook) failed, worded in the run's language.
import type { Lang } from '../engine/rules/types';
import { COPY_MESSAGES, type CopyFailure } from './copy-messages';
import { errorDetail } from './error-text';
import { say } from './messages';
import { CopyWriteError } from './write-copy';

/** Why writing an output failed, in `lang`: an input in the way (named), or the system's reason in words. */
export function copyWriteFailure(
  file: string,
  error: unknown,
  lang: Lang,
): { reason: CopyFailure; message: string } {
  const m = COPY_MESSAGES[lang];
  if (error instanceof CopyWriteError && error.code === 'is-an-input')
    return { reason: 'is-an-input', message: say(m['is-an-input'], { file, detail: error.message }) };
  const cause = error instanceof CopyWriteError ? error.systemError : error;
  return {
    reason: 'cannot-write',
    message: say(m['cannot-write'], { file, detail: errorDetail(cause, lang) }),
  };
}
