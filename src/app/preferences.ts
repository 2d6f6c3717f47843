// What the pane remembers per user in this browser profile (not per workbook): first-run dismissal, chosen language.
import type { Lang } from '../engine/rules/types';

const FIRST_RUN_KEY = 'selfeval.firstRunDismissed';
const LANG_KEY = 'selfeval.lang';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some hosts block storage in sandboxed frames; the pane then simply forgets
  }
}

export function isFirstRunDismissed(): boolean {
  return storage()?.getItem(FIRST_RUN_KEY) === '1';
}

export function dismissFirstRun(): void {
  storage()?.setItem(FIRST_RUN_KEY, '1');
}

export function storedLang(): Lang | null {
  const value = storage()?.getItem(LANG_KEY);
  return value === 'zh' || value === 'en' ? value : null;
}

export function storeLang(lang: Lang): void {
  storage()?.setItem(LANG_KEY, lang);
}

/** English when Office runs in English (any region), Chinese otherwise: the add-in is made for Chinese finance offices. */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'zh';
}
