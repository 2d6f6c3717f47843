// `selfeval check`'s reading side: inputs (folders walked by ./inputs) checked in the worker pool, each outcome
// handed on in input order, so output reads the same whatever the number of jobs.
import type { Lang } from '../../engine/rules/types';
import type { CopyOrder } from '../copy-plan';
import type { FileOutcome } from './check-file';
import type { Input } from './inputs';
import { checkInPool } from './pool';
import { Progress } from './progress';

export interface BatchOptions {
  readonly jobs: number;
  readonly lang: Lang;
  readonly snapshots?: boolean;
  /** A template profile for every table (`--profile`). */
  readonly profile?: string;
  /** Writes a progress line (to a terminal's stderr); undefined when there is no terminal. */
  readonly progress?: (text: string) => void;
  /** Where the worker writes an input's annotated copy, if anywhere (`--out`). */
  readonly copyOrder?: (input: Input) => CopyOrder | undefined;
}

/** Calls `handle` once per input (inputs from ./inputs' collectInputs), in input order. */
export async function checkBatch(
  inputs: readonly Input[],
  options: BatchOptions,
  handle: (input: Input, outcome: FileOutcome) => Promise<void> | void,
): Promise<void> {
  const progress = new Progress(inputs.length, options.lang, options.progress);
  const ready = new Map<number, FileOutcome>();
  let handled = 0;
  let chain = Promise.resolve();
  await checkInPool(
    inputs.map((input) => input.path),
    {
      jobs: options.jobs,
      lang: options.lang,
      snapshots: options.snapshots,
      profile: options.profile,
      copyOrders: options.copyOrder ? inputs.map(options.copyOrder) : undefined,
      onOutcome: (index, outcome) => {
        progress.step(inputs[index].path, outcome.ok);
        ready.set(index, outcome);
        // Hand outcomes on in input order, one at a time (handlers may write files).
        chain = chain.then(async () => {
          while (ready.has(handled)) {
            const next = ready.get(handled)!;
            ready.delete(handled);
            const input = inputs[handled++];
            progress.end();
            await handle(input, next);
          }
        });
      },
    },
  );
  await chain;
  progress.end();
}
