// The sample workbooks (built from the seeds' real figures) as simulated WPS 表格 workbooks: the same JSON the
// Excel host's tests load, with notes as comments.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { bookFromExcelSim, type WpsBookState } from '../../src/simwps';

export const SEED_FILES = [
  'seed-000.xlsx',
  'seed-002.xlsx',
  'seed-003.xlsx',
  'seed-004.xlsx',
  'variant-seed-003-stacked-offset.xlsx',
  'variant-seed-004-text-figures.xlsx',
]
  .map((name) => join(__dirname, '../../samples', name))
  .filter((file) => existsSync(file));

export async function wpsBookFromXlsx(file: string): Promise<WpsBookState> {
  return bookFromExcelSim(await simStateFromXlsx(file));
}

/** The clerk's sheets as JSON (our state sheet left out), for "exactly as before" comparisons. */
export function userSheetsJson(state: WpsBookState): string {
  return JSON.stringify(state.sheets.filter((sheet) => sheet.name !== 'selfeval_state'));
}
