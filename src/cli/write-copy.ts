// Writes one output file without ever replacing an input: into a fresh temporary file beside the target,
// then renamed over it, after checking (again, at the last moment) that the target is not an input.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isAnInput } from './output-paths';

export class CopyWriteError extends Error {
  constructor(
    readonly code: 'is-an-input' | 'cannot-write',
    detail: string,
    /** The system error behind a 'cannot-write' (EACCES, ENOSPC …), for wording it in the run's language. */
    readonly systemError?: unknown,
  ) {
    super(detail);
    this.name = 'CopyWriteError';
  }
}

export interface InputIdentity {
  readonly ids: readonly { dev: number; ino: number }[];
  readonly realKeys: ReadonlySet<string>;
}

export async function identifyInputs(files: readonly string[]): Promise<InputIdentity> {
  const ids: { dev: number; ino: number }[] = [];
  const realKeys = new Set<string>();
  for (const file of files) {
    try {
      const stat = await fs.stat(file);
      ids.push({ dev: stat.dev, ino: stat.ino });
      realKeys.add(path.normalize(await fs.realpath(file)).toLowerCase());
    } catch {
      // A missing input cannot be overwritten.
    }
  }
  return { ids, realKeys };
}

export async function writeFileSafely(
  target: string,
  bytes: Uint8Array,
  inputs: InputIdentity,
): Promise<void> {
  if (await isAnInput(target, inputs.ids, inputs.realKeys)) throw new CopyWriteError('is-an-input', target);
  const dir = path.dirname(target);
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    if (await isAnInput(target, inputs.ids, inputs.realKeys)) throw new CopyWriteError('is-an-input', target);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof CopyWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CopyWriteError(
      'cannot-write',
      `${code ?? ''} ${error instanceof Error ? error.message : String(error)}`.trim(),
      error,
    );
  }
}
