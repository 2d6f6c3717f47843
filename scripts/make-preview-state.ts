// Writes src/preview/sample-state.json, the workbook the browser preview opens: seed 004 (执行率 90.12%, 得分 9.2
// where 9.01 is right; 成本 19/20 with no reason given). Uses scripts/sim-state-from-xlsx.ts when present, else
// converts through the CLI's ExcelJS reader (values, number formats, formulas, merges; no fills).
// Run: npx tsx scripts/make-preview-state.ts [samples/seed-004.xlsx]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook, workbookToGrids } from '../src/cli/read-workbook';
import { areaToA1, toA1 } from '../src/engine/grid/a1';
import type { SimCell, SimWorkbookState } from '../src/simhost';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'src/preview/sample-state.json');

interface Converter {
  simStateFromXlsx?: (file: string) => Promise<SimWorkbookState>;
}

async function viaCliReader(file: string): Promise<SimWorkbookState> {
  const grids = workbookToGrids(await loadWorkbook(file));
  const sheets = grids.map((grid) => {
    const cells: Record<string, SimCell> = {};
    for (let r = 0; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.colCount; c++) {
        const cell = grid.cellAt(r, c);
        if (!cell || (cell.value === null && !cell.formula)) continue;
        cells[toA1(r, c)] = {
          value: cell.value,
          ...(cell.numberFormat !== 'General' ? { numberFormat: cell.numberFormat } : {}),
          ...(cell.formula ? { formula: cell.formula } : {}),
        };
      }
    }
    return { name: grid.name, cells, merges: grid.merges.map(areaToA1) };
  });
  return { sheets, activeSheet: sheets[0].name, settings: {} };
}

async function main(): Promise<void> {
  const file = join(ROOT, process.argv[2] ?? 'samples/seed-004.xlsx');
  const converterPath = join(ROOT, 'scripts/sim-state-from-xlsx.ts');
  const converter: Converter = existsSync(converterPath) ? ((await import(converterPath)) as Converter) : {};
  const state = converter.simStateFromXlsx
    ? await converter.simStateFromXlsx(file)
    : await viaCliReader(file);
  // Open on the department self-assessment: it holds the seed's fixable mistakes (得分, 总分).
  state.activeSheet = state.sheets.find((sheet) => /整体支出/.test(sheet.name))?.name ?? state.activeSheet;
  writeFileSync(OUT, JSON.stringify(state, null, 1) + '\n');
  console.log(
    `wrote ${OUT}: ${state.sheets.map((s) => `${s.name} (${Object.keys(s.cells).length} cells)`).join(', ')}`,
  );
}

void main();
