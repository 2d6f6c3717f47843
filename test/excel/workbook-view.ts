// The workbook as the failure-injection tests compare it, cell by cell: each cell's value, formula, number
// format, fill, note and style; merges (in no particular order), row heights, column widths; every setting.
// A formula cell is compared by its formula (the sim host does not calculate, so a rewritten formula's cached
// value is blank until Excel recalculates); a cell left with nothing in it counts as absent.
import type { SimCell, SimWorkbookState } from '../../src/simhost';

export interface CellView {
  readonly value?: unknown;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly note?: string;
  readonly style?: unknown;
}

export interface SheetView {
  readonly cells: Record<string, CellView>;
  readonly merges: string[];
  readonly rowHeights: Record<string, number>;
  readonly columnWidths: Record<string, number>;
}

export interface WorkbookView {
  readonly sheets: Record<string, SheetView>;
  readonly settings: Record<string, unknown>;
}

function cellView(cell: SimCell): CellView | null {
  const view: Record<string, unknown> = {};
  if (cell.formula !== undefined) view.formula = cell.formula;
  else if (cell.value !== null && cell.value !== '') view.value = cell.value;
  if (cell.numberFormat !== undefined && cell.numberFormat !== 'General')
    view.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) view.fill = cell.fill.toUpperCase();
  if (cell.note !== undefined) view.note = cell.note;
  if (cell.style !== undefined && Object.keys(cell.style).length > 0) view.style = cell.style;
  return Object.keys(view).length > 0 ? (view as CellView) : null;
}

/** Settings as values: a record stored as JSON text is compared parsed, so key order does not matter. */
function settingView(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export function viewOf(state: SimWorkbookState): WorkbookView {
  const sheets: Record<string, SheetView> = {};
  for (const sheet of state.sheets) {
    const cells: Record<string, CellView> = {};
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const view = cellView(cell);
      if (view) cells[address] = view;
    }
    sheets[sheet.name] = {
      cells,
      merges: [...sheet.merges].sort(),
      rowHeights: { ...(sheet.rowHeights ?? {}) },
      columnWidths: { ...(sheet.columnWidths ?? {}) },
    };
  }
  const settings = Object.fromEntries(
    Object.entries(state.settings).map(([key, value]) => [key, settingView(value)]),
  );
  return { sheets, settings };
}

/**
 * The cells (as "sheet!A1") whose view is neither as it was before nor as it is once the operation completes:
 * a part-applied batch may leave each cell in one of those two states, never a third.
 */
export function cellsInNeitherState(
  now: WorkbookView,
  before: WorkbookView,
  complete: WorkbookView,
  pick: (cell: CellView | undefined) => unknown = (cell) => cell,
): string[] {
  const odd: string[] = [];
  for (const name of new Set([...Object.keys(before.sheets), ...Object.keys(complete.sheets)])) {
    const addresses = new Set(
      [now, before, complete].flatMap((view) => Object.keys(view.sheets[name]?.cells ?? {})),
    );
    for (const address of addresses) {
      const at = (view: WorkbookView) => JSON.stringify(pick(view.sheets[name]?.cells[address]) ?? null);
      if (at(now) !== at(before) && at(now) !== at(complete)) odd.push(`${name}!${address}`);
    }
  }
  return odd.sort();
}
