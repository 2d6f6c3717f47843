// An output format: outcomes in, text or bytes out (the way ESLint's formatters are one module each).
import type { Lang } from '../../engine/rules/types';
import type { FileOutcome } from '../report/outcome';

export type FormatId = 'table' | 'json' | 'html' | 'xlsx';

export interface FormatContext {
  readonly lang: Lang;
  /** The file the output is written to (`--report`), so links to annotated copies can be relative to it. */
  readonly reportPath?: string;
}

/**
 * A format written as the run goes: `next` is given each outcome in input order and returns the lines it can
 * write at once (or nothing), `end` the rest once every outcome is known. A long run then shows each file's
 * result when it is checked, and only the last file's part is left to write when checking ends.
 */
export interface FormatStream {
  next(outcome: FileOutcome): string | undefined;
  end(outcomes: readonly FileOutcome[]): string;
}

export interface Formatter {
  readonly id: FormatId;
  /** File endings `--report` picks this format by. */
  readonly extensions: readonly string[];
  /** Whether outcomes must carry table snapshots (the grid of each table). */
  readonly needsSnapshots?: boolean;
  /** Binary formats cannot go to a terminal: `--report FILE` only. */
  readonly binary?: boolean;
  format(outcomes: readonly FileOutcome[], context: FormatContext): string | Promise<Uint8Array>;
  /** Text formats that can be written part by part; their `format` is what the stream writes (./streamed.ts). */
  stream?(context: FormatContext): FormatStream;
}
