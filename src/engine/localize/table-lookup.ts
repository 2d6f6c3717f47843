/**
 * Which tables hold a cell or a finding, from an index built once. Localisation asks this for every finding
 * and every cell of every failing identity; scanning all tables each time made a sheet of 200 tables pay
 * tables × cells. Answers are table indices in the tables' own order, so filters keep that order.
 */
import { parseA1 } from '../grid/a1';
import type { CellPosition } from '../grid/types';
import type { RecognizedTable } from '../model/tables';
import type { Finding } from '../rules/types';

const NONE: readonly number[] = [];

export class TableLookup {
  /** Tables whose rows span a row, by sheet and row (an array indexed by row: rows are dense). */
  private readonly byRow = new Map<string, (number[] | undefined)[]>();
  private readonly findingCells = new Map<string, CellPosition | undefined>();

  constructor(readonly tables: readonly RecognizedTable[]) {
    tables.forEach((table, index) => {
      let rows = this.byRow.get(table.sheet);
      if (!rows) {
        rows = [];
        this.byRow.set(table.sheet, rows);
      }
      for (let row = Math.max(table.area.top, 0); row <= table.area.bottom; row++) {
        const list = rows[row];
        if (list) list.push(index);
        else rows[row] = [index];
      }
    });
  }

  /** Indices of the tables whose area holds the cell, ascending. */
  at(sheet: string, row: number, col: number): readonly number[] {
    const list = this.byRow.get(sheet)?.[row];
    if (!list) return NONE;
    const holds = (index: number): boolean => {
      const { area } = this.tables[index];
      return col >= area.left && col <= area.right;
    };
    // Tables side by side are rare: the row's own list is the answer without a copy when every table holds it.
    return list.every(holds) ? list : list.filter(holds);
  }

  /** Indices of the tables holding a finding's (first) cell. */
  ofFinding(finding: Pick<Finding, 'sheet' | 'cell'>): readonly number[] {
    let at = this.findingCells.get(finding.cell);
    if (!this.findingCells.has(finding.cell)) {
      at = parseA1(finding.cell.split(':')[0]);
      this.findingCells.set(finding.cell, at);
    }
    return at ? this.at(finding.sheet, at.row, at.col) : NONE;
  }
}
