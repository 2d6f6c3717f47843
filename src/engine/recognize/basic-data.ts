import type { FigureRole } from '../figures/types';
import type {
  BasicDataTable,
  Field,
  BuildingSection,
  MoneyColumn,
  MoneyColumnRole,
  MoneyControlSection,
  MoneyRow,
  StaffSection,
} from '../model/tables';
import { isFooter, isTableBreak } from './lookup';
import { buildTree, moneyRole, type TreeLine } from './money-tree';
import type { Region } from './regions';
import type { Entry, SheetIndex } from './sheet-index';
import { tidy, yearIn } from './sheet-index';
import { areaOf, RowSpan } from './bounds';

/** 部门整体支出绩效评价基础数据表: staff, money control and building sections, each found by its own label. */
export function recognizeBasicData(
  index: SheetIndex,
  region: Region,
  titleYear?: number,
): BasicDataTable | undefined {
  const bounds = new RowSpan(region.top);
  const missing: string[] = [];
  const ends = sectionEnds(region);

  const staffAnchor = region.anchors.get('staff');
  const staff = staffAnchor ? readStaff(index, staffAnchor.row, ends('staff'), bounds) : undefined;
  if (!staff) missing.push('财政供养人员情况');

  const moneyAnchor = region.anchors.get('money');
  const money = moneyAnchor
    ? readMoney(index, moneyAnchor.row, moneyAnchor.col, ends('money'), bounds)
    : undefined;
  if (!money) missing.push('经费控制情况');

  const buildingAnchor = region.anchors.get('building');
  const building = buildingAnchor
    ? readBuilding(index, buildingAnchor.row, ends('building'), bounds)
    : undefined;
  if (!building) missing.push('楼堂馆所控制情况');

  if (!staff && !money && !building) return undefined;
  for (const anchor of region.anchors.values()) bounds.include(anchor.row);
  const finalColumn = money?.columns.find((column) => column.role === 'final');
  const year = finalColumn?.year ?? titleYear;
  return {
    kind: 'basic-data',
    sheet: index.grid.name,
    area: areaOf(index, bounds.firstRow, bounds.lastRow),
    completeness: missing.length === 0 ? 'complete' : 'partial',
    missing,
    ...(year !== undefined ? { year } : {}),
    ...(staff ? { staff } : {}),
    ...(money ? { money } : {}),
    ...(building ? { building } : {}),
  };

  function sectionEnds(r: Region) {
    // A section runs until the next section's anchor below it, or the region's end.
    return (section: string): number => {
      const own = r.anchors.get(section)?.row ?? r.top;
      let end = r.bottom;
      for (const anchor of r.anchors.values())
        if (anchor.row > own && anchor.row - 1 < end) end = anchor.row - 1;
      return end;
    };
  }
}

/** Header labels → the columns under them, one row each. */
function columnsOf(
  index: SheetIndex,
  row: number,
  tests: readonly ((core: string) => boolean)[],
): (number | undefined)[] {
  const entries = index.entries(row);
  return tests.map((test) => entries.find((entry) => test(entry.core))?.col);
}

/** The first row below `headerRow` (up to `end`) with a figure in any of `cols`. */
function valuesRow(
  index: SheetIndex,
  headerRow: number,
  end: number,
  cols: readonly number[],
): number | undefined {
  for (let row = headerRow + 1; row <= Math.min(end, headerRow + 3); row++) {
    if (cols.some((col) => index.isNumber(row, col))) return row;
  }
  return headerRow + 1 <= end ? headerRow + 1 : undefined;
}

function readStaff(
  index: SheetIndex,
  headerRow: number,
  end: number,
  bounds: RowSpan,
): StaffSection | undefined {
  const [authorized, actual, rate] = columnsOf(index, headerRow, [
    (core) => core.startsWith('编制数') || core === '编制人数',
    (core) => core.includes('在职人数') || core.includes('实有人数'),
    (core) => core.includes('控制率'),
  ]);
  if (authorized === undefined || actual === undefined || rate === undefined) return undefined;
  // Usually the figures sit under their labels; some filers write them beside the labels on the same row.
  const beside = [authorized, actual, rate].map((col) => index.rightOf(headerRow, col));
  if (beside.every((col) => index.isNumber(headerRow, col)) && !index.isNumber(headerRow + 1, authorized)) {
    bounds.include(headerRow);
    return {
      authorized: index.field(headerRow, beside[0], 'count'),
      actual: index.field(headerRow, beside[1], 'count'),
      rate: index.field(headerRow, beside[2], 'rate'),
    };
  }
  const row = valuesRow(index, headerRow, end, [authorized, actual, rate]);
  if (row === undefined) return undefined;
  bounds.include(headerRow);
  bounds.include(row);
  return {
    authorized: index.field(row, authorized, 'count'),
    actual: index.field(row, actual, 'count'),
    rate: index.field(row, rate, 'rate'),
  };
}

