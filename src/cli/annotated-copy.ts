// The annotated copy of one input: its own bytes with the findings' fills and notes added surgically.
import { promises as fs } from 'node:fs';
import type { Finding, Lang } from '../engine/rules/types';
import { findingMarks } from './finding-marks';
import { WorkbookEditor } from './package/workbook-editor';

export async function annotatedCopy(file: string, findings: readonly Finding[], lang: Lang): Promise<Buffer> {
  const editor = await WorkbookEditor.open(await fs.readFile(file));
  await editor.mark(findingMarks(findings, lang));
  return editor.save();
}
