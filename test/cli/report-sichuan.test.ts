// The reviewer's summary of a Sichuan table whose 合计 covers the indicators alone (90 points): the stated and the
// recomputed 总分 are compared on the same 100 points, so the row raises no false mismatch, and it says how its
// 表中总分 was made. A national table's row is unchanged.
import ExcelJS from 'exceljs';
import { htmlFormatter } from '../../src/cli/formatters/html';
import { xlsxFormatter } from '../../src/cli/formatters/xlsx';
import { checkedFile } from '../../src/cli/report/checked-file';
import { summaryRows } from '../../src/cli/report/summary-rows';
import { checkWorkbook } from '../../src/engine/check';
import { cleanTable } from '../engine/profiles/content';
import { sheetOf } from '../engine/profiles/layouts';

function outcomeOf(profile: 'sichuan' | 'national', total: readonly [number, number]) {
  const grids = [sheetOf('表', { profile }, [{ ...cleanTable(profile), total }])];
  return checkedFile(`${profile}.xlsx`, grids, checkWorkbook(grids), { snapshots: true });
}

describe('a Sichuan 合计 of the indicators alone in the summary', () => {
  const outcomes = [outcomeOf('sichuan', [90, 90]), outcomeOf('national', [100, 99.5])];

  it('states 90 + 9.50 = 99.50 beside the recomputed 99.50, with a note saying so', () => {
    const rows = summaryRows(outcomes, 'zh');
    const sichuan = rows.find((row) => row.file === 'sichuan.xlsx');
    expect(sichuan).toMatchObject({
      statedTotal: 99.5,
      recomputedTotal: 99.5,
      grade: '优',
      statedTotalNote: '表中合计 90.00 只含绩效指标得分，另加执行率得分 9.50',
    });
    const national = rows.find((row) => row.file === 'national.xlsx');
    expect(national).toMatchObject({ statedTotal: 99.5, recomputedTotal: 99.5 });
    expect(national?.statedTotalNote).toBeUndefined();
    expect(summaryRows(outcomes, 'en').find((row) => row.file === 'sichuan.xlsx')?.statedTotalNote).toBe(
      "the sheet's 合计 90.00 counts the indicators only; the execution score 9.50 is added",
    );
  });

  it('shows the note in the HTML summary and as a cell note in the workbook, and flags no mismatch', async () => {
    const html = htmlFormatter.format(outcomes, { lang: 'zh' }) as string;
    expect(html).toContain('表中合计 90.00 只含绩效指标得分');
    const bytes = await (xlsxFormatter.format(outcomes, { lang: 'zh' }) as Promise<Uint8Array>);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).indexOf('表中总分');
    const row = [2, 3].map((r) => sheet.getRow(r)).find((r) => r.getCell(2).value === 'sichuan.xlsx');
    if (!row) throw new Error('no sichuan row');
    expect(row.getCell(header).value).toBe(99.5);
    expect(String(row.getCell(header).note)).toContain('表中合计 90.00');
    // The recomputed total is not filled red: it agrees.
    const recomputed = row.getCell(header + 1);
    expect((recomputed.fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });
});
