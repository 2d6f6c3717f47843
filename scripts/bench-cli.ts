// `npm run bench -- cli`: the command line measured from outside on the built bin (npm run build:cli first).
// - cli_batch_ms: `selfeval check` on 200 files (the samples copied), all cores; exceljs_load_ms: ExcelJS
//   alone loading the same 200 files in this process, in the same run; cli_to_exceljs_load = their ratio.
// - rows200k_check_ms / rows200k_peak_mb: 200,000 rows × 20 columns checked.
// - hostile_*_ms / _mb: each hostile file of issue 13 refused with exit 2 (the merge bomb by its declared area).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { compiledWorkerFile } from '../src/cli/batch/worker-files';
import { mergeBenchResults } from './lib/bench-results';
import { writeCellFlood, writeInflationBomb, writeMergeBomb, writeRows200k } from './lib/generated-workbooks';
import { measureProcess } from './lib/measure-process';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'dist/cli/cli/main.js');
const SAMPLES = path.join(ROOT, 'samples');

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-bench-cli-'));
  try {
    const results: Record<string, number> = {};
    const batch = path.join(dir, 'batch');
    await fs.mkdir(batch);
    const samples = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith('.xlsx')).sort();
    const files: string[] = [];
    for (let k = 0; k < 200; k++) {
      const target = path.join(batch, `${String(k).padStart(3, '0')}-${samples[k % samples.length]}`);
      await fs.copyFile(path.join(SAMPLES, samples[k % samples.length]), target);
      files.push(target);
    }
    const loadStart = performance.now();
    for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    results.exceljs_load_ms = Math.round(performance.now() - loadStart);
    const run = await measureProcess(process.execPath, [BIN, 'check', batch, '--format', 'json']);
    const checked = (JSON.parse(run.stdout) as { files: unknown[] }).files.length;
    if (checked !== 200) throw new Error(`batch checked ${checked} files, not 200: ${run.stderr}`);
    results.cli_batch_ms = run.ms;
    results.cli_to_exceljs_load = Number((run.ms / results.exceljs_load_ms).toFixed(3));
    // 1 when the bin's workers start from the bundle and its code cache (`npm run build:cli`), 0 from the modules.
    results.cli_worker_bundled = compiledWorkerFile(path.join(ROOT, 'dist/cli/cli/batch'))?.endsWith(
      'worker-loader.js',
    )
      ? 1
      : 0;
    console.log(`200 files: cli ${run.ms} ms, ExcelJS load ${results.exceljs_load_ms} ms`);

    const big = path.join(dir, 'rows200k.xlsx');
    await writeRows200k(big);
    const rows = await measureProcess(process.execPath, [BIN, 'check', big, '--format', 'json']);
    if (rows.code !== 0) throw new Error(`rows200k: exit ${rows.code} ${rows.stderr}`);
    results.rows200k_check_ms = rows.ms;
    results.rows200k_peak_mb = rows.peakMb;
    console.log(`200,000 × 20: ${rows.ms} ms, ${rows.peakMb} MB peak`);

    const hostile: [string, (file: string) => Promise<void>][] = [
      ['merge', writeMergeBomb],
      ['cells16m', writeCellFlood],
      ['inflate1g', writeInflationBomb],
    ];
    for (const [name, write] of hostile) {
      const file = path.join(dir, `${name}.xlsx`);
      await write(file);
      const measured = await measureProcess(process.execPath, [BIN, 'check', file]);
      results[`hostile_${name}_ms`] = measured.ms;
      results[`hostile_${name}_peak_mb`] = measured.peakMb;
      results[`hostile_${name}_exit`] = measured.code ?? -1;
      console.log(
        `${name}: exit ${measured.code}, ${measured.ms} ms, ${measured.peakMb} MB — ${measured.stderr.trim()}`,
      );
    }
    await mergeBenchResults(results);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
