// The preview's seed-based workbook (附件2: a 绩效指标 section with 产出 30 / 效益 30 / 满意度 10 / 成本 20) and a
// plan to add the 信访 preset's indicators at the end of 产出指标, made the way the pane makes it.
import type { SheetGrid } from '../../src/engine/grid/types';
import type { IndicatorSection } from '../../src/engine/model/tables';
import {
  findPreset,
  planBlockInsertion,
  type InsertPosition,
  type SheetPlan,
} from '../../src/engine/presets';
import { recognizeTables } from '../../src/engine/recognize';
import { createExcelPort } from '../../src/excel';
import { parseState, type SimWorkbookState } from '../../src/simhost';
import sample from '../../src/preview/sample-state.json';

export const SHEET = '附件2 整体支出自评表';

export function seedWorkbook(): SimWorkbookState {
  const state = parseState(JSON.stringify(sample));
  state.activeSheet = SHEET;
  return state;
}

export function sectionOf(grid: SheetGrid): IndicatorSection {
  for (const table of recognizeTables(grid))
    if (table.kind !== 'basic-data' && table.indicators) return table.indicators;
  throw new Error(`no indicator section in ${grid.name}`);
}

/** Reads the sheet through the adapter (as the pane does) and plans the insertion. */
export async function planFor(
  position: InsertPosition = { group: 'output' },
  presetId = 'petition',
): Promise<{ grid: SheetGrid; plan: SheetPlan }> {
  const grid = (await createExcelPort().read('active-sheet')).grids[0];
  const preset = findPreset(presetId);
  if (!preset) throw new Error(presetId);
  const plan = planBlockInsertion({ grid, section: sectionOf(grid), preset, position, year: 2023 });
  return { grid, plan };
}
