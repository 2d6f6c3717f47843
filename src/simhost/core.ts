// The host behind every simulated request context: the workbook state, the supported ExcelApi version,
// the sync counter and the change-event registry.
import type { CellArea } from '../engine/grid/types';
import type { SimWorkbookState } from './state';

export type ChangeSource = 'ThisLocalAddin' | 'Unknown';

export interface SimChange {
  readonly sheetId: string;
  readonly area: CellArea;
  readonly address: string; // local A1, e.g. "B3:C4"
  readonly triggerSource: ChangeSource;
}

export interface SimChangedEventArgs {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted';
  readonly source: 'Local';
  /** Present from ExcelApi 1.14 on, as in Excel. */
  readonly triggerSource?: ChangeSource;
}

export type ChangeHandler = (args: SimChangedEventArgs) => Promise<unknown> | unknown;

export interface ChangeRegistration {
  readonly sheetId: string | null; // null: every worksheet (WorksheetCollection.onChanged)
  readonly handler: ChangeHandler;
}

export interface SyncRecord {
  readonly operations: number;
  readonly writes: number;
}

/** Makes the next sync that writes fail at one of its operations, for all-or-nothing tests. */
export interface SyncFailure {
  /** 0-based index of the queued operation that fails, or 'last'. Earlier ones take effect, as in Excel. */
  readonly atOperation: number | 'last';
  readonly message?: string;
}

/** Fails write operations by their ordinal: the n-th write operation the host attempts from the moment the
 *  failure is armed (0-based, counted across syncs; operations dropped after an earlier failure in their batch
 *  are never attempted and not counted). The sync carrying it is rejected; the writes before it in that batch
 *  stay applied and the rest of the batch is dropped, as in Excel. */
export interface WriteFailure {
  readonly ordinals: ReadonlySet<number>;
  readonly base: number;
  readonly message?: string;
}

export class SimHostCore {
  readonly syncLog: SyncRecord[] = [];
  pendingFailure: SyncFailure | null = null;
  writeFailure: WriteFailure | null = null;
  /** Write operations attempted so far (applied or refused). */
  writesAttempted = 0;
  /** Excel on the web refuses a response over 5 MB; the sim host refuses a sync whose range reads return more
   *  than this many cell entries (every matrix property counts each cell once). Unset: no limit. */
  responseCellLimit: number | null = null;
  readonly registrations = new Set<ChangeRegistration>();
  private dispatching: Promise<void> = Promise.resolve();

  constructor(
    public state: SimWorkbookState,
    public apiVersion: string,
  ) {}

  get syncCount(): number {
    return this.syncLog.length;
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  /** Change events reach handlers after the sync that caused them returns, as in Excel. */
  dispatch(
    changes: readonly SimChange[],
    changeType: SimChangedEventArgs['changeType'] = 'RangeEdited',
  ): void {
    if (changes.length === 0 || !this.supports('1.7')) return;
    const withSource = this.supports('1.14');
    const batch = changes.flatMap((change) =>
      [...this.registrations]
        .filter((reg) => reg.sheetId === null || reg.sheetId === change.sheetId)
        .map((reg) => ({ reg, change })),
    );
    this.dispatching = this.dispatching.then(
      () =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            const runs = batch.map(({ reg, change }) => {
              const args: SimChangedEventArgs = {
                type: 'WorksheetChanged',
                worksheetId: change.sheetId,
                address: change.address,
                changeType,
                source: 'Local',
                ...(withSource ? { triggerSource: change.triggerSource } : {}),
              };
              return Promise.resolve()
                .then(() => reg.handler(args))
                .catch(() => undefined); // Excel swallows handler failures too
            });
            void Promise.all(runs).then(() => resolve());
          }, 0);
        }),
    );
  }

  /** Resolves once every change event raised so far has been handled. */
  settleEvents(): Promise<void> {
    return this.dispatching;
  }
}

export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor = 0] = a.split('.').map(Number);
  const [bMajor, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
