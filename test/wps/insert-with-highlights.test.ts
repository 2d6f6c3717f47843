// Rows inserted (or removed again) above highlighted cells move those cells; the highlight record on the WPS state
// sheet must move with them, or "clear highlights" paints a saved fill onto whatever now stands at the old address.
// The preview's seed sheet shades its 总分 row grey and its 得分 there is flagged, so a stale record would show.
import { checkWorkbook } from '../../src/engine/check';
import type { SheetGrid } from '../../src/engine/grid/types';
import { findPreset, planBlockInsertion, type SheetPlan } from '../../src/engine/presets';
import type { Finding } from '../../src/engine/rules/types';
import sample from '../../src/preview/sample-state.json';
import { bookFromExcelSim, installSimWps, type ExcelSimLike, type SimWpsHandle } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import { sectionOf } from '../excel/insert-fixture';

const SHEET = '附件2 整体支出自评表';

let host: SimWpsHandle;
beforeEach(() => {
  const book = bookFromExcelSim(sample as unknown as ExcelSimLike);
  book.activeSheet = SHEET;
  host = installSimWps(book);
});
afterEach(() => host.uninstall());

const port = () => createWpsPort();

function fills(): Record<string, string> {
  const cells = host.state.sheets.find((sheet) => sheet.name === SHEET)?.cells ?? {};
  return Object.fromEntries(
    Object.entries(cells)
      .filter(([, cell]) => cell.fill !== undefined)
      .map(([address, cell]) => [address, cell.fill as string]),
  );
}

async function validateAndHighlight(): Promise<readonly Finding[]> {
  const { grids } = await port().read('active-sheet');
  const { findings } = checkWorkbook(grids);
  await port().highlight(findings);
  return findings;
}

async function planFor(): Promise<{ grid: SheetGrid; plan: SheetPlan }> {
  const grid = (await port().read('active-sheet')).grids[0];
  const preset = findPreset('petition');
  if (!preset) throw new Error('petition');
  const plan = planBlockInsertion({
    grid,
    section: sectionOf(grid),
    preset,
    position: { group: 'output' },
    year: 2023,
  });
  return { grid, plan };
}

describe('highlights and block inserts through WPS', () => {
  it('a flagged cell in the grey 总分 row (what makes these tests bite)', async () => {
    const original = fills();
    const findings = await validateAndHighlight();
    expect(findings.filter((finding) => original[finding.cell] === '#F2F2F2').length).toBeGreaterThan(0);
  });

  it('highlight → insert above → re-validate → clear leaves every original fill, moved with its row', async () => {
    const original = fills();
    await validateAndHighlight();
    const { plan, grid } = await planFor();
    const { inserted } = await port().applyBlockPlan(plan, grid);
    const moved = (address: string): string => {
      const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      const row = Number(match[2]) - 1;
      return `${match[1]}${(row >= inserted.firstRow ? row + inserted.count : row) + 1}`;
    };
    await validateAndHighlight();
    await port().clearHighlights();
    const after = fills();
    for (const [address, fill] of Object.entries(original))
      expect([address, after[moved(address)]]).toEqual([address, fill]);
    const newRow = (address: string) => {
      const row = Number(/\d+/.exec(address)?.[0]) - 1;
      return row >= inserted.firstRow && row < inserted.firstRow + inserted.count;
    };
    const expected = new Set(Object.keys(original).map(moved));
    expect(Object.keys(after).filter((address) => !expected.has(address) && !newRow(address))).toEqual([]);
  });

  it('highlight → insert → highlight → undo → highlight → clear gives back exactly the original fills', async () => {
    const original = fills();
    await validateAndHighlight();
    const { plan, grid } = await planFor();
    await port().applyBlockPlan(plan, grid);
    await validateAndHighlight();
    expect(await port().undoLastInsert()).toMatchObject({ removed: { sheet: SHEET } });
    await validateAndHighlight();
    await port().clearHighlights();
    expect(fills()).toEqual(original);
  });
});
