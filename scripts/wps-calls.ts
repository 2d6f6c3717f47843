// How many calls cross to WPS per operation on the sample workbooks, counted on the simulated WPS host (each call
// is synchronous, ~0.2 ms in WPS by its own documentation): npx tsx scripts/wps-calls.ts
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkWorkbook } from '../src/engine/check';
import { bookFromExcelSim, installSimWps } from '../src/simwps';
import { createWpsPort } from '../src/wps';
import { simStateFromXlsx } from './sim-state-from-xlsx';

const SAMPLES = [
  'seed-000',
  'seed-002',
  'seed-003',
  'seed-004',
  'variant-seed-003-stacked-offset',
  'variant-seed-004-text-figures',
]
  .map((name) => join(__dirname, '..', 'samples', `${name}.xlsx`))
  .filter((file) => existsSync(file));

async function main(): Promise<void> {
  console.log('| workbook | sheets | used cells | read | findings | highlight | clear |');
  console.log('|---|---|---|---|---|---|---|');
  for (const file of SAMPLES) {
    const host = installSimWps(bookFromExcelSim(await simStateFromXlsx(file)));
    try {
      const port = createWpsPort();
      let cells = 0;
      let sheets = 0;
      const read = await host.countCalls(async () => {
        const { grids } = await port.read('workbook');
        sheets = grids.length;
        for (const grid of grids) cells += grid.rowCount * grid.colCount;
      });
      const findings = checkWorkbook((await port.read('workbook')).grids, { lang: 'zh' }).findings;
      const highlight = await host.countCalls(() => port.highlight(findings));
      const clear = await host.countCalls(() => port.clearHighlights());
      console.log(
        `| ${basename(file)} | ${sheets} | ${cells} | ${read} | ${findings.length} | ${highlight} | ${clear} |`,
      );
    } finally {
      host.uninstall();
    }
  }
}

void main();
