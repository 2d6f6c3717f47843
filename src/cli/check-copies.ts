// `check --out`: every input's annotated copy, planned for the whole run up front (output-paths.ts) and each
// written on its own, so a copy that cannot be written is that file's failure and never the run's.
import type { Finding, Lang } from '../engine/rules/types';
import { annotatedCopy } from './annotated-copy';
import { COPY_MESSAGES, type CopyFailure } from './copy-messages';
import { say } from './messages';
import { type OutputInput, planOutputPaths } from './output-paths';
import { CopyWriteError, identifyInputs, writeFileSafely } from './write-copy';

export type CopyResult =
  | { readonly ok: true; readonly target: string }
  | { readonly ok: false; readonly reason: CopyFailure; readonly message: string };

export interface CopyWriter {
  write(file: string, findings: readonly Finding[], lang: Lang): Promise<CopyResult>;
}

export async function writeCopies(inputs: readonly OutputInput[], outDir: string): Promise<CopyWriter> {
  const targets = await planOutputPaths(inputs, outDir);
  const identity = await identifyInputs(inputs.map((input) => input.path));
  return {
    async write(file, findings, lang) {
      const m = COPY_MESSAGES[lang];
      const planned = targets.get(file);
      if (!planned)
        return {
          ok: false,
          reason: 'cannot-write',
          message: say(m['cannot-write'], { file, detail: outDir }),
        };
      if (!planned.ok)
        return {
          ok: false,
          reason: planned.reason,
          message: say(m[planned.reason], { file, detail: planned.detail }),
        };
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
        await writeFileSafely(planned.target, bytes, identity);
      } catch (error) {
        const reason: CopyFailure = error instanceof CopyWriteError ? error.code : 'cannot-write';
        return { ok: false, reason, message: say(m[reason], { file, detail: firstLine(error) }) };
      }
      return { ok: true, target: planned.target };
    },
  };
}

export function crashMessage(file: string, error: unknown, lang: Lang): string {
  return say(COPY_MESSAGES[lang].crashed, { file, detail: firstLine(error) });
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 200);
}
