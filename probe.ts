import { performance } from 'node:perf_hooks';
import { promises as fs } from 'node:fs';
import { writeBenchWorkbook } from './scripts/bench-engine';
import { loadWorkbook, workbookToGrids } from './src/cli/read-workbook';
import { recognizeTables } from './src/engine/recognize';
import { checkTables } from './src/engine/check';
import { localizeFindings } from './src/engine/localize/plan';
(async () => {
  await writeBenchWorkbook('/tmp/b.xlsx');
  const grids = workbookToGrids(await loadWorkbook('/tmp/b.xlsx'));
  const tables = recognizeTables(grids[0]);
  const findings = checkTables(tables);
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const r = localizeFindings(tables, grids, findings, 'zh', (s) => checkTables(s));
    console.log('localize', (performance.now() - t0).toFixed(1), r.plan.changes.length, r.plan.unresolved.length);
  }
})();
