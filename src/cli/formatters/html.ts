// One self-contained, offline HTML page: the summary table, then for each file each recognised table drawn as a
// grid with the flagged cells coloured and the findings listed beside it. Prints on A4 (see report/html-style).
import { columnLetters, parseA1Area } from '../../engine/grid/a1';
import type { Finding, Lang, Severity } from '../../engine/rules/types';
import { MESSAGES, say } from '../messages';
import { SEVERITY_RANK } from '../report/colours';
import { REPORT_CSS } from '../report/html-style';
import { isUnreadable, type CheckedFile, type TableSnapshot } from '../report/outcome';
import { REPORT_MESSAGES } from '../report/report-messages';
import { summaryRows, type SummaryRow } from '../report/summary-rows';
import { INFO_SHOWN_PER_RULE, countBySeverity } from './table';
import type { Formatter } from './types';

export const htmlFormatter: Formatter = {
  id: 'html',
  extensions: ['.html', '.htm'],
  needsSnapshots: true,
  format(outcomes, { lang, reportPath }) {
    const r = REPORT_MESSAGES[lang];
    const rows = summaryRows(outcomes, lang, reportPath);
    const counts = countBySeverity(outcomes.flatMap((o) => (isUnreadable(o) ? [] : o.findings)));
    const generated = say(r.generated, {
      time: localTime(new Date()),
      files: outcomes.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      unusable: outcomes.filter(isUnreadable).length,
    });
    return [
      '<!DOCTYPE html>',
      `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
      '<head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(r.title)}</title>`,
      `<style>${REPORT_CSS}</style></head>`,
      '<body>',
      `<div class="front"><header id="top"><h1>${esc(r.title)}</h1><p class="meta">${esc(generated)}</p></header>`,
      summaryTable(rows, lang),
      `<p class="legend">${legend(lang)}</p></div>`,
      ...rows.map((row, index) => fileSection(row, index, lang)),
      '</body></html>',
    ].join('\n');
  },
};

