import type { IndicatorPreset } from '../types';
import { DEPARTMENT } from './department';
import { HOTLINE } from './hotline';
import { PETITION } from './petition';
import { PROJECT } from './project';
import { SOCIAL_WORK } from './social-work';

/** Every built-in indicator set; a finance bureau adds its own to this list (see ../README.md). */
export const INDICATOR_PRESETS: readonly IndicatorPreset[] = [
  DEPARTMENT,
  PETITION,
  HOTLINE,
  SOCIAL_WORK,
  PROJECT,
];

export const DEFAULT_PRESET_ID = 'department';

export function findPreset(id: string): IndicatorPreset | undefined {
  return INDICATOR_PRESETS.find((preset) => preset.id === id);
}
