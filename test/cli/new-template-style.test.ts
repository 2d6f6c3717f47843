// `selfeval new` writes the plan's look into the .xlsx: read back with ExcelJS, the file has the 宋体, the
// bold title, the fitted row heights, one number format for 分值/得分 and the A4 print setup.
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { workbookToGrids } from '../../src/cli/read-workbook';
import { checkWorkbook } from '../../src/engine/check';

let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-template-style-'));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function written(kind: string, ...extra: string[]): Promise<ExcelJS.Worksheet> {
  const out = path.join(tmp, `${kind}${extra.join('')}.xlsx`);
  const errors: string[] = [];
  const code = await run(['new', '--kind', kind, '--year', '2024', ...extra, '--force', '--out', out], {
    stdout: () => undefined,
    stderr: (text) => errors.push(text),
  });
  expect([code, errors]).toEqual([0, []]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  // Recognition of the written file still finds nothing to warn about.
  const checked = checkWorkbook(workbookToGrids(workbook));
  expect(checked.summaries.map((summary) => summary.kind)).toEqual([kind]);
  expect(checked.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  return sheet;
}

// The file says 10.5 (五号) and 9 for the basic-data note; ExcelJS reads <sz> back as an integer, so 10.
function bodySize(kind: string, row: number, sheet: ExcelJS.Worksheet): number {
  return kind === 'basic-data' && row === sheet.rowCount ? 9 : Math.trunc(10.5);
}

function find(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.value === text) found = cell;
    }),
  );
  if (!found) throw new Error(`no ${text}`);
  return found;
}

describe('selfeval new writes the template’s look', () => {
  it.each(['overall-self-eval', 'project-self-eval', 'basic-data'])(
    '%s: every cell of the form in 宋体, the title bold 18',
    async (kind) => {
      const sheet = await written(kind);
      const title = sheet.getCell('A1');
      expect(String(title.value)).toMatch(/^2024年度/);
      expect(title.font).toMatchObject({ name: '宋体', size: 18, bold: true, charset: 134 });
      let cells = 0;
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber === 1) return;
        row.eachCell((cell) => {
          cells += 1;
          expect([cell.address, cell.font?.name]).toEqual([cell.address, '宋体']);
          expect([cell.address, cell.font?.size]).toEqual([cell.address, bodySize(kind, rowNumber, sheet)]);
        });
      });
      expect(cells).toBeGreaterThan(50);
      expect(find(sheet, kind === 'basic-data' ? '编制数' : '一级指标').font?.bold).toBe(true);
    },
  );

  it.each(['overall-self-eval', 'project-self-eval'])(
    '%s: two-line headers get two lines of height, other rows at least one',
    async (kind) => {
      const sheet = await written(kind);
      const twoLines = sheet.getRow(Number(find(sheet, '年初\n预算数').row)).height;
      expect(twoLines).toBeGreaterThanOrEqual(2 * 10.5 * 1.3);
      expect(sheet.getRow(Number(find(sheet, '一级指标').row)).height).toBeGreaterThanOrEqual(twoLines);
      for (let row = 1; row <= sheet.rowCount; row++)
        expect([row, sheet.getRow(row).height >= 10.5 * 1.3]).toEqual([row, true]);
    },
  );

  it.each([[], ['--no-formulas']])(
    'overall-self-eval %s: 分值 and 得分 are 0.00 everywhere, 执行率 0.00%',
    async (...extra) => {
      const sheet = await written('overall-self-eval', ...extra);
      const funding = sheet.getRow(Number(find(sheet, '年度资金总额').row));
      expect(funding.getCell(7).value).toBe(10);
      expect([funding.getCell(7).numFmt, funding.getCell(8).numFmt, funding.getCell(9).numFmt]).toEqual([
        '0.00',
        '0.00%',
        '0.00',
      ]);
      const total = sheet.getRow(Number(find(sheet, '总分').row));
      expect([total.getCell(7).numFmt, total.getCell(8).numFmt]).toEqual(['0.00', '0.00']);
      const header = Number(find(sheet, '一级指标').row);
      for (let row = header + 1; row < total.number; row++) {
        expect([row, sheet.getRow(row).getCell(7).numFmt, sheet.getRow(row).getCell(8).numFmt]).toEqual([
          row,
          '0.00',
          '0.00',
        ]);
      }
    },
  );

  it.each([
    ['overall-self-eval', 'landscape', '一级指标'],
    ['project-self-eval', 'landscape', '一级指标'],
    ['basic-data', 'portrait', undefined],
  ] as const)(
    '%s: A4 %s, one page wide, print titles, page numbers',
    async (kind, orientation, titleText) => {
      const sheet = await written(kind);
      const titleRow = titleText ? Number(find(sheet, titleText).row) : 1;
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: `${titleRow}:${titleRow}`,
      });
      expect(sheet.pageSetup.margins?.left).toBeCloseTo(28 / 72, 2);
      expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    },
  );

  it('sets column widths that fit the longest 一级指标 header', async () => {
    const sheet = await written('overall-self-eval', '--preset', 'petition');
    expect(sheet.getColumn(2).width).toBe(19);
    expect(sheet.columns.slice(0, 9).reduce((sum, column) => sum + (column.width ?? 0), 0)).toBe(134);
  });
});
