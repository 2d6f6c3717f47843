// Annotated copies: the surgical package writer against the old ExcelJS load-and-save, same marks, same files.
// `npx tsx scripts/bench-copies.ts [ROWS]` prints ms and output bytes for each. Not part of `npm test`.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { annotateWorkbook } from '../src/cli/annotate';
import { findingMarks } from '../src/cli/finding-marks';
import { WorkbookEditor } from '../src/cli/package/workbook-editor';
import { loadWorkbook, workbookToGrids } from '../src/cli/read-workbook';
import { checkWorkbook } from '../src/engine/check';
import type { Finding } from '../src/engine/rules/types';

async function measure(label: string, file: string, findings: readonly Finding[]): Promise<void> {
  const bytes = await fs.readFile(file);
  let t = performance.now();
  const editor = await WorkbookEditor.open(bytes);
  await editor.mark(findingMarks(findings, 'zh'));
  const surgical = await editor.save();
  const surgicalMs = performance.now() - t;
  t = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  annotateWorkbook(workbook, findings, 'zh');
  const exceljs = Buffer.from(await workbook.xlsx.writeBuffer());
  const exceljsMs = performance.now() - t;
  console.log(
    `${label.padEnd(28)} input ${bytes.length} B | surgical ${surgicalMs.toFixed(0)} ms, ${surgical.length} B | ` +
      `ExcelJS ${exceljsMs.toFixed(0)} ms, ${exceljs.length} B`,
  );
}

async function main(): Promise<void> {
  for (const name of ['seed-000.xlsx', 'seed-002.xlsx', 'seed-003.xlsx', 'seed-004.xlsx']) {
    const file = path.join('samples', name);
    const findings = checkWorkbook(workbookToGrids(await loadWorkbook(file))).findings;
    await measure(name, file, findings);
  }
  const rows = Number(process.argv[2] ?? 50000);
  const big = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'bench-copies-')), 'big.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  for (let r = 1; r <= rows; r++)
    sheet.addRow(Array.from({ length: 20 }, (_, c) => (c === 0 ? `row ${r}` : r * c)));
  await workbook.xlsx.writeFile(big);
  // One finding every 50 rows: 2% of rows marked.
  const findings: Finding[] = Array.from({ length: Math.floor(rows / 50) }, (_, k) => ({
    rule: 'bench',
    severity: 'error',
    sheet: 'data',
    cell: `C${(k + 1) * 50}`,
    message: 'bench',
    expected: '1',
    actual: '2',
  })) as unknown as Finding[];
  await measure(`${rows} rows × 20`, big, findings);
}

void main();
