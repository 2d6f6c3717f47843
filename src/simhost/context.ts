// RequestContext with Excel's batching: calls queue operations; nothing reaches the workbook, and nothing
// loaded can be read, until `sync()` runs the queue in order.
import type { ChangeSource, SimChange, SimChangedEventArgs, SimHostCore } from './core';
import { SimHostError } from './errors';
import { SimWorkbook } from './objects/workbook';

export interface QueuedOperation {
  readonly run: () => void;
  readonly writes: boolean;
}

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  /** Accepted and ignored: the sim host's objects stay valid across syncs. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedOperation[] = [];
  private changes: SimChange[] = [];
  private changeType: SimChangedEventArgs['changeType'] = 'RangeEdited';
  private responseCells = 0;

  constructor(readonly host: SimHostCore) {
    this.workbook = new SimWorkbook(this);
  }

  enqueue(run: () => void, writes = false): void {
    this.queue.push({ run, writes });
  }

  /** Counts a write operation about to run, and refuses it when a write failure names its ordinal. */
  private attemptWrite(): void {
    const ordinal = this.host.writesAttempted++;
    const armed = this.host.writeFailure;
    if (!armed || !armed.ordinals.has(ordinal - armed.base)) return;
    throw new SimHostError('GeneralException', armed.message ?? 'The host refused the request.');
  }

  /** Counts cell entries a running read returns; fails the sync past the host's response limit, as Excel on
   *  the web does with RequestPayloadSizeLimitExceeded. Called while the queue runs. */
  chargeResponse(cells: number): void {
    this.responseCells += cells;
    const limit = this.host.responseCellLimit;
    if (limit !== null && this.responseCells > limit)
      throw new SimHostError(
        'RequestPayloadSizeLimitExceeded',
        `The response would hold ${this.responseCells} cell entries; this host allows ${limit}.`,
      );
  }

  /** Queues a call that fails at sync when the configured ExcelApi version lacks it; true when supported. */
  requireSet(version: string, api: string): boolean {
    if (this.host.supports(version)) return true;
    this.enqueue(() => {
      throw new SimHostError(
        'ApiNotFound',
        `${api} needs ExcelApi ${version}; this host has ${this.host.apiVersion}.`,
      );
    });
    return false;
  }

  recordChange(
    change: Omit<SimChange, 'triggerSource'>,
    changeType?: SimChangedEventArgs['changeType'],
  ): void {
    const triggerSource: ChangeSource = 'ThisLocalAddin';
    this.changes.push({ ...change, triggerSource });
    if (changeType) this.changeType = changeType;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.responseCells = 0;
    const writes = queue.filter((op) => op.writes).length;
    this.host.syncLog.push({ operations: queue.length, writes });
    const failure = writes > 0 ? this.host.pendingFailure : null;
    if (failure) this.host.pendingFailure = null;
    const failAt = failure ? (failure.atOperation === 'last' ? queue.length - 1 : failure.atOperation) : -1;
    await Promise.resolve(); // a round trip: callers must not rely on synchronous completion
    try {
      // Like Excel, operations before a failing one have taken effect; the rest are dropped.
      queue.forEach((operation, index) => {
        if (index === failAt)
          throw new SimHostError('GeneralException', failure?.message ?? 'The host refused the request.');
        if (operation.writes) this.attemptWrite();
        operation.run();
      });
    } finally {
      const changes = this.changes;
      this.changes = [];
      this.host.dispatch(changes, this.changeType);
      this.changeType = 'RangeEdited';
    }
  }
}
