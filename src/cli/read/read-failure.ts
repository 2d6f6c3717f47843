// Why a file could not be read, as data; apart from the readers so the main thread can name a failure (a folder
// walk's missing file) without loading them.
import type { Grid } from '../../engine/grid/grid';
import type { FileKind } from './identify';
import type { RefusalCause } from './limits';

export type ReadFailure =
  | { readonly reason: 'missing' | 'not-a-file' | 'permission-denied' | 'encrypted' }
  | { readonly reason: 'too-large' | 'corrupt'; readonly cause: RefusalCause }
  | { readonly reason: 'wrong-type'; readonly kind: FileKind };

export type ReadResult =
  { readonly ok: true; readonly grids: Grid[] } | ({ readonly ok: false } & ReadFailure);

export function systemFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'missing' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permission-denied' };
  if (code === 'EISDIR') return { reason: 'not-a-file' };
  return code
    ? { reason: 'corrupt', cause: { kind: 'system-error', code } }
    : {
        reason: 'corrupt',
        cause: { kind: 'reader-error', message: String(error).split('\n')[0].slice(0, 120) },
      };
}
