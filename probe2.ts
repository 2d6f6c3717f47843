import { performance } from 'node:perf_hooks';
import { loadWorkbook, workbookToGrids } from './src/cli/read-workbook';
import { recognizeTables } from './src/engine/recognize';
import { checkTables } from './src/engine/check';
import { buildSystem } from './src/engine/localize/system';
import { localize } from './src/engine/localize/solve';
import { patchTables } from './src/engine/localize/patch';
(async () => {
  const grids = workbookToGrids(await loadWorkbook('/tmp/b.xlsx'));
  const tables = recognizeTables(grids[0]);
  const findings = checkTables(tables);
  const erring = tables.filter((t) => findings.some((f) => f.severity === 'error' && Number(/\d+/.exec(f.cell)![0]) - 1 >= t.area.top && Number(/\d+/.exec(f.cell)![0]) - 1 <= t.area.bottom));
  console.log('erring', erring.length);
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    const system = buildSystem(erring, grids);
    let t1 = performance.now();
    const res = localize(system);
    let t2 = performance.now();
    for (const t of erring) { checkTables([t]); checkTables(patchTables([t], [])); }
    let t3 = performance.now();
    console.log('build', (t1 - t0).toFixed(1), 'localize', (t2 - t1).toFixed(1), 'rechecks', (t3 - t2).toFixed(1), res.length, system.constraints.length);
  }
})();
