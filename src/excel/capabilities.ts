// What this Excel can do, from Office.context.requirements. The adapter degrades instead of failing:
//
// MINIMUM: ExcelApi 1.4 — ranges, values/text/numberFormat/formulas, fills, select (1.1), getUsedRange(valuesOnly)
// (1.2), workbook.settings and *OrNullObject (1.4). Excel 2016 (MSI) and later.
// Better with: 1.7 live re-check on edits (worksheet.onChanged) · 1.9 exact "No Fill" detection
// (getCellProperties fill pattern) and one handler for every sheet · 1.13 merged areas · 1.14 triggerSource to
// tell our own writes apart · 1.18 notes with expected vs actual on highlighted cells.
// Office 2019 (~1.8): everything except merged areas, exact No-Fill detection and notes.
import type { HostCapabilities } from '../host/port';

export const MINIMUM_EXCEL_API = '1.4';

/** Every ExcelApi version up to the newest this code knows about; probing stops at the first unsupported one. */
const KNOWN_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

export interface DetailedCapabilities extends HostCapabilities {
  /** The highest ExcelApi version detected, e.g. "1.9". */
  readonly excelApi: string;
  /** getCellProperties (1.9): reads a cell's fill pattern, so "No Fill" and white fill differ. */
  readonly cellProperties: boolean;
  /** WorksheetCollection.onChanged (1.9): one handler for every sheet, present and future. */
  readonly workbookChangeEvents: boolean;
  /** WorksheetChangedEventArgs.triggerSource (1.14): marks our own writes. */
  readonly triggerSource: boolean;
  /** At least MINIMUM_EXCEL_API. */
  readonly supported: boolean;
}

export function detectCapabilities(): DetailedCapabilities {
  const supports = (version: string): boolean => {
    try {
      return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false; // outside a host Office.context is missing: nothing is supported
    }
  };
  let excelApi = '0';
  for (const version of KNOWN_VERSIONS) {
    if (!supports(version)) break;
    excelApi = version;
  }
  const atLeast = (version: string): boolean => compareApiVersions(excelApi, version) >= 0;
  return {
    excelApi,
    notes: atLeast('1.18'),
    comments: atLeast('1.10'),
    mergedAreas: atLeast('1.13'),
    changeEvents: atLeast('1.7'),
    cellProperties: atLeast('1.9'),
    workbookChangeEvents: atLeast('1.9'),
    triggerSource: atLeast('1.14'),
    supported: atLeast(MINIMUM_EXCEL_API),
  };
}

export function compareApiVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
