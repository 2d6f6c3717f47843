// A workbook with every kind of cell the reader must handle, written by ExcelJS (the test's own library) for the
// reader comparison; its LibreOffice-saved .xls and .xlsx twins live in samples/xls/ (not written by ExcelJS).
import ExcelJS from 'exceljs';

export async function writeKindsWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表');
  sheet.getCell('A1').value = 123.47;
  sheet.getCell('B1').value = 111.27;
  sheet.getCell('C1').value = { formula: 'B1/A1', result: 0.901190572608731 };
  sheet.getCell('C1').numFmt = '0.00%';
  sheet.getCell('D1').value = { richText: [{ text: '产出指标' }, { font: { bold: true }, text: '（50分)' }] };
  sheet.getCell('E1').value = new Date(Date.UTC(2024, 11, 31));
  sheet.getCell('F1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('H1').value = '第一行\n第二行 & <尖括号>';
  sheet.getCell('A2').value = 0.5;
  sheet.getCell('A2').numFmt = '0%';
  for (let r = 3; r <= 8; r++) {
    sheet.getCell(`A${r}`).value = r * 10.5;
    sheet.getCell(`B${r}`).value = r * 9.25;
    sheet.getCell(`C${r}`).numFmt = '0.00%';
  }
  // ExcelJS writes a shared formula from these keys; its typings do not list them.
  const master = { formula: 'B3/A3', result: 9.25 / 10.5, shareType: 'shared', ref: 'C3:C8' };
  sheet.getCell('C3').value = master as ExcelJS.CellFormulaValue;
  for (let r = 4; r <= 8; r++) sheet.getCell(`C${r}`).value = { sharedFormula: 'C3', result: 9.25 / 10.5 };
  sheet.getCell('D3').value = { formula: 'SUM(A3:A8)', result: 346.5 };
  sheet.getCell('D3').numFmt = '#,##0.00';
  sheet.getCell('E3').value = -1234.5;
  sheet.getCell('E3').numFmt = '#,##0.00;[Red]-#,##0.00';
  sheet.getCell('A10').value = '合并区域';
  sheet.mergeCells('A10:C11');
  sheet.getCell('E10').value = '０１２ 全角';
  const second = workbook.addWorksheet('附件2 整体支出自评表');
  second.getCell('B2').value = '年度';
  second.getCell('C2').value = 2024;
  second.mergeCells('B4:D4');
  second.getCell('B4').value = '标题';
  await workbook.xlsx.writeFile(file);
}
