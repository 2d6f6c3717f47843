// Below ExcelApi 1.14 change events do not say who made them. We remember the cells we are about to write and
// treat the next change event on exactly those cells as ours.
import { parseA1Area } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';

interface PendingWrite {
  readonly sheet: string;
  readonly area: CellArea;
  readonly until: number;
}

export class OwnWrites {
  private pending: PendingWrite[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    /** Long enough for Excel on the web to deliver the event; short enough not to hide a clerk's next edit. */
    private readonly graceMs = 5000,
  ) {}

  expect(sheet: string, addresses: readonly string[]): void {
    const until = this.now() + this.graceMs;
    for (const address of addresses) {
      const area = parseA1Area(address);
      if (area) this.pending.push({ sheet, area, until });
    }
  }

  /** True (and forgotten) when a change event covers only cells we wrote. */
  claim(sheet: string, address: string): boolean {
    const now = this.now();
    this.pending = this.pending.filter((write) => write.until >= now);
    const changed = parseA1Area(address);
    if (!changed) return false;
    const index = this.pending.findIndex((write) => write.sheet === sheet && covers(write.area, changed));
    if (index < 0) return false;
    this.pending.splice(index, 1);
    return true;
  }
}

function covers(outer: CellArea, inner: CellArea): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}
