// Option handling both preset commands share.
import { promises as fs } from 'node:fs';
import type { Lang } from '../../engine/rules/types';
import { INDICATOR_PRESETS, WEIGHT_SCHEMES } from '../../engine/presets';
import { say } from '../messages';
import { PRESET_MESSAGES } from './preset-messages';

export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'zh';
}

/** The year a self-assessment reports on: usually the one before the current. */
export function reportYear(value: string | undefined): number | undefined {
  if (value === undefined) return new Date().getFullYear() - 1;
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

export function listing(lang: Lang): string {
  const schemes = WEIGHT_SCHEMES.map((scheme) => `  ${scheme.id.padEnd(18)} ${scheme.name[lang]}`).join('\n');
  const presets = INDICATOR_PRESETS.map((preset) => `  ${preset.id.padEnd(18)} ${preset.name[lang]}`).join(
    '\n',
  );
  return say(PRESET_MESSAGES[lang].list, { schemes, presets });
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
