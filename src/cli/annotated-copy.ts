// The annotated copy of one input: its own bytes with the findings' fills and notes added surgically. An .xls
// input is first rewritten as .xlsx (package/xls-as-xlsx.ts): its copy is always an .xlsx.
import { promises as fs } from 'node:fs';
import type { Finding, Lang } from '../engine/rules/types';
import { findingMarks } from './finding-marks';
import { WorkbookEditor } from './package/workbook-editor';
import { xlsAsXlsx } from './package/xls-as-xlsx';
import { identifyFile } from './read/identify';

export async function annotatedCopy(file: string, findings: readonly Finding[], lang: Lang): Promise<Buffer> {
  const input = await fs.readFile(file);
  const editor = await WorkbookEditor.open(identifyFile(input).kind === 'xls' ? xlsAsXlsx(input) : input);
  await editor.mark(findingMarks(findings, lang));
  return editor.save();
}
