// SheetJS (the npm republication @e965/xlsx 0.20.3, the maintained build; npm's own `xlsx` stops at 0.18.5
// with open advisories) reads only legacy .xls and OLE containers. It is loaded on first use: a batch of .xlsx
// files never pays for its 1 MB of code.
import type * as SheetJs from '@e965/xlsx';

let loaded: typeof SheetJs | undefined;

export function loadSheetJs(): typeof SheetJs {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  loaded ??= require('@e965/xlsx') as typeof SheetJs;
  return loaded;
}
