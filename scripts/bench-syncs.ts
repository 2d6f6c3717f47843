// Counts context.sync() round trips of the add-in's adapter against the simulated host and merges them into
// bench-results.json (read-modify-write: other scripts own other keys).
//   syncs_validate_1sheet    read('active-sheet') — validation's only host work; checking itself is pure
//   syncs_validate_50sheets  read('workbook') of 50 sheets after start-up (loadIgnored has learnt the names)
//   syncs_validate_50sheets_cold  the same with nothing learnt yet
//   syncs_highlight          highlight(findings): one read of current fills/notes/record + one write
//   syncs_clear_highlights   clearHighlights(): one read of the saved record + one write
// Run: npx tsx scripts/bench-syncs.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../src/engine/check';
import { createExcelPort } from '../src/excel';
import type { SimWorkbookState } from '../src/simhost';
import { installSimHost } from '../src/simhost';
import { simStateFromXlsx } from './sim-state-from-xlsx';

const ROOT = join(__dirname, '..');
const RESULTS = join(ROOT, 'bench-results.json');
const SAMPLE = join(ROOT, 'samples/seed-004.xlsx');

function fiftyCopies(state: SimWorkbookState): SimWorkbookState {
  const source = state.sheets.find((sheet) => /整体支出/.test(sheet.name)) ?? state.sheets[0];
  const sheets = Array.from({ length: 50 }, (_, i) => ({
    ...structuredClone(source),
    name: `${source.name} ${i + 1}`,
  }));
  return { sheets, activeSheet: sheets[0].name, settings: {} };
}

async function main(): Promise<void> {
  if (!existsSync(SAMPLE)) throw new Error(`${SAMPLE} is missing: run the sample builder first`);
  const sample = await simStateFromXlsx(SAMPLE);
  sample.activeSheet = sample.sheets.find((sheet) => /整体支出/.test(sheet.name))?.name ?? sample.activeSheet;

  let host = installSimHost(sample);
  let port = createExcelPort();
  let findings: ReturnType<typeof checkWorkbook>['findings'] = [];
  const validate1 = await host.countSyncs(async () => {
    findings = checkWorkbook((await port.read('active-sheet')).grids).findings;
  });
  const highlight = await host.countSyncs(() => port.highlight(findings));
  const highlightWrites = host.syncLog.slice(-highlight).filter((sync) => sync.writes > 0).length;
  const clear = await host.countSyncs(() => port.clearHighlights());
  host.uninstall();

  host = installSimHost(fiftyCopies(sample));
  port = createExcelPort();
  const cold = await host.countSyncs(() => port.read('workbook'));
  host.uninstall();
  host = installSimHost(fiftyCopies(sample));
  port = createExcelPort();
  await port.loadIgnored(); // what the pane does at start-up
  const validate50 = await host.countSyncs(async () => checkWorkbook((await port.read('workbook')).grids));
  host.uninstall();

  const measured = {
    syncs_validate_1sheet: validate1,
    syncs_validate_50sheets: validate50,
    syncs_validate_50sheets_cold: cold,
    syncs_highlight: highlight,
    syncs_highlight_writes: highlightWrites,
    syncs_clear_highlights: clear,
  };
  const existing: Record<string, unknown> = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(RESULTS, JSON.stringify({ ...existing, ...measured }, null, 2) + '\n');
  console.log(`${findings.length} findings highlighted on the sample;`, measured);
}

void main();
