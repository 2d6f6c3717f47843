import type { FundingPartFamily, FundingRow, FundingSection } from '../model/tables';
import { readFigureInLabel } from '../figures';
import { findLabel, headerColumn } from './lookup';
import type { Entry, SheetIndex } from './sheet-index';
import { tidy } from './sheet-index';

interface FundingColumns {
  readonly initialBudget: number;
  readonly fullYearBudget: number;
  readonly executed: number;
  readonly weight: number;
  readonly rate: number;
  readonly score: number;
}

const COLUMN_NAMES: Record<keyof FundingColumns, string> = {
  initialBudget: '年初预算数',
  fullYearBudget: '全年预算数',
  executed: '全年执行数',
  weight: '分值',
  rate: '执行率',
  score: '得分',
};

function findColumns(index: SheetIndex, row: number, after: number): Partial<FundingColumns> {
  return {
    initialBudget: headerColumn(index, row, 'funding.initialBudget', after),
    fullYearBudget: headerColumn(index, row, 'funding.fullYearBudget', after),
    executed: headerColumn(index, row, 'funding.executed', after),
    weight: headerColumn(index, row, 'funding.weight', after),
    rate: headerColumn(index, row, 'funding.rate', after),
    score: headerColumn(index, row, 'funding.score', after),
  };
}

/**
 * A block without some columns (no 分值 column, no 年初预算数) is still read as far as it goes: the budget and the
 * spending, and a rate or a score to check against them.
 */
function readableInPart(found: Partial<FundingColumns>): boolean {
  return (
    found.fullYearBudget !== undefined &&
    found.executed !== undefined &&
    (found.rate !== undefined || found.score !== undefined)
  );
}

const COLUMN_KEYS = Object.keys(COLUMN_NAMES) as (keyof FundingColumns)[];

function countFound(columns: Partial<FundingColumns>): number {
  let count = 0;
  for (let i = 0; i < COLUMN_KEYS.length; i++) if (columns[COLUMN_KEYS[i]] !== undefined) count++;
  return count;
}

export interface FundingResult {
  readonly funding?: FundingSection;
  readonly lastRow: number;
  readonly missing: readonly string[];
  readonly columns?: FundingColumns;
}

const isTotal = (index: SheetIndex, entry: Entry): boolean =>
  entry.core.length <= 10 && index.words.is('funding.total', entry.core);

/** Which breakdown a 其中 line belongs to: by source of money, or by nature of spending. */
function partFamily(index: SheetIndex, entry: Entry): FundingPartFamily | undefined {
  if (entry.core.length > 16) return undefined;
  if (index.words.is('funding.sourcePart', entry.core)) return 'source';
  if (index.words.is('funding.naturePart', entry.core)) return 'nature';
  return undefined;
}

/**
 * Reads the 年度预算申请 / 项目资金 block: its header row (the anchor's row or the one under it), the
 * 年度资金总额 row and, for projects, the 其中 rows under it.
 */
export function recognizeFunding(
  index: SheetIndex,
  anchorRow: number,
  anchorCol: number,
  bottom: number,
  withParts: boolean,
): FundingResult {
  let headerRow = anchorRow;
  let found = findColumns(index, anchorRow, anchorCol);
  if (countFound(found) < 4 && anchorRow + 1 <= bottom) {
    const below = findColumns(index, anchorRow + 1, anchorCol);
    if (countFound(below) > countFound(found)) {
      found = below;
      headerRow = anchorRow + 1;
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < COLUMN_KEYS.length; i++)
    if (found[COLUMN_KEYS[i]] === undefined) missing.push(COLUMN_NAMES[COLUMN_KEYS[i]]);
  if (!readableInPart(found)) return { lastRow: headerRow, missing };
  // An absent column reads as column -1: its fields hold nothing and the rules that need it stay silent.
  const columns: FundingColumns = {
    initialBudget: found.initialBudget ?? -1,
    fullYearBudget: found.fullYearBudget ?? -1,
    executed: found.executed ?? -1,
    weight: found.weight ?? -1,
    rate: found.rate ?? -1,
    score: found.score ?? -1,
  };
  const labelsEnd = Math.min(
    ...[columns.initialBudget, columns.fullYearBudget, columns.executed].filter((col) => col >= 0),
  );
  // The total row sits right under the header; allow a couple of blank or remark rows.
  const total = findLabel(index, headerRow + 1, Math.min(bottom, headerRow + 4), (entry) =>
    isTotal(index, entry),
  );
  if (!total) return { lastRow: headerRow, missing: [...missing, '年度资金总额'], columns };
  const parts: FundingRow[] = [];
  let lastRow = total.row;
  if (withParts) {
    for (let row = total.row + 1; row <= bottom; row++) {
      const label = index
        .entries(row)
        .find((entry) => entry.col < labelsEnd && partFamily(index, entry) !== undefined);
      if (!label) break;
      const family = partFamily(index, label);
      // A label that carries its own figure ("其中：基本支出：661.27") is a line of 按支出性质分, not a money row.
      if (readFigureInLabel(label.text).figure.kind === 'number') break;
      parts.push({ ...fundingRow(index, row, label, columns), ...(family ? { family } : {}) });
      lastRow = row;
    }
  }
  return {
    funding: { total: fundingRow(index, total.row, total.entry, columns), parts },
    lastRow,
    missing,
    columns,
  };
}

function fundingRow(index: SheetIndex, row: number, label: Entry, columns: FundingColumns): FundingRow {
  return {
    row,
    label: tidy(label.text),
    initialBudget: index.field(row, columns.initialBudget, 'money'),
    fullYearBudget: index.field(row, columns.fullYearBudget, 'money'),
    executed: index.field(row, columns.executed, 'money'),
    weight: index.field(row, columns.weight, 'score'),
    rate: index.field(row, columns.rate, 'rate'),
    score: index.field(row, columns.score, 'score'),
  };
}
