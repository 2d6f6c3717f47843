// An .xlsx workbook as the simulated host's JSON state: values, number formats, formulas, merges, solid fills and
// notes. Values go through the CLI's ExcelJS reader so the preview and the CLI see the same figures. Used by the
// preview page (a file the reviewer opens, read in the browser) and by scripts/sim-state-from-xlsx.ts.
import ExcelJS from 'exceljs';
import { convertCell, mergeRanges } from '../cli/read-workbook';
import type { SimCell, SimSheet, SimWorkbookState } from '../simhost';

/** "#RRGGBB" for a solid fill with an explicit colour; theme and pattern fills are left out (the sim host
 *  knows only solid RGB fills, which is what highlighting compares against). */
function solidFill(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note;
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((part) => part.text).join('');
}

export function sheetToSim(worksheet: ExcelJS.Worksheet): SimSheet {
  const cells: Record<string, SimCell> = {};
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const isMirror = cell.type === ExcelJS.ValueType.Merge; // a merged area's value sits in its top-left cell
      const converted = isMirror ? undefined : convertCell(cell);
      const fill = solidFill(cell);
      const note = noteText(cell);
      if (!converted && !fill && !note) return;
      const entry: SimCell = { value: converted?.value ?? null };
      if (converted && converted.numberFormat !== 'General') entry.numberFormat = converted.numberFormat;
      if (converted?.formula) entry.formula = converted.formula;
      if (fill) entry.fill = fill;
      if (note) entry.note = note;
      cells[cell.address] = entry;
    });
  });
  return { name: worksheet.name, cells, merges: mergeRanges(worksheet) };
}

export function workbookToSim(workbook: ExcelJS.Workbook, label: string): SimWorkbookState {
  const sheets = workbook.worksheets.map(sheetToSim);
  if (sheets.length === 0) throw new Error(`${label} has no worksheets`);
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  return { sheets, activeSheet: sheets[activeTab]?.name ?? sheets[0].name, settings: {} };
}

/** The bytes of an .xlsx file (from a file picker, a drop or a fetch) as a simulated workbook. */
export async function simStateFromBuffer(data: ArrayBuffer, label: string): Promise<SimWorkbookState> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  return workbookToSim(workbook, label);
}
