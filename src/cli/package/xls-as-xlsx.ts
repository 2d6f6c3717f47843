// An .xls input's annotated copy is an .xlsx (issue 11): the legacy file is rewritten as .xlsx by SheetJS, the
// same library that read it, and then marked surgically like any other copy. SheetJS's community build keeps
// values, formulas, number formats, merges, column widths and sheet names, but not fills, fonts or borders: the
// copy of an .xls shows the figures and our marks, not the original's look. The input itself is never touched,
// and the file has already passed the reader's limits in its worker before a copy is made.
import { loadSheetJs } from '../read/sheetjs';

export function xlsAsXlsx(bytes: Buffer): Buffer {
  const XLSX = loadSheetJs();
  const workbook = XLSX.read(bytes, {
    type: 'buffer',
    cellFormula: true,
    cellNF: true,
    cellStyles: true,
    cellDates: false,
  });
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
