// The worker thread that checks files for the pool (./pool.ts). The pool hands it the next file before the current
// one is done; they are checked strictly one after another, so only one file's cells are ever held and answers
// come back in the order asked.
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../../engine/rules/types';
import type { CopyOrder } from '../copy-plan';
import { checkFile, type FileOutcome } from './check-file';
import { tuneForShortTasks } from './v8-tuning';

export interface CheckRequest {
  readonly index: number;
  readonly file: string;
  readonly lang: Lang;
  readonly snapshots: boolean;
  readonly profile?: string;
  readonly copy?: CopyOrder;
}

export interface CheckResponse {
  readonly index: number;
  readonly outcome: FileOutcome;
}

export async function answer(request: CheckRequest): Promise<CheckResponse> {
  try {
    const outcome = await checkFile(request.file, {
      lang: request.lang,
      snapshots: request.snapshots,
      profile: request.profile,
      copy: request.copy,
    });
    return { index: request.index, outcome };
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return { index: request.index, outcome: { ok: false, failure: { reason: 'crashed', detail } } };
  }
}

// Already set by the loader when the worker starts from the bundle; this covers starts from the modules.
tuneForShortTasks();

let queue = Promise.resolve();
parentPort?.on('message', (request: CheckRequest) => {
  queue = queue.then(async () => parentPort?.postMessage(await answer(request)));
});
