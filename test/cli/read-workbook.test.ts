import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';
import { parseA1 } from '../../src/engine/grid/a1';
import type { Cell, SheetGrid } from '../../src/engine/grid/types';
import { seed000, seed004, specMerges } from '../../samples/specs';

const SAMPLES = path.resolve(__dirname, '../../samples');

function at(grid: SheetGrid, a1: string): Cell | undefined {
  const position = parseA1(a1)!;
  return grid.cellAt(position.row, position.col);
}

async function gridsOf(file: string): Promise<SheetGrid[]> {
  return workbookToGrids(await loadWorkbook(path.join(SAMPLES, file)));
}

describe('read-workbook on the built samples', () => {
  it('reads seed 000 执行率 as 0.9285 shown 92.85% and 得分 9.29', async () => {
    const [, overall] = await gridsOf('seed-000.xlsx');
    expect(overall.name).toBe('附件2 整体支出自评表');
    expect(at(overall, 'H4')).toEqual({ value: 0.9285, text: '92.85%', numberFormat: '0.00%' });
    expect(at(overall, 'I4')).toEqual({ value: 9.29, text: '9.29', numberFormat: '0.00' });
    expect(at(overall, 'F4')).toMatchObject({ value: 767.27, text: '767.27', numberFormat: 'General' });
  });

  it('reads every merge of the template, and values only in their top-left cells', async () => {
    const [basic, overall] = await gridsOf('seed-000.xlsx');
    const sortKey = (a: { top: number; left: number }) => a.top * 100 + a.left;
    const expected = specMerges(seed000.tables[1]).sort((a, b) => sortKey(a) - sortKey(b));
    expect([...overall.merges].sort((a, b) => sortKey(a) - sortKey(b))).toEqual(expected);
    expect(basic.merges.length).toBe(specMerges(seed000.tables[0]).length);
    const title = overall.mergeAt(0, 4)!;
    expect(title).toEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(overall.cellAt(0, 4)).toBeUndefined();
  });

  it('keeps line breaks and the full-width spaces the template puts in labels', async () => {
    const [basic] = await gridsOf('seed-000.xlsx');
    const labels: string[] = [];
    for (let r = 0; r < basic.rowCount; r++) labels.push(basic.cellAt(r, 0)?.text ?? '');
    expect(labels).toContain('3、市级专项资金\n（一个专项一行）');
    expect(labels).toContain('   1、公务用车购置和维护经费');
  });

  it('reads figures typed as text as strings, at the offset the variant puts them', async () => {
    const grids = await gridsOf('variant-seed-004-text-figures.xlsx');
    const overall = grids[1];
    const values: unknown[] = [];
    for (let r = 0; r < overall.rowCount; r++)
      for (let c = 0; c < overall.colCount; c++) values.push(overall.cellAt(r, c)?.value);
    expect(values).toContain('90.12%');
    expect(values).toContain('9.2');
    expect(values.filter((v) => typeof v === 'number')).toEqual([]);
    expect(overall.cellAt(0, 0)).toBeUndefined(); // the table starts at C2
    expect(seed004.tables).toHaveLength(grids.length);
  });

  it('reads the stacked variant as one sheet holding all four seed 003 tables', async () => {
    const grids = await gridsOf('variant-seed-003-stacked-offset.xlsx');
    expect(grids).toHaveLength(1);
    const texts: string[] = [];
    for (let r = 0; r < grids[0].rowCount; r++) texts.push(grids[0].cellAt(r, 2)?.text ?? '');
    expect(texts.filter((t) => t === '付市驻京办工作经费' || t === '信访接待工作经费')).toHaveLength(2);
  });
});

describe('read-workbook cell kinds', () => {
  let file: string;
  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-read-'));
    file = path.join(dir, 'kinds.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表');
    sheet.getCell('A1').value = 123.47;
    sheet.getCell('B1').value = 111.27;
    sheet.getCell('C1').value = { formula: 'B1/A1', result: 0.901190572608731 };
    sheet.getCell('C1').numFmt = '0.00%';
    sheet.getCell('D1').value = {
      richText: [{ text: '产出指标' }, { font: { bold: true }, text: '（50分)' }],
    };
    sheet.getCell('E1').value = new Date(Date.UTC(2024, 11, 31));
    sheet.getCell('F1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('G1').value = true;
    sheet.getCell('H1').value = { text: '说明', hyperlink: 'https://example.org' };
    sheet.getCell('A2').value = 0.5;
    sheet.getCell('A2').numFmt = '0%';
    await workbook.xlsx.writeFile(file);
  });

  it('gives a formula cell its cached result as value and =formula as formula', async () => {
    const [grid] = workbookToGrids(await loadWorkbook(file));
    expect(at(grid, 'C1')).toEqual({
      value: 0.901190572608731,
      text: '90.12%',
      numberFormat: '0.00%',
      formula: '=B1/A1',
    });
  });

  it('joins rich text, writes dates as text, keeps error strings and booleans', async () => {
    const [grid] = workbookToGrids(await loadWorkbook(file));
    expect(at(grid, 'D1')?.value).toBe('产出指标（50分)');
    expect(at(grid, 'E1')?.value).toBe('2024-12-31');
    expect(at(grid, 'F1')).toMatchObject({ value: '#DIV/0!', formula: '=1/0' });
    expect(at(grid, 'G1')).toMatchObject({ value: true, text: 'TRUE' });
    expect(at(grid, 'H1')?.value).toBe('说明');
    expect(at(grid, 'A2')?.text).toBe('50%');
  });
});
