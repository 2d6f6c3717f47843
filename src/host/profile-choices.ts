// The template profiles a person chose for some tables in the pane, kept in the workbook (workbook.settings) so
// the choice travels with the file: `{ sheet, row, profile }` per table, row the table's first row (0-based), as
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
        typeof (entry as TableProfileChoice).profile === 'string',
    );
  } catch {
    return [];
  }
}

/** The choices with the one for (sheet, row) replaced, or removed when `profile` is null (back to matching). */
export function withProfileChoice(
  choices: readonly TableProfileChoice[],
  sheet: string,
  row: number,
  profile: string | null,
): TableProfileChoice[] {
  const others = choices.filter((choice) => choice.sheet !== sheet || choice.row !== row);
  return profile === null ? others : [...others, { sheet, row, profile }];
}
