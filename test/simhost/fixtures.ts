// Simulated workbooks built from the seed reports' figures (no names, no phone numbers).
import type { SimCell, SimSheet, SimWorkbookState } from '../../src/simhost';

const n = (value: number, numberFormat = '0.00'): SimCell => ({ value, numberFormat });
const s = (value: string): SimCell => ({ value });

/** An overall self-assessment's budget block: 10 × 111.27/123.47 = 9.01, but the clerk wrote 9.2. */
export function overallSheet(name = '部门整体支出绩效自评表', offsetRow = 0): SimSheet {
  const r = (row: number) => row + offsetRow;
  const cells: Record<string, SimCell> = {
    [`A${r(1)}`]: s('部门整体支出绩效自评表'),
    [`A${r(2)}`]: s('预算单位名称'),
    [`C${r(2)}`]: s('某县信访局'),
    [`A${r(3)}`]: s('年度预算申请（万元）'),
    [`C${r(3)}`]: s('年初预算数'),
    [`D${r(3)}`]: s('全年预算数'),
    [`E${r(3)}`]: s('全年执行数'),
    [`F${r(3)}`]: s('分值'),
    [`G${r(3)}`]: s('执行率'),
    [`H${r(3)}`]: s('得分'),
    [`A${r(4)}`]: s('年度资金总额'),
    [`C${r(4)}`]: n(123.47),
    [`D${r(4)}`]: n(123.47),
    [`E${r(4)}`]: { ...n(111.27), fill: '#FFFF00' },
    [`F${r(4)}`]: n(10, '0'),
    [`G${r(4)}`]: n(0.9012, '0.00%'),
    [`H${r(4)}`]: { value: 9.2, numberFormat: '0.00', formula: '=F4*G4+0.19' },
  };
  return { name, cells, merges: [`A${r(1)}:H${r(1)}`, `A${r(2)}:B${r(2)}`, `A${r(3)}:B${r(3)}`] };
}

export function workbookOf(sheets: SimSheet[]): SimWorkbookState {
  return { sheets, activeSheet: sheets[0].name, settings: {} };
}

export function fiftySheets(): SimWorkbookState {
  return workbookOf(Array.from({ length: 50 }, (_, i) => overallSheet(`项目${i + 1}`)));
}
