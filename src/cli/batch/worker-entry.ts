// The worker thread that checks files one after another for the pool (./pool.ts).
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../../engine/rules/types';
import { checkFile } from './check-file';

export interface CheckRequest {
  readonly index: number;
  readonly file: string;
  readonly lang: Lang;
  readonly snapshots: boolean;
  readonly profile?: string;
}

parentPort?.on('message', (request: CheckRequest) => {
  checkFile(request.file, {
    lang: request.lang,
    snapshots: request.snapshots,
    profile: request.profile,
  }).then(
    (outcome) => parentPort?.postMessage({ index: request.index, outcome }),
    (error: unknown) =>
      parentPort?.postMessage({
        index: request.index,
        outcome: {
          ok: false,
          failure: { reason: 'crashed', detail: error instanceof Error ? error.message : String(error) },
        },
      }),
  );
});
