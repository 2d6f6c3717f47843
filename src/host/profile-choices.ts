// The template profiles a person chose for some tables in the pane, kept in the workbook (workbook.settings) so
// the choice travels with the file: `{ sheet, row, col, profile }` per table, row and col its top-left cell
// (0-based; older choices without col hold for the whole row), as
// the engine takes them back (checkWorkbook options `profiles.byTable`; see src/engine/recognize/profile-choice).
import type { TableProfileChoice } from '../engine/recognize/profile-choice';

export const PROFILE_CHOICES_SETTING = 'selfeval.profiles';

/** The stored choices; anything malformed is dropped (the table then falls back to matching). */
export function parseProfileChoices(stored: unknown): TableProfileChoice[] {
  try {
    const value: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry): entry is TableProfileChoice =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as TableProfileChoice).sheet === 'string' &&
        Number.isInteger((entry as TableProfileChoice).row) &&
        ((entry as TableProfileChoice).col === undefined ||
          Number.isInteger((entry as TableProfileChoice).col)) &&
        typeof (entry as TableProfileChoice).profile === 'string',
    );
  } catch {
    return [];
  }
}

/** The choices with the one for the table at (sheet, row, col) replaced, or removed when `profile` is null (back
 *  to matching). A choice stored without a column for that row is dropped too: it would still hold for this table. */
export function withProfileChoice(
  choices: readonly TableProfileChoice[],
  sheet: string,
  row: number,
  col: number,
  profile: string | null,
): TableProfileChoice[] {
  const others = choices.filter(
    (choice) =>
      choice.sheet !== sheet || choice.row !== row || (choice.col !== undefined && choice.col !== col),
  );
  return profile === null ? others : [...others, { sheet, row, col, profile }];
}
