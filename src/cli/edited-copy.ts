// A copy of one input with cell values or formulas changed (for `selfeval fix --out`): the input's own package
// with only those cells' elements rewritten; each cell keeps its format. Write it with writeFileSafely.
import { promises as fs } from 'node:fs';
import { type CellEdit, WorkbookEditor } from './package/workbook-editor';

export async function editedCopy(file: string, edits: readonly CellEdit[]): Promise<Buffer> {
  const editor = await WorkbookEditor.open(await fs.readFile(file));
  await editor.setCells(edits);
  return editor.save();
}
