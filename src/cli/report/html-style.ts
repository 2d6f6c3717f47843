// The HTML report's one stylesheet: inline, no fonts or scripts fetched, so the file works offline and by mail.
import { SEVERITY_FILL, SEVERITY_INK } from './colours';

const fill = (s: keyof typeof SEVERITY_FILL) => `#${SEVERITY_FILL[s]}`;
const ink = (s: keyof typeof SEVERITY_INK) => `#${SEVERITY_INK[s]}`;

export const REPORT_CSS = `
*{box-sizing:border-box}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;
  margin:24px;color:#1f1f1f;font-size:14px;line-height:1.45}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 2px;word-break:break-all}
h3{font-size:14px;margin:14px 0 6px}
.meta{color:#555;margin:0 0 8px}
.legend{color:#555;font-size:12px}
a{color:#0563c1}
table{border-collapse:collapse}
.summary{width:100%;font-size:13px;margin:12px 0}
.summary th{background:#305496;color:#fff;font-weight:600;padding:6px 8px;text-align:left;position:sticky;top:0;white-space:nowrap}
.summary td{border-bottom:1px solid #d9d9d9;padding:5px 8px;vertical-align:top}
.summary td.file{overflow-wrap:anywhere;min-width:12em;max-width:24em}
.summary td.status{max-width:18em}
.summary tbody tr:nth-child(even){background:#f7f9fc}
.num{text-align:right;font-variant-numeric:tabular-nums}
.summary th.num{text-align:right}
.status-unreadable,.status-errors{color:${ink('error')};font-weight:600}
.status-warnings{color:${ink('warning')}}
.status-clean{color:#375623}
td.status-unreadable,td.status-errors{background:${fill('error')}}
td.status-warnings{background:${fill('warning')}}
.strong-error{color:${ink('error')};font-weight:700}
.file-section{border-top:2px solid #305496;padding-top:12px;margin-top:28px}
.rank{display:inline-block;min-width:1.6em;padding:0 4px;border-radius:4px;background:#305496;color:#fff;text-align:center}
.range{color:#666;font-weight:400;font-family:Consolas,monospace}
.pair{display:flex;gap:16px;align-items:flex-start}
.grid-wrap{flex:0 1 auto;overflow-x:auto;max-width:68%}
.grid{font-size:11px;border:1px solid #bfbfbf}
.grid th{background:#f2f2f2;color:#666;font-weight:400;border:1px solid #d9d9d9;padding:1px 4px;text-align:center}
.grid td{border:1px solid #d9d9d9;padding:2px 4px;vertical-align:top;max-width:14em;word-break:break-word;white-space:pre-wrap}
.grid td.n{white-space:nowrap}
.grid sup{font-size:9px;color:#000;background:#fff;border:1px solid #888;border-radius:6px;padding:0 3px;margin-left:2px}
.sev-error{background:${fill('error')}}
.sev-warning{background:${fill('warning')}}
.sev-info{background:${fill('info')}}
.findings{flex:1 1 320px;min-width:300px;margin:0;padding-left:2.2em;font-size:13px}
.findings li{margin:0 0 8px;padding-left:6px;border-left:3px solid #ccc}
.sev-border-error{border-left-color:${ink('error')}!important}
.sev-border-warning{border-left-color:#c9a100!important}
.sev-border-info{border-left-color:${ink('info')}!important}
.findings li.more{list-style:none;color:#555;font-size:12px}
.findings code{color:#555;font-size:12px}
.findings .values{color:#444;font-size:12px}
.badge{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px}
.badge.sev-error{color:${ink('error')}}
.badge.sev-warning{color:${ink('warning')}}
.badge.sev-info{color:${ink('info')}}
.empty{color:#375623}
@page{size:A4 portrait;margin:12mm 10mm}
@page front{size:A4 landscape;margin:10mm}
@media print{
  body{margin:0;font-size:10pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .noprint{display:none}
  .front{page:front}
  .summary td.file{max-width:none;word-break:normal;overflow-wrap:anywhere}
  .summary{font-size:8.5pt}
  .summary th{position:static;padding:3px 4px}
  .summary td{padding:2px 4px}
  .summary tr,.grid tr,.findings li{break-inside:avoid}
  thead{display:table-header-group}
  .file-section{break-before:page;border-top:none;margin-top:0}
  .file-section.unreadable{break-before:auto;margin-top:8mm}
  /* Unreadable files come first and are one line each: the first readable file follows them on their page. */
  .file-section.unreadable + .file-section:not(.unreadable){break-before:auto;margin-top:8mm}
  .pair{display:block}
  .grid-wrap{max-width:none;overflow:visible}
  .grid{width:100%;font-size:7pt}
  .grid td{max-width:none;padding:1px 2px}
  .findings{font-size:8.5pt;margin-top:6px;min-width:0}
  .table-block h3{break-after:avoid}
  a{color:inherit;text-decoration:none}
}
`;
