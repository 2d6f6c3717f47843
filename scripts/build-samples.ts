// Builds samples/*.xlsx from the seed specs: one workbook per seed laid out like the template, a corrected
// (clean) workbook per seed, and variants that move, stack and retype the tables. Run: npm run samples
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { CORRECTED_SEEDS, SEEDS, specSize } from '../samples/specs';
import type { SeedSpec, TableSpec } from '../samples/specs';
import { writeTable } from './lib/xlsx-tables';
import type { WriteOptions } from './lib/xlsx-tables';

const OUT = path.resolve(__dirname, '../samples');

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'selfeval samples';
  // Fixed dates keep rebuilt files byte-stable enough to diff by content.
  workbook.created = new Date('2025-01-01T00:00:00Z');
  workbook.modified = new Date('2025-01-01T00:00:00Z');
  return workbook;
}

/** One sheet per table, named as the template names it. */
function seedWorkbook(seed: SeedSpec, options: WriteOptions = {}): ExcelJS.Workbook {
  const workbook = newWorkbook();
  for (const spec of seed.tables) writeTable(workbook.addWorksheet(spec.sheetName), spec, options);
  return workbook;
}

/** Every table of a seed on one sheet, one below the other, starting at `origin`. */
function stackedWorkbook(
  sheetName: string,
  specs: readonly TableSpec[],
  options: WriteOptions & { gap?: number },
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(sheetName);
  const start = options.origin ?? { row: 0, col: 0 };
  let row = start.row;
  for (const spec of specs) {
    writeTable(sheet, spec, { ...options, origin: { row, col: start.col } });
    row += specSize(spec).rows + (options.gap ?? 3);
  }
  return workbook;
}

async function main(): Promise<void> {
  const built: [string, ExcelJS.Workbook][] = [];
  for (const seed of SEEDS) built.push([`seed-${seed.id}.xlsx`, seedWorkbook(seed)]);
  for (const seed of CORRECTED_SEEDS) built.push([`seed-${seed.id}.xlsx`, seedWorkbook(seed)]);
  const seed003 = SEEDS.find((seed) => seed.id === '003');
  const seed004 = SEEDS.find((seed) => seed.id === '004');
  if (!seed003 || !seed004) throw new Error('seed 003 or 004 missing');
  built.push([
    'variant-seed-003-stacked-offset.xlsx',
    stackedWorkbook('自评表汇总', seed003.tables, { origin: { row: 2, col: 1 }, gap: 2 }),
  ]);
  built.push([
    'variant-seed-004-text-figures.xlsx',
    seedWorkbook(seed004, { textFigures: true, origin: { row: 1, col: 2 } }),
  ]);
  for (const [name, workbook] of built) {
    await workbook.xlsx.writeFile(path.join(OUT, name));
    console.log(`wrote samples/${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