function summaryTable(rows: readonly SummaryRow[], lang: Lang): string {
  const c = REPORT_MESSAGES[lang].summaryColumns;
  // The copy column only when the run wrote copies (--out).
  const copies = rows.some((row) => row.copyLink || row.copyProblem);
  const head = [c.rank, c.file, c.unit, c.year, c.tables, c.statedTotal, c.recomputedTotal, c.grade]
    .map((h) => `<th>${esc(h)}</th>`)
    .concat([c.errors, c.warnings, c.infos].map((h) => `<th class="num">${esc(h)}</th>`))
    .concat((copies ? [c.status, c.copy] : [c.status]).map((h) => `<th>${esc(h)}</th>`))
    .join('');
  const body = rows
    .map((row, index) => {
      const differs =
        row.statedTotal !== undefined &&
        row.recomputedTotal !== undefined &&
        Math.abs(row.statedTotal - row.recomputedTotal) >= 0.005;
      const cells = [
        `<td class="num">${index + 1}</td>`,
        `<td class="file"><a href="#file-${index + 1}">${esc(row.file)}</a></td>`,
        `<td>${esc(row.unit ?? '')}</td>`,
        `<td class="num">${row.year ?? ''}</td>`,
        `<td class="num">${row.tables ?? ''}</td>`,
        `<td class="num">${fixed(row.statedTotal)}${row.statedTotalNote ? `<br><small>${esc(row.statedTotalNote)}</small>` : ''}</td>`,
        `<td class="num${differs ? ' sev-error' : ''}">${fixed(row.recomputedTotal)}</td>`,
        `<td>${esc(row.grade ?? '')}</td>`,
        `<td class="num${row.errors ? ' strong-error' : ''}">${row.status === 'unreadable' ? '' : row.errors}</td>`,
        `<td class="num">${row.status === 'unreadable' ? '' : row.warnings}</td>`,
        `<td class="num">${row.status === 'unreadable' ? '' : row.infos}</td>`,
        `<td class="status status-${row.status}">${esc(row.statusText)}</td>`,
        copies
          ? `<td>${row.copyLink ? `<a href="${esc(encodeURI(row.copyLink))}">${esc(row.copyLink)}</a>` : `<span class="status-errors">${esc(row.copyProblem ?? '')}</span>`}</td>`
          : '',
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="summary"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function fileSection(row: SummaryRow, index: number, lang: Lang): string {
  const r = REPORT_MESSAGES[lang];
  const heading = [row.unit, row.year ? String(row.year) : undefined].filter(Boolean).join(' · ');
  const parts = [
    `<section class="file-section${row.status === 'unreadable' ? ' unreadable' : ''}" id="file-${index + 1}">`,
    `<h2><span class="rank">${index + 1}</span> ${esc(row.file)}</h2>`,
    `<p class="meta">${esc(heading)}${heading ? ' — ' : ''}<span class="status-${row.status}">${esc(row.statusText)}</span>` +
      (row.status === 'unreadable'
        ? ''
        : ` · ${esc(say(r.findingsOf, { errors: row.errors, warnings: row.warnings, infos: row.infos }))}`) +
      `<span class="noprint"> · <a href="#top">${esc(r.backToTop)}</a></span></p>`,
  ];
  const outcome = row.outcome;
  if (!isUnreadable(outcome)) parts.push(...tablesOf(outcome, lang));
  parts.push('</section>');
  return parts.join('\n');
}

interface Numbered {
  readonly number: number;
  readonly finding: Finding;
  /** Beyond a few notes of one rule in a table, the rest are only coloured in the grid and counted. */
  readonly listed: boolean;
}

function withListing(findings: readonly Omit<Numbered, 'listed'>[]): Numbered[] {
  const seen = new Map<string, number>();
  return findings.map((n) => {
    if (n.finding.severity !== 'info') return { ...n, listed: true };
    const count = (seen.get(n.finding.rule) ?? 0) + 1;
    seen.set(n.finding.rule, count);
    return { ...n, listed: count <= INFO_SHOWN_PER_RULE };
  });
}

function tablesOf(outcome: CheckedFile, lang: Lang): string[] {
  const r = REPORT_MESSAGES[lang];
  const m = MESSAGES[lang];
  if (outcome.tables.length === 0) return [`<p class="empty">${esc(r.noTables)}</p>`];
  const numbered = outcome.findings.map((finding, k) => ({ number: k + 1, finding }));
  const placed = new Set<Omit<Numbered, 'listed'>>();
  const html: string[] = [];
  for (const snapshot of outcome.snapshots ?? []) {
    const inTable = numbered.filter(
      (n) => n.finding.sheet === snapshot.sheet && inside(snapshot, n.finding.cell),
    );
    inTable.forEach((n) => placed.add(n));
    const mine = withListing(inTable);
    html.push(
      '<div class="table-block">',
      `<h3>${esc(snapshot.sheet)} <span class="range">${esc(snapshot.range)}</span> · ${esc(m.kind[snapshot.kind])}</h3>`,
      '<div class="pair">',
      gridOf(snapshot, mine),
      findingList(mine, lang),
      '</div></div>',
    );
  }
  const outside = withListing(numbered.filter((n) => !placed.has(n)));
  if (outside.length > 0)
    html.push(`<div class="table-block"><h3>${esc(r.outside)}</h3>`, findingList(outside, lang), '</div>');
  return html;
}

function gridOf(snapshot: TableSnapshot, findings: readonly Numbered[]): string {
  const marks = new Map<string, { severity: Severity; numbers: number[] }>();
  for (const { number, finding, listed } of findings) {
    const area = parseA1Area(finding.cell);
    if (!area) continue;
    for (let row = area.top; row <= area.bottom; row++)
      for (let col = area.left; col <= area.right; col++) {
        const key = `${row - snapshot.top},${col - snapshot.left}`;
        const mark = marks.get(key) ?? { severity: finding.severity, numbers: [] };
        if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[mark.severity]) mark.severity = finding.severity;
        if (listed && row === area.top && col === area.left && !mark.numbers.includes(number))
          mark.numbers.push(number);
        marks.set(key, mark);
      }
  }
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const merge of snapshot.merges) {
    spans.set(`${merge.top},${merge.left}`, { rows: merge.rows, cols: merge.cols });
    for (let r = 0; r < merge.rows; r++)
      for (let c = 0; c < merge.cols; c++) if (r || c) covered.add(`${merge.top + r},${merge.left + c}`);
  }
  const width = snapshot.cells[0]?.length ?? 0;
  const letters = Array.from(
    { length: width },
    (_, c) => `<th>${columnLetters(snapshot.left + c)}</th>`,
  ).join('');
  const lines = [`<table class="grid"><thead><tr><th></th>${letters}</tr></thead><tbody>`];
  snapshot.cells.forEach((cells, r) => {
    const tds: string[] = [`<th>${snapshot.top + r + 1}</th>`];
    cells.forEach((text, c) => {
      const key = `${r},${c}`;
      if (covered.has(key)) return;
      const span = spans.get(key);
      // A merged area is marked when any of its cells is.
      let mark = marks.get(key);
      if (span)
        for (let dr = 0; dr < span.rows; dr++)
          for (let dc = 0; dc < span.cols; dc++) {
            const inner = marks.get(`${r + dr},${c + dc}`);
            if (inner && (!mark || SEVERITY_RANK[inner.severity] > SEVERITY_RANK[mark.severity]))
              mark = { severity: inner.severity, numbers: [...(mark?.numbers ?? []), ...inner.numbers] };
          }
      const attrs = [
        span && span.rows > 1 ? ` rowspan="${span.rows}"` : '',
        span && span.cols > 1 ? ` colspan="${span.cols}"` : '',
        // Short figures never wrap ("100%" split over two lines reads as two values).
        classes(mark ? `sev-${mark.severity}` : '', text.length <= 10 ? 'n' : ''),
        ` title="${columnLetters(snapshot.left + c)}${snapshot.top + r + 1}"`,
      ].join('');
      const tag = mark && mark.numbers.length ? `<sup>${[...new Set(mark.numbers)].join(',')}</sup>` : '';
      tds.push(`<td${attrs}>${esc(text)}${tag}</td>`);
    });
    lines.push(`<tr>${tds.join('')}</tr>`);
  });
  lines.push('</tbody></table>');
  return `<div class="grid-wrap">${lines.join('')}</div>`;
}

function findingList(findings: readonly Numbered[], lang: Lang): string {
  const m = MESSAGES[lang];
  const r = REPORT_MESSAGES[lang];
  if (findings.length === 0) return `<p class="findings empty">${esc(r.noFindings)}</p>`;
  const hidden = new Map<string, number>();
  for (const { finding, listed } of findings)
    if (!listed) hidden.set(finding.rule, (hidden.get(finding.rule) ?? 0) + 1);
  const items = findings
    .filter((n) => n.listed)
    .map(({ number, finding }) => {
      // A blank cell's actual is '': it reads as "—" like a missing value, and a pair of blanks says nothing.
      const expected = finding.expected || '—';
      const actual = finding.actual || '—';
      const values =
        finding.expected || finding.actual
          ? `<div class="values">${esc(say(r.values, { expected, actual }))}</div>`
          : '';
      return (
        `<li value="${number}" class="sev-border-${finding.severity}">` +
        `<span class="badge sev-${finding.severity}">${esc(m.severity[finding.severity])}</span> ` +
        `<b>${esc(finding.cell)}</b> <code>${esc(finding.rule)}</code>` +
        `<div>${esc(finding.message)}</div>${values}</li>`
      );
    });
  for (const [rule, count] of hidden)
    items.push(`<li class="more sev-border-info">${esc(say(r.moreInfo, { count, rule }))}</li>`);
  return `<ol class="findings">${items.join('')}</ol>`;
}

function classes(...names: string[]): string {
  const list = names.filter(Boolean);
  return list.length ? ` class="${list.join(' ')}"` : '';
}

function legend(lang: Lang): string {
  return esc(REPORT_MESSAGES[lang].legend);
}

function inside(snapshot: TableSnapshot, cell: string): boolean {
  const area = parseA1Area(cell);
  if (!area) return false;
  const rows = snapshot.cells.length;
  const cols = snapshot.cells[0]?.length ?? 0;
  return (
    area.top >= snapshot.top &&
    area.top < snapshot.top + rows &&
    area.left >= snapshot.left &&
    area.left < snapshot.left + cols
  );
}

function fixed(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(2);
}

function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
