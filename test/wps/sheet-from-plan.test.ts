// New blank templates laid out on a new sheet through the WPS adapter: what the simulated WPS holds reads back into
// the grid the engine planned, is recognised as the template asked for, and a refused call leaves no half-made sheet.
import { checkWorkbook } from '../../src/engine/check';
import { Grid } from '../../src/engine/grid/grid';
import type { SheetGrid } from '../../src/engine/grid/types';
import {
  INDICATOR_PRESETS,
  WEIGHT_SCHEMES,
  applyPlanToGrid,
  planNewTemplate,
  type TemplateKind,
} from '../../src/engine/presets';
import { recognizeTables } from '../../src/engine/recognize';
import { BlockInsertError } from '../../src/host/port';
import { emptyBookState, installSimWps, type SimWpsHandle } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';

let host: SimWpsHandle;
beforeEach(() => {
  const book = emptyBookState(['封面']);
  book.sheets[0].cells.A1 = { value: '2024 年度绩效自评' };
  host = installSimWps(book);
});
afterEach(() => host.uninstall());

const KINDS: TemplateKind[] = ['basic-data', 'overall-self-eval', 'project-self-eval'];

function planOf(kind: TemplateKind, formulas: boolean) {
  return planNewTemplate({
    kind,
    year: 2024,
    scheme: WEIGHT_SCHEMES[1],
    preset: INDICATOR_PRESETS[0],
    formulas,
  });
}

function contents(grid: SheetGrid): string[] {
  const out: string[] = [];
  for (let row = 0; row < grid.rowCount; row++)
    for (let col = 0; col < grid.colCount; col++) {
      const cell = grid.cellAt(row, col);
      if (cell && (cell.value !== null || cell.formula))
        out.push(`${row},${col}=${cell.formula ?? String(cell.value)}`);
    }
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<BlockInsertError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BlockInsertError) return error;
    throw error;
  }
  throw new Error('expected a BlockInsertError');
}

describe('a new blank template on its own sheet, through WPS', () => {
  it.each(KINDS.flatMap((kind) => [true, false].map((formulas) => [kind, formulas] as const)))(
    '%s (formulas %s) reads back as planned, is recognised, and has no error or warning',
    async (kind, formulas) => {
      const plan = planOf(kind, formulas);
      const port = createWpsPort();
      await port.createSheetFromPlan(plan);
      expect(host.state.activeSheet).toBe(plan.sheet);
      expect(host.state.sheets.map((sheet) => sheet.name)).toEqual(['封面', plan.sheet]);
      const [grid] = (await port.read('active-sheet')).grids;
      expect(contents(grid)).toEqual(contents(applyPlanToGrid(new Grid(plan.sheet), plan)));
      expect(recognizeTables(grid).map((table) => table.kind)).toEqual([kind]);
      expect(checkWorkbook([grid]).findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
      expect(grid.merges.length).toBe(plan.merges.length);
    },
  );

  it('refuses a name already taken and leaves the workbook as it was', async () => {
    const plan = { ...planOf('overall-self-eval', false), sheet: '封面' };
    const before = host.serialize();
    expect((await refusal(createWpsPort().createSheetFromPlan(plan))).code).toBe('sheet-exists');
    expect(host.serialize()).toBe(before);
  });

  it('deletes the half-made sheet when WPS refuses a call part-way', async () => {
    const plan = planOf('project-self-eval', true);
    const sheetsBefore = JSON.stringify(host.state.sheets);
    host.failNextCall(/^Range\.Merge$/, 2);
    expect((await refusal(createWpsPort().createSheetFromPlan(plan))).code).toBe('host-refused');
    expect(JSON.stringify(host.state.sheets)).toBe(sheetsBefore);
    expect(host.state.activeSheet).toBe('封面');
  });
});
