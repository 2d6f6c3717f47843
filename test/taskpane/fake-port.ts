// An in-memory WorkbookPort: one sheet of values, a record of every call, and settings that persist like workbook.settings.
import { parseA1 } from '../../src/engine/grid/a1';
import { Grid, cellOf } from '../../src/engine/grid/grid';
import type { Finding } from '../../src/engine/rules/types';
import type { TableProfileChoice } from '../../src/engine/recognize/profile-choice';
import type {
  CellFix,
  HostCapabilities,
  ReadScope,
  WorkbookPort,
  WorkbookSnapshot,
} from '../../src/host/port';

export class FakePort implements WorkbookPort {
  readonly cells = new Map<string, number | string>();
  readonly highlighted: Finding[][] = [];
  readonly applied: CellFix[][] = [];
  readonly selected: string[] = [];
  readonly reads: ReadScope[] = [];
  ignored: string[] = [];
  profileChoices: TableProfileChoice[] = [];
  profileLoads = 0;
  clears = 0;
  failNextRead: Error | null = null;
  private editListener: ((sheet: string) => void) | null = null;

  constructor(
    readonly sheet: string,
    values: Record<string, number | string>,
  ) {
    for (const [cell, value] of Object.entries(values)) this.cells.set(cell, value);
  }

  capabilities(): HostCapabilities {
    return { notes: false, comments: true, mergedAreas: false, changeEvents: true };
  }

  async read(scope: ReadScope): Promise<WorkbookSnapshot> {
    this.reads.push(scope);
    if (this.failNextRead) {
      const error = this.failNextRead;
      this.failNextRead = null;
      throw error;
    }
    const grid = new Grid(this.sheet);
    for (const [cell, value] of this.cells) {
      const at = parseA1(cell);
      if (at) grid.setCell(at.row, at.col, cellOf(value));
    }
    return { grids: [grid], activeSheet: this.sheet };
  }

  async highlight(findings: readonly Finding[]): Promise<void> {
    this.highlighted.push([...findings]);
  }

  async clearHighlights(): Promise<number> {
    this.clears += 1;
    return this.highlighted.at(-1)?.length ?? 0;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
  }

  async applyFixes(fixes: readonly CellFix[]): Promise<void> {
    this.applied.push([...fixes]);
    for (const fix of fixes) this.cells.set(fix.cell, fix.value);
  }

  async loadIgnored(): Promise<readonly string[]> {
    return this.ignored;
  }

  async saveIgnored(keys: readonly string[]): Promise<void> {
    this.ignored = [...keys];
  }

  async loadProfileChoices(): Promise<readonly TableProfileChoice[]> {
    this.profileLoads += 1;
    return this.profileChoices;
  }

  async saveProfileChoices(choices: readonly TableProfileChoice[]): Promise<void> {
    this.profileChoices = [...choices];
  }

  async onUserEdit(callback: (sheet: string) => void): Promise<() => Promise<void>> {
    this.editListener = callback;
    return async () => {
      this.editListener = null;
    };
  }

  /** What Excel does when the clerk types into a cell. */
  userEdits(cell: string, value: number | string): void {
    this.cells.set(cell, value);
    this.editListener?.(this.sheet);
  }

  get listening(): boolean {
    return this.editListener !== null;
  }
}
