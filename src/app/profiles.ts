// The template profiles as the pane offers them: id and name in the pane's language, and which one reads a table.
import { PROFILES, profileById } from '../engine/profiles';
import type { TableSummary } from '../engine/check';
import { parseA1Area } from '../engine/grid/a1';
import { choiceAt, type TableProfileChoice } from '../engine/recognize/profile-choice';
import type { Lang } from '../engine/rules/types';

export interface ProfileOption {
  readonly id: string;
  readonly name: string;
}

export function profileOptions(lang: Lang): ProfileOption[] {
  return PROFILES.map((profile) => ({ id: profile.id, name: profile.name[lang] }));
}

/** The profile's name, or its id when the engine no longer knows it. */
export function profileName(id: string, lang: Lang): string {
  return profileById(id)?.name[lang] ?? id;
}

/** The profile a person chose for this table, or null when it is matched. */
export function chosenProfile(table: TableSummary, choices: readonly TableProfileChoice[]): string | null {
  const area = parseA1Area(table.range);
  if (!area) return null;
  return choiceAt(choices, table.sheet, area.top, area.left)?.profile ?? null;
}
