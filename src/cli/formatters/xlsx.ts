// The reviewer's workbook: a summary sheet (one row per file, worst first) and a sheet of every finding, both
// with a frozen header, filters, sensible widths and number formats.
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../exceljs-lazy';
import { MESSAGES, say } from '../messages';
import { displayWidth } from '../display-width';
import { SEVERITY_FILL, SEVERITY_INK } from '../report/colours';
import { isUnreadable } from '../report/outcome';
import { REPORT_MESSAGES } from '../report/report-messages';
import { summaryRows, type SummaryRow } from '../report/summary-rows';
import type { Formatter } from './types';

const HEADER_FILL = 'FF305496';
const MESSAGE_WIDTH = 70;
const STATUS_WIDTH = 24;
/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * Wrapped text needs its row height set: Excel grows rows on its own only when it edits them, and LibreOffice
 * not at all on opening, so a long message would spill over the next row. Widths are in characters (CJK count 2).
 */
function wrappedHeight(text: string, width: number): number {
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / (width - 6))), 0);
  return Math.max(1, lines) * LINE_HEIGHT;
}

export const xlsxFormatter: Formatter = {
  id: 'xlsx',
  extensions: ['.xlsx'],
  binary: true,
  async format(outcomes, { lang, reportPath }) {
    const r = REPORT_MESSAGES[lang];
    const m = MESSAGES[lang];
    const workbook = new (loadExcelJs().Workbook)();
    workbook.creator = 'selfeval';
    const rows = summaryRows(outcomes, lang, reportPath);

    const summary = workbook.addWorksheet(r.summarySheet, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const c = r.summaryColumns;
    summary.columns = [
      { header: c.rank, key: 'rank', width: 6 },
      { header: c.file, key: 'file', width: 28 },
      { header: c.unit, key: 'unit', width: 24 },
      { header: c.year, key: 'year', width: 7 },
      { header: c.tables, key: 'tables', width: 9 },
      { header: c.statedTotal, key: 'statedTotal', width: 10, style: { numFmt: '0.00' } },
      { header: c.recomputedTotal, key: 'recomputedTotal', width: 10, style: { numFmt: '0.00' } },
      { header: c.grade, key: 'grade', width: 8 },
      { header: c.errors, key: 'errors', width: 7, style: { numFmt: '0' } },
      { header: c.warnings, key: 'warnings', width: 7, style: { numFmt: '0' } },
      { header: c.infos, key: 'infos', width: 7, style: { numFmt: '0' } },
      { header: c.status, key: 'status', width: STATUS_WIDTH },
      { header: c.copy, key: 'copy', width: 28 },
    ];
    rows.forEach((row, index) => {
      const added = summary.addRow({
        rank: index + 1,
        file: row.file,
        unit: row.unit ?? '',
        year: row.year ?? null,
        tables: row.tables ?? null,
        statedTotal: row.statedTotal ?? null,
        recomputedTotal: row.recomputedTotal ?? null,
        grade: row.grade ?? '',
        // An unreadable file has no counts: blank, not a reassuring 0.
        errors: row.status === 'unreadable' ? null : row.errors,
        warnings: row.status === 'unreadable' ? null : row.warnings,
        infos: row.status === 'unreadable' ? null : row.infos,
        status: row.statusText,
        copy: row.copyLink ? { text: row.copyLink, hyperlink: row.copyLink } : (row.copyProblem ?? ''),
      });
      styleSummaryRow(added, row);
    });
    fitWidths(summary, [2, 3, 13], 60);
    finishTable(summary, rows.length);

    const findings = workbook.addWorksheet(r.findingsSheet, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const f = r.findingColumns;
    findings.columns = [
      { header: f.file, key: 'file', width: 28 },
      { header: f.unit, key: 'unit', width: 20 },
      { header: f.sheet, key: 'sheet', width: 20 },
      { header: f.cell, key: 'cell', width: 9 },
      { header: f.severity, key: 'severity', width: 7 },
      { header: f.rule, key: 'rule', width: 18 },
      { header: f.expected, key: 'expected', width: 12 },
      { header: f.actual, key: 'actual', width: 12 },
      {
        header: f.message,
        key: 'message',
        width: 70,
        style: { alignment: { wrapText: true, vertical: 'top' } },
      },
    ];
    let findingCount = 0;
    for (const row of rows) {
      const outcome = row.outcome;
      if (isUnreadable(outcome)) continue;
      for (const finding of outcome.findings) {
        const added = findings.addRow({
          file: outcome.file,
          unit: row.unit ?? '',
          sheet: finding.sheet,
          cell: finding.cell,
          severity: m.severity[finding.severity],
          rule: finding.rule,
          // Shown text as the sheet shows it ("92.85%"), kept as text so nothing is re-rounded.
          expected: finding.expected ?? '',
          actual: finding.actual ?? '',
          message: finding.message,
        });
        added.alignment = { vertical: 'top' };
        added.getCell('message').alignment = { wrapText: true, vertical: 'top' };
        added.height = wrappedHeight(finding.message, MESSAGE_WIDTH);
        added.getCell('severity').fill = solid(SEVERITY_FILL[finding.severity]);
        added.getCell('severity').font = { color: { argb: `FF${SEVERITY_INK[finding.severity]}` } };
        findingCount++;
      }
    }
    fitWidths(findings, [1, 2, 3, 6], 40);
    fitWidths(findings, [7, 8], 16);
    finishTable(findings, findingCount);
    summary.headerFooter.oddFooter = say('&L{title}&R&P / &N', { title: r.title });
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  },
};

function styleSummaryRow(added: ExcelJS.Row, row: SummaryRow): void {
  added.alignment = { vertical: 'top' };
  const status = added.getCell('status');
  if (row.status === 'unreadable') {
    status.fill = solid(SEVERITY_FILL.error);
    status.font = { bold: true, color: { argb: `FF${SEVERITY_INK.error}` } };
    status.alignment = { wrapText: true, vertical: 'top' };
    added.height = wrappedHeight(row.statusText, STATUS_WIDTH);
  } else if (row.status === 'errors') {
    status.fill = solid(SEVERITY_FILL.error);
    status.font = { color: { argb: `FF${SEVERITY_INK.error}` } };
  } else if (row.status === 'warnings') {
    status.fill = solid(SEVERITY_FILL.warning);
    status.font = { color: { argb: `FF${SEVERITY_INK.warning}` } };
  }
  if (row.errors > 0)
    added.getCell('errors').font = { bold: true, color: { argb: `FF${SEVERITY_INK.error}` } };
  if (
    row.statedTotal !== undefined &&
    row.recomputedTotal !== undefined &&
    Math.abs(row.statedTotal - row.recomputedTotal) >= 0.005
  ) {
    added.getCell('recomputedTotal').fill = solid(SEVERITY_FILL.error);
  }
  if (row.statedTotalNote) added.getCell('statedTotal').note = row.statedTotalNote;
  if (row.copyLink) added.getCell('copy').font = { color: { argb: 'FF0563C1' }, underline: true };
}

/** Header bold on a dark fill, filters over the data, borders, and the header printed on every page. */
function finishTable(sheet: ExcelJS.Worksheet, dataRows: number): void {
  const header = sheet.getRow(1);
  header.height = 20;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = solid(HEADER_FILL.slice(2));
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  const lastCol = sheet.columnCount;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, dataRows + 1), column: lastCol } };
  sheet.pageSetup.printTitlesRow = '1:1';
  for (let row = 1; row <= dataRows + 1; row++)
    for (let col = 1; col <= lastCol; col++)
      sheet.getCell(row, col).border = {
        top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
        bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
        left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
        right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
      };
}

/** Widens text columns to their longest entry (CJK counts double), within the set width and `max`. */
function fitWidths(sheet: ExcelJS.Worksheet, columns: readonly number[], max: number): void {
  for (const index of columns) {
    const column = sheet.getColumn(index);
    let widest = displayWidth(String(sheet.getCell(1, index).value ?? ''));
    column.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value;
      const text =
        typeof value === 'object' && value !== null && 'text' in value
          ? String(value.text)
          : String(value ?? '');
      widest = Math.max(widest, displayWidth(text));
    });
    column.width = Math.min(max, Math.max(6, widest + 2));
  }
}

function solid(rgb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}
