// A comparison as terminal text, JSON, a workbook or an HTML page.
import ExcelJS from 'exceljs';
import type { Finding, Lang } from '../../engine/rules/types';
import { alignColumns } from '../display-width';
import { esc } from '../formatters/html';
import { MESSAGES, say } from '../messages';
import { SEVERITY_FILL } from '../report/colours';
import { REPORT_CSS } from '../report/html-style';
import { DIFF_MESSAGES } from '../commands/diff-messages';
import type { Comparison } from './compare';

export type DiffFormat = 'table' | 'json' | 'xlsx' | 'html';

export const DIFF_FORMAT_BY_ENDING: Readonly<Record<string, DiffFormat>> = {
  '.txt': 'table',
  '.json': 'json',
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
};

export async function formatComparison(
  comparison: Comparison,
  format: DiffFormat,
  lang: Lang,
): Promise<string | Uint8Array> {
  if (format === 'json') return JSON.stringify(comparison, null, 2);
  if (format === 'xlsx') return workbookOf(comparison, lang);
  if (format === 'html') return pageOf(comparison, lang);
  return textOf(comparison, lang);
}

type Status = keyof (typeof DIFF_MESSAGES)['zh']['status'];

function sections(c: Comparison): [Status, readonly Finding[]][] {
  return [
    ['open', c.open],
    ['added', c.added],
    ['corrected', c.corrected],
  ];
}

function textOf(c: Comparison, lang: Lang): string {
  const d = DIFF_MESSAGES[lang];
  const m = MESSAGES[lang];
  const lines = [say(d.heading, { old: c.old, new: c.new })];
  for (const [status, findings] of sections(c)) {
    lines.push(`  ${say(d[status], { count: findings.length })}`);
    if (findings.length === 0) lines.push(`    ${d.none}`);
    else
      for (const line of alignColumns([
        [...m.columns],
        ...findings.map((f) => [
          f.cell,
          m.severity[f.severity],
          f.rule,
          f.expected ?? '',
          f.actual ?? '',
          f.message,
        ]),
      ]))
        lines.push(`    ${line}`);
  }
  lines.push(`  ${say(d.changes, { count: c.changes.length })}`);
  if (c.changes.length === 0) lines.push(`    ${d.none}`);
  else
    for (const line of alignColumns([
      [...d.changeColumns],
      ...c.changes.map((x) => [x.sheet, x.cell, x.before, x.after]),
    ]))
      lines.push(`    ${line}`);
  lines.push(summaryLine(c, lang));
  return lines.join('\n') + '\n';
}

export function summaryLine(c: Comparison, lang: Lang): string {
  return say(DIFF_MESSAGES[lang].summary, {
    corrected: c.corrected.length,
    open: c.open.length,
    added: c.added.length,
    changes: c.changes.length,
  });
}

async function workbookOf(c: Comparison, lang: Lang): Promise<Uint8Array> {
  const d = DIFF_MESSAGES[lang];
  const m = MESSAGES[lang];
  const workbook = new ExcelJS.Workbook();
  const findings = workbook.addWorksheet(d.findingsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  findings.columns = [
    { header: d.statusColumn, key: 'status', width: 12 },
    { header: m.columns[0], key: 'cell', width: 10 },
    { header: m.columns[1], key: 'severity', width: 8 },
    { header: m.columns[2], key: 'rule', width: 20 },
    { header: m.columns[3], key: 'expected', width: 12 },
    { header: m.columns[4], key: 'actual', width: 12 },
    { header: m.columns[5], key: 'message', width: 80 },
  ];
  for (const [status, list] of sections(c))
    for (const f of list) {
      const row = findings.addRow({
        status: d.status[status],
        cell: `${f.sheet}!${f.cell}`,
        severity: m.severity[f.severity],
        rule: f.rule,
        expected: f.expected ?? '',
        actual: f.actual ?? '',
        message: f.message,
      });
      row.getCell('message').alignment = { wrapText: true, vertical: 'top' };
      const colour = status === 'corrected' ? 'C6EFCE' : SEVERITY_FILL[f.severity];
      row.getCell('status').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour}` } };
    }
  const changes = workbook.addWorksheet(d.changesSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  changes.columns = [
    { header: d.changeColumns[0], key: 'sheet', width: 24 },
    { header: d.changeColumns[1], key: 'cell', width: 10 },
    { header: d.changeColumns[2], key: 'before', width: 30 },
    { header: d.changeColumns[3], key: 'after', width: 30 },
  ];
  for (const x of c.changes) changes.addRow(x);
  for (const sheet of [findings, changes]) {
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: sheet.rowCount, column: sheet.columnCount },
    };
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function pageOf(c: Comparison, lang: Lang): string {
  const d = DIFF_MESSAGES[lang];
  const m = MESSAGES[lang];
  const block = (status: Status, list: readonly Finding[]) =>
    `<h2>${esc(say(d[status], { count: list.length }))}</h2>` +
    (list.length === 0
      ? `<p class="empty">${esc(d.none)}</p>`
      : `<ol class="findings">${list
          .map(
            (f) =>
              `<li class="sev-border-${status === 'corrected' ? 'info' : f.severity}"><span class="badge sev-${f.severity}">${esc(m.severity[f.severity])}</span> <b>${esc(f.sheet)}!${esc(f.cell)}</b> <code>${esc(f.rule)}</code><div>${esc(f.message)}</div></li>`,
          )
          .join('')}</ol>`);
  const changes =
    `<h2>${esc(say(d.changes, { count: c.changes.length }))}</h2>` +
    `<table class="summary"><thead><tr>${d.changeColumns.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    c.changes
      .map(
        (x) =>
          `<tr><td>${esc(x.sheet)}</td><td>${esc(x.cell)}</td><td>${esc(x.before)}</td><td>${esc(x.after)}</td></tr>`,
      )
      .join('') +
    '</tbody></table>';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(say(d.heading, { old: c.old, new: c.new }))}</title><style>${REPORT_CSS}</style></head><body>`,
    `<h1>${esc(say(d.heading, { old: c.old, new: c.new }))}</h1>`,
    `<p class="meta">${esc(summaryLine(c, lang))}</p>`,
    ...sections(c).map(([status, list]) => block(status, list)),
    changes,
    '</body></html>',
  ].join('\n');
}
