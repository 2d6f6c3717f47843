// Converts a workbook (samples/*.xlsx) into the simulated host's JSON state, with the converter the preview page
// uses on a file a reviewer opens (src/preview/xlsx-state.ts).
// Run: npx tsx scripts/sim-state-from-xlsx.ts samples/seed-004.xlsx [out.json]
import { writeFileSync } from 'node:fs';
import { loadWorkbook } from '../src/cli/read-workbook';
import { sheetToSim, workbookToSim } from '../src/preview/xlsx-state';
import type { SimWorkbookState } from '../src/simhost';
import { serializeState } from '../src/simhost';

export { sheetToSim };

export async function simStateFromXlsx(file: string): Promise<SimWorkbookState> {
  return workbookToSim(await loadWorkbook(file), file);
}

async function main(): Promise<void> {
  const [file, out] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx scripts/sim-state-from-xlsx.ts <workbook.xlsx> [out.json]');
    process.exitCode = 2;
    return;
  }
  const json = serializeState(await simStateFromXlsx(file));
  if (out) writeFileSync(out, json + '\n');
  else process.stdout.write(json + '\n');
}

if (require.main === module) void main();
