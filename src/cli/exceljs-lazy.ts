// ExcelJS is loaded on first use: `check` reads without it and needs it only to write a summary workbook, and
// loading it (with its dependencies) costs ~0.2 s of CPU — a tenth of checking 200 files.
import type * as ExcelJsModule from 'exceljs';

let loaded: typeof ExcelJsModule | undefined;

export function loadExcelJs(): typeof ExcelJsModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  loaded ??= require('exceljs') as typeof ExcelJsModule;
  return loaded;
}
