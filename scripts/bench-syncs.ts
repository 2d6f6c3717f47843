// Counts context.sync() round trips of the add-in's adapter against the simulated host and merges them into
// bench-results.json (read-modify-write: other scripts own other keys).
//   syncs_validate_1sheet    read('active-sheet') — validation's only host work; checking itself is pure
//   syncs_validate_50sheets  read('workbook') of 50 sheets after start-up (loadIgnored has learnt the names)
//   syncs_validate_50sheets_cold  the same with nothing learnt yet
//   syncs_highlight          highlight(findings) right after the validating read (what the pane and the ribbon
//                            do): the read brought fills, note counts and the record along — goal 1
//   syncs_highlight_cold     highlight(findings) with no fresh read: one probe + one write
//   syncs_clear_highlights   clearHighlights(): the saved record, the recorded cells' current fills (a cell no
//                            longer showing our colour is left alone), one write
//   syncs_insert             applyBlockPlan(): write syncs of a preset-block insert (goal 1), on the seed's 附件2
//   syncs_insert_read        its validating read syncs, counted apart
//   syncs_undo_insert        undoLastInsert() of that insert: the record, the rows and used range, one write
//   syncs_fix                applyFixes() of every fix the sample's findings offer on value cells: one read
//                            (each cell must still hold what was validated; it is also the rollback's basis),
//                            one write
// Run: npx tsx scripts/bench-syncs.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../src/engine/check';
import { findPreset, planBlockInsertion } from '../src/engine/presets';
import { recognizeTables } from '../src/engine/recognize';
import { createExcelPort } from '../src/excel';
import type { SimHostHandle, SimWorkbookState } from '../src/simhost';
import { ValidationSession } from '../src/app/validation-session';
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
  const highlightCold = await host.countSyncs(() => port.highlight(findings));
  const fixSyncs = await fixSyncCount(host, port);
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

  const insert = await insertSyncs(sample);

  const measured = {
    syncs_validate_1sheet: validate1,
    syncs_validate_50sheets: validate50,
    syncs_validate_50sheets_cold: cold,
    syncs_highlight: highlight,
    syncs_highlight_writes: highlightWrites,
    syncs_highlight_cold: highlightCold,
    syncs_clear_highlights: clear,
    syncs_insert: insert.writes,
    syncs_insert_read: insert.reads,
    syncs_undo_insert: insert.undo,
    syncs_fix: fixSyncs,
  };
  const existing: Record<string, unknown> = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(RESULTS, JSON.stringify({ ...existing, ...measured }, null, 2) + '\n');
  console.log(`${findings.length} findings highlighted on the sample;`, measured);
}

/** 全部修正 on the sample: the fixes the session would write (value cells only: a constant never goes over a formula). */
async function fixSyncCount(host: SimHostHandle, port: ReturnType<typeof createExcelPort>): Promise<number> {
  const session = new ValidationSession(port, { lang: 'zh' });
  await session.validate('active-sheet');
  const fixes = session
    .pendingFixes()
    .map((entry) => entry.fix)
    .filter((fix) => fix.validated?.formula === undefined);
  if (fixes.length === 0) throw new Error('the sample offers no value fix');
  return host.countSyncs(() => port.applyFixes(fixes));
}

/** The 信访 preset at the end of the 产出指标 group of the sample's overall self-assessment. */
async function insertSyncs(
  sample: SimWorkbookState,
): Promise<{ writes: number; reads: number; undo: number }> {
  const host = installSimHost(sample);
  try {
    const port = createExcelPort();
    const grid = (await port.read('active-sheet')).grids[0];
    const table = recognizeTables(grid).find(
      (candidate) => candidate.kind !== 'basic-data' && candidate.indicators,
    );
    const preset = findPreset('petition');
    if (!table || table.kind === 'basic-data' || !table.indicators || !preset)
      throw new Error(`no indicator section on ${grid.name}`);
    const plan = planBlockInsertion({
      grid,
      section: table.indicators,
      preset,
      position: { group: 'output' },
      year: 2023,
    });
    const start = host.syncCount;
    await port.applyBlockPlan(plan, grid);
    const syncs = host.syncLog.slice(start);
    const undo = await host.countSyncs(() => port.undoLastInsert());
    return {
      writes: syncs.filter((sync) => sync.writes > 0).length,
      reads: syncs.filter((sync) => sync.writes === 0).length,
      undo,
    };
  } finally {
    host.uninstall();
  }
}

void main();
