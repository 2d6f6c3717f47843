// Worksheets by name within one operation: each looked up once (Item throws for a missing sheet [notes §3.1]),
// and the screen left alone while many cells change.
import { activeWorkbook, wpsApplication, type EtRange, type EtWorksheet } from './api';

export class SheetLookup {
  private readonly sheets = new Map<string, EtWorksheet | null>();

  get(name: string): EtWorksheet | null {
    if (this.sheets.has(name)) return this.sheets.get(name) ?? null;
    let sheet: EtWorksheet | null;
    try {
      sheet = activeWorkbook().Worksheets.Item(name) ?? null; // a missing sheet throws, or on some builds gives nothing
    } catch {
      sheet = null;
    }
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** The range of a cell on a sheet that must exist. */
  range(sheet: string, address: string): EtRange {
    const worksheet = this.get(sheet);
    if (!worksheet) throw new Error(`No sheet named ${sheet}`);
    return worksheet.Range(address);
  }
}

/** Runs bulk writes with ScreenUpdating off (restored even when a write fails). */
export function withScreenOff<T>(write: () => T): T {
  const application = wpsApplication();
  let previous = true;
  try {
    previous = application.ScreenUpdating !== false;
    application.ScreenUpdating = false;
  } catch {
    // A build without ScreenUpdating just redraws as it goes.
  }
  try {
    return write();
  } finally {
    try {
      application.ScreenUpdating = previous;
    } catch {
      // as above
    }
  }
}
