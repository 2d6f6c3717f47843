import type { ChangeHandler, ChangeRegistration } from '../core';
import type { SimRequestContext } from '../context';

export class SimEventHandlerResult {
  constructor(
    readonly context: SimRequestContext,
    private readonly registration: ChangeRegistration,
  ) {}

  /** Queued like every other call; takes effect at the next sync. */
  remove(): void {
    this.context.enqueue(() => {
      this.context.host.registrations.delete(this.registration);
    });
  }
}

export class SimChangedEvent {
  constructor(
    private readonly context: SimRequestContext,
    private readonly sheetId: () => string | null,
  ) {}

  add(handler: ChangeHandler): SimEventHandlerResult {
    const registration: { sheetId: string | null; handler: ChangeHandler } = { sheetId: null, handler };
    this.context.enqueue(() => {
      registration.sheetId = this.sheetId();
      this.context.host.registrations.add(registration);
    });
    return new SimEventHandlerResult(this.context, registration);
  }
}
