// The proxy side of the load/sync contract: properties are readable only after load() and sync().
import type { SimRequestContext } from './context';
import { propertyNotLoaded } from './errors';

/** What every proxy shares: properties readable only after a load and a sync. */
export abstract class SimClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: SimRequestContext,
    private readonly typeName: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Reads a loaded property; throws PropertyNotLoaded (as Excel does) when it was not loaded and synced. */
  protected loadedProperty<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedValues.get(name) as T;
  }

  protected storeLoaded(values: Record<string, unknown>, isNull: boolean): void {
    this.nullState = isNull;
    for (const [key, value] of Object.entries(values)) this.loadedValues.set(key, value);
  }

  /** Queues a snapshot of the named properties; an unknown name fails at sync like Excel's PropertyNotFound. */
  protected queueLoad(
    names: readonly string[],
    snapshot: (names: readonly string[]) => Record<string, unknown> | null,
  ): void {
    this.context.enqueue(() => this.applyLoad(names, snapshot));
  }

  /** Runs a load now; only for use inside an operation that is itself running at sync. */
  protected applyLoad(
    names: readonly string[],
    snapshot: (names: readonly string[]) => Record<string, unknown> | null,
  ): void {
    const values = snapshot(names);
    if (values === null) this.storeLoaded(Object.fromEntries(names.map((name) => [name, null])), true);
    else this.storeLoaded(values, false);
  }
}

export function propertyNames(spec: string | string[] | undefined, defaults: readonly string[]): string[] {
  if (spec === undefined) return [...defaults];
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}

/** A value computed at sync, like OfficeExtension.ClientResult. */
export class SimClientResult<T> {
  private result: { value: T } | undefined;

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) throw propertyNotLoaded('ClientResult', 'value');
    return this.result.value;
  }
}
