/** The shipped template profiles. Adding a province: one file beside these, listed here (see README). */
import { HUNAN } from './hunan';
import { NATIONAL } from './national';
import { SICHUAN } from './sichuan';
import type { TemplateProfile } from './types';

export type {
  TemplateProfile,
  ProfileWords,
  Slot,
  WeightScheme,
  GradeBands,
  ProfileConventions,
} from './types';
export { GENERIC_WORDS } from './generic';
export { Lexicon } from './lexicon';
export { matchProfile } from './match';

/** In order of preference when two profiles explain a table equally well. */
export const PROFILES: readonly TemplateProfile[] = [NATIONAL, HUNAN, SICHUAN];

export const PROFILE_IDS: readonly string[] = PROFILES.map((profile) => profile.id);

export function profileById(
  id: string,
  profiles: readonly TemplateProfile[] | undefined = PROFILES,
): TemplateProfile | undefined {
  return (profiles ?? PROFILES).find((profile) => profile.id === id);
}
