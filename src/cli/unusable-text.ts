// A workbook the fix / insert / diff commands cannot open, in the run's language: a corrupt file's cause worded
// as the check command words it (read-messages.ts), so no reader library's English reaches a zh line.
import type { Lang } from '../engine/rules/types';
import { MESSAGES, say } from './messages';
import type { OpenResult } from './open-input';
import { describeCause } from './read/read-messages';

export function unusableText(lang: Lang, file: string, opened: Extract<OpenResult, { ok: false }>): string {
  const detail = opened.cause ? describeCause(opened.cause, lang) : opened.detail;
  return say(MESSAGES[lang].unusable[opened.reason], { file, detail });
}
