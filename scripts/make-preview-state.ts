// Writes src/preview/sample-state.json, the workbook the browser preview opens: seed 004 (执行率 90.12%, 得分 9.2
// where 9.01 is right; 成本 19/20 with no reason given), converted by sim-state-from-xlsx (values through the CLI's
// reader, number formats, formulas, merges, solid fills and notes) so the preview and the CLI see the same workbook.
// Run: npx tsx scripts/make-preview-state.ts [samples/seed-004.xlsx]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simStateFromXlsx } from './sim-state-from-xlsx';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'src/preview/sample-state.json');

async function main(): Promise<void> {
  const file = join(ROOT, process.argv[2] ?? 'samples/seed-004.xlsx');
  const state = await simStateFromXlsx(file);
  // Open on the department self-assessment: it holds the seed's fixable mistakes (得分, 总分).
  state.activeSheet = state.sheets.find((sheet) => /整体支出/.test(sheet.name))?.name ?? state.activeSheet;
  // Indented so a regenerated sample reviews as a readable diff.
  writeFileSync(OUT, JSON.stringify(state, null, 1) + '\n');
  console.log(
    `wrote ${OUT}: ${state.sheets.map((s) => `${s.name} (${Object.keys(s.cells).length} cells)`).join(', ')}`,
  );
}

void main();