function readBuilding(
  index: SheetIndex,
  headerRow: number,
  end: number,
  bounds: RowSpan,
): BuildingSection | undefined {
  const cols = columnsOf(index, headerRow, [
    (core) => core.startsWith('批复规模'),
    (core) => core.startsWith('实际规模'),
    (core) => core.startsWith('规模控制率'),
    (core) => core.startsWith('预算投资') || core.startsWith('概算投资'),
    (core) => core.startsWith('实际投资'),
    (core) => core.includes('概算控制率') || core.startsWith('投资控制率'),
  ]);
  if (cols.some((col) => col === undefined)) return undefined;
  const [approved, actual, areaRate, budget, invested, investRate] = cols as number[];
  const row = valuesRow(index, headerRow, end, cols as number[]);
  if (row === undefined) return undefined;
  bounds.include(headerRow);
  bounds.include(row);
  const field = (col: number, role: FigureRole) => index.field(row, col, role);
  return {
    approvedArea: field(approved, 'any'),
    actualArea: field(actual, 'any'),
    areaRate: field(areaRate, 'rate'),
    budgetInvestment: field(budget, 'money'),
    actualInvestment: field(invested, 'money'),
    investmentRate: field(investRate, 'rate'),
  };
}

/**
 * The 决算/预算 columns of 经费控制情况. Of the 决算 columns the latest year is this year's 'final' and the
 * others 'prior-final'; without years, the rightmost 决算 column is 'final'.
 */
function moneyColumns(index: SheetIndex, headerRow: number, anchorCol: number): MoneyColumn[] {
  const headers = index
    .entries(headerRow)
    .filter((entry) => entry.col > anchorCol && (entry.core.includes('决算') || entry.core.includes('预算')));
  const finals = headers.filter((entry) => entry.core.includes('决算'));
  const years = new Map(headers.map((entry) => [entry, yearIn(entry.text)]));
  const datedFinals = finals.every((entry) => years.get(entry) !== undefined);
  const latest = Math.max(...finals.map((entry) => years.get(entry) ?? -Infinity));
  return headers.map((entry) => {
    const year = years.get(entry);
    let role: MoneyColumnRole = 'budget';
    if (finals.includes(entry)) {
      const isFinal = datedFinals ? year === latest : entry === finals[finals.length - 1];
      role = isFinal ? 'final' : 'prior-final';
    }
    return { role, col: entry.col, header: tidy(entry.text), ...(year !== undefined ? { year } : {}) };
  });
}

const PLACEHOLDER = /^[.。…·\-—_]*$/;

function readMoney(
  index: SheetIndex,
  headerRow: number,
  anchorCol: number,
  end: number,
  bounds: RowSpan,
): MoneyControlSection | undefined {
  const columns = moneyColumns(index, headerRow, anchorCol);
  if (columns.length === 0) return undefined;
  const firstValueCol = Math.min(...columns.map((column) => column.col));
  bounds.include(headerRow);
  const drafts: { row: number; label: Entry | undefined; values: Field[] }[] = [];
  const lines: TreeLine[] = [];
  for (let row = headerRow + 1; row <= end; row++) {
    const entries = index.entries(row);
    // Entries run left to right: the label, when there is one, is the first.
    const label = entries.length > 0 && entries[0].col < firstValueCol ? entries[0] : undefined;
    if (label && (isFooter(label) || isTableBreak(label) || label.core.startsWith('厉行节约'))) break;
    // The row's fields are read once, both to see whether it holds figures and to keep (was isNumber per column,
    // then the same cells read again as fields).
    const values = moneyFields(index, row, columns);
    const hasFigures = anyNumber(values);
    const meaningful = label !== undefined && !PLACEHOLDER.test(label.core);
    if (!meaningful && !hasFigures) continue;
    drafts.push({ row, label: meaningful ? label : undefined, values });
    lines.push({
      role: meaningful ? moneyRole(label.core) : 'item',
      numbered: label?.numbered ?? false,
      under: label?.under ?? false,
      hasFigures,
    });
    bounds.include(row);
  }
  const { parents, breakdown } = buildTree(lines);
  const rows: MoneyRow[] = drafts.map((draft, i) => ({
    row: draft.row,
    label: draft.label ? tidy(draft.label.text) : '',
    role: lines[i].role,
    parent: parents[i],
    values: draft.values,
  }));
  return { columns, rows, breakdown };
}

function moneyFields(index: SheetIndex, row: number, columns: readonly MoneyColumn[]): Field[] {
  const fields: Field[] = [];
  for (let i = 0; i < columns.length; i++) fields.push(index.field(row, columns[i].col, 'money'));
  return fields;
}

function anyNumber(fields: readonly Field[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i].figure.kind === 'number') return true;
  return false;
}
