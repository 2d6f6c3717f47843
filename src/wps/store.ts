// What selfeval keeps in the workbook (the highlight record, ignored findings, the last insert, the ribbon's last
// run): WPS has no workbook.settings. PluginStorage lives only in memory [DOC PluginStorage 对象], and whether
// CustomDocumentProperties survive a save in .et is unknown [notes §3.6]; a very hidden sheet (Visible = 2) is
// ordinary workbook content, saved in .xlsx and .et alike, and out of the clerk's way (not even in 取消隐藏).
//
// Layout: one row per key — column A the key, then the value in pieces of at most PIECE characters (a cell holds
// 32 767), each prefixed with "~" so WPS never takes a piece for a number or a formula. Reading the whole store is
// one Value2 call; writing a key is one Value2 call on its row.
import { areaToA1 } from '../engine/grid/a1';
import { XL, activeWorkbook, wpsApplication, type EtWorksheet } from './api';
import { rowsOf } from './shape';

export const STATE_SHEET = 'selfeval_state';
const PIECE = 30000;
const PREFIX = '~';

export class WorkbookStore {
  private sheet: EtWorksheet | null | undefined;
  private entries: Map<string, { row: number; width: number; value: string }> | undefined;

  /** The state sheet, or null when there is none yet. Item() throws for a missing sheet [notes §3.1]. */
  private find(): EtWorksheet | null {
    if (this.sheet !== undefined) return this.sheet;
    try {
      // Some builds may return nothing instead of throwing (code in the wild tests `if (!sheet)`): both mean none.
      this.sheet = activeWorkbook().Worksheets.Item(STATE_SHEET) ?? null;
    } catch {
      this.sheet = null;
    }
    return this.sheet;
  }

  private load(): Map<string, { row: number; width: number; value: string }> {
    if (this.entries) return this.entries;
    const entries = new Map<string, { row: number; width: number; value: string }>();
    const sheet = this.find();
    if (sheet) {
      const used = sheet.UsedRange;
      const rows = used.Rows.Count;
      const cols = used.Columns.Count;
      const top = used.Row - 1;
      const left = used.Column - 1;
      if (left === 0)
        rowsOf(used.Value2, rows, cols).forEach((line, r) => {
          const key = line[0];
          if (typeof key !== 'string' && typeof key !== 'object') return;
          if (key === null || String(key) === '') return;
          const pieces = line
            .slice(1)
            .map((piece) => (piece === null || piece === undefined ? '' : String(piece)));
          const value = pieces.map((piece) => (piece.startsWith(PREFIX) ? piece.slice(1) : piece)).join('');
          entries.set(String(key), { row: top + r, width: line.length, value });
        });
    }
    this.entries = entries;
    return entries;
  }

  get(key: string): string | null {
    return this.load().get(key)?.value ?? null;
  }

  /** Writes (or with null, removes) one key: one Value2 call on its row, after the sheet exists. */
  set(key: string, value: string | null): void {
    const entries = this.load();
    const existing = entries.get(key);
    if (value === null && !existing) return;
    const sheet = this.find() ?? this.create();
    const row = existing?.row ?? nextFreeRow(entries);
    const pieces: string[] = [];
    if (value !== null)
      for (let at = 0; at < value.length || at === 0; at += PIECE)
        pieces.push(PREFIX + value.slice(at, at + PIECE));
    const line: (string | null)[] = value === null ? [null] : [key, ...pieces];
    const width = Math.max(line.length, existing?.width ?? 0);
    while (line.length < width) line.push(null);
    sheet.Range(areaToA1({ top: row, left: 0, bottom: row, right: width - 1 })).Value2 = [line];
    if (value === null) entries.delete(key);
    else entries.set(key, { row, width, value });
  }

  /** Adds the very hidden state sheet after the last sheet, and gives the clerk's active sheet back (Add
   *  activates the new sheet [TYPES Worksheets.Add; VBA semantics]). */
  private create(): EtWorksheet {
    const application = wpsApplication();
    const workbook = activeWorkbook();
    const active = application.ActiveSheet;
    const worksheets = workbook.Worksheets;
    const sheet = worksheets.Add(undefined, worksheets.Item(worksheets.Count));
    sheet.Name = STATE_SHEET;
    sheet.Visible = XL.sheetVeryHidden;
    active?.Activate();
    this.sheet = sheet;
    return sheet;
  }
}

function nextFreeRow(entries: Map<string, { row: number }>): number {
  let row = 0;
  for (const entry of entries.values()) row = Math.max(row, entry.row + 1);
  return row;
}
