// `--sheet NAME`: the exact sheet, else the one sheet whose name begins with NAME as a whole word
// (附件2 → "附件2 整体支出自评表", but never "附件20 …"). Several candidates are refused, not guessed.

export type SheetMatch<T> =
  { readonly sheet: T } | { readonly ambiguous: readonly T[] } | { readonly none: true };

export function findSheet<T extends { name: string }>(sheets: readonly T[], wanted: string): SheetMatch<T> {
  const exact = sheets.find((sheet) => sheet.name === wanted);
  if (exact) return { sheet: exact };
  const key = normalise(wanted);
  if (key === '') return { none: true };
  const trimmed = sheets.filter((sheet) => normalise(sheet.name) === key);
  if (trimmed.length === 1) return { sheet: trimmed[0] };
  const prefixed = sheets.filter((sheet) => {
    const name = normalise(sheet.name);
    if (!name.startsWith(key)) return false;
    const next = name.charAt(key.length);
    // A digit after the prefix means another number (附件2 vs 附件20), a letter another word.
    return !/[0-9A-Za-z]/.test(next) || !/[0-9A-Za-z]$/.test(key);
  });
  if (prefixed.length === 1) return { sheet: prefixed[0] };
  if (prefixed.length > 1) return { ambiguous: prefixed };
  return { none: true };
}

/** Case, full-width digits and spaces do not tell sheets apart for a person typing a name. */
function normalise(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
