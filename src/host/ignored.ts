// Finding keys the clerk chose to ignore, as kept in a workbook (Excel: workbook.settings; WPS: the state
// sheet), so they travel with the file.
export const IGNORED_SETTING = 'selfeval.ignored';

/** Whatever an older version stored: anything but a list of strings counts as nothing ignored. */
export function parseIgnoredKeys(stored: unknown): string[] {
  try {
    const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}
