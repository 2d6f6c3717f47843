// New blank templates laid out by the add-in on a new sheet: what Excel ends up holding reads back into the grid
// the engine planned, is recognised as the template asked for with nothing but "to be filled" notes, and a
// refused write leaves no half-made sheet behind.
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
import { createExcelPort } from '../../src/excel';
import { refusal } from './helpers';
import { installSimHost, type SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(workbookOf([overallSheet()]));
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

/** Every non-empty cell as "A1=value|formula": what a clerk would see, independent of how it got there. */
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

describe('a new blank template on its own sheet', () => {
  it.each(KINDS.flatMap((kind) => [true, false].map((formulas) => [kind, formulas] as const)))(
    '%s (formulas %s) reads back as planned, is recognised, and has no error or warning',
    async (kind, formulas) => {
      const plan = planOf(kind, formulas);
      const port = createExcelPort();
      const writesBefore = host.syncLog.filter((sync) => sync.writes > 0).length;
      await port.createSheetFromPlan(plan);
      expect(host.syncLog.filter((sync) => sync.writes > 0).length - writesBefore).toBe(1);
      expect(host.state.activeSheet).toBe(plan.sheet);

      const [grid] = (await port.read('active-sheet')).grids;
      expect(grid.name).toBe(plan.sheet);
      expect(contents(grid)).toEqual(contents(applyPlanToGrid(new Grid(plan.sheet), plan)));
      expect(recognizeTables(grid).map((table) => table.kind)).toEqual([kind]);
      const loud = checkWorkbook([grid]).findings.filter((finding) => finding.severity !== 'info');
      expect(loud).toEqual([]);
      // The planned merges are there, so the template looks like the bureau's.
      expect(grid.merges.length).toBe(plan.merges.length);
    },
  );

  it('refuses a name already taken and leaves the workbook as it was', async () => {
    const plan = { ...planOf('overall-self-eval', false), sheet: host.state.sheets[0].name };
    const before = JSON.stringify(host.state);
    const error = await refusal(createExcelPort().createSheetFromPlan(plan));
    expect(error.code).toBe('sheet-exists');
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it('deletes the half-made sheet when Excel refuses part of the write', async () => {
    const plan = planOf('project-self-eval', true);
    const before = JSON.stringify(host.state);
    host.failNextWriteSync({ atOperation: 'last' });
    const error = await refusal(createExcelPort().createSheetFromPlan(plan));
    expect(error.code).toBe('host-refused');
    expect(JSON.stringify(host.state)).toBe(before);
  });
});
