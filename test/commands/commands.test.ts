// The ribbon's functions against the simulated host with seed 004's workbook: "Validate sheet" highlights what
// the engine finds on the active sheet and leaves the result for a pane opened later; "Clear highlights" puts
// every fill back. Each completes its Office event, also when something fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';
import { checkWorkbook } from '../../src/engine/check';
import { createExcelPort, SEVERITY_FILL } from '../../src/excel';
import { LAST_RUN_SETTING } from '../../src/excel/last-run';
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle, SimWorkbookState } from '../../src/simhost';

const SAMPLE = join(__dirname, '../../samples/seed-004.xlsx');

type Commands = typeof import('../../src/commands/commands');

interface OfficeWithActions {
  actions?: { associate: jest.Mock };
}

let host: SimHostHandle;
let commands: Commands;
let associate: jest.Mock;
let sheetName: string;

function fills(state: SimWorkbookState): string {
  return JSON.stringify(
    state.sheets.map((sheet) => Object.values(sheet.cells).map((cell) => cell.fill ?? null)),
  );
}

function completedEvent(): { completed: jest.Mock } {
  return { completed: jest.fn() };
}

beforeEach(async () => {
  const state = await simStateFromXlsx(SAMPLE);
  sheetName = state.sheets.find((sheet) => /整体支出/.test(sheet.name))?.name ?? state.sheets[0].name;
  state.activeSheet = sheetName;
  host = installSimHost(state);
  associate = jest.fn();
  (globalThis as unknown as { Office: OfficeWithActions }).Office.actions = { associate };
  jest.resetModules();
  commands = (await import('../../src/commands/commands')) as Commands;
});

afterEach(() => host.uninstall());

async function engineFindingsOnActiveSheet() {
  const grids = workbookToGrids(await loadWorkbook(SAMPLE)).filter((grid) => grid.name === sheetName);
  return checkWorkbook(grids).findings;
}

describe('ribbon commands', () => {
  it('registers both functions named in manifest.xml with Office', () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    const named = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(associate.mock.calls.map(([name]) => name as string).sort()).toEqual([...new Set(named)].sort());
  });

  it('Validate sheet fills exactly the cells the engine flags on the active sheet, and completes the event', async () => {
    const expected = await engineFindingsOnActiveSheet();
    expect(expected.length).toBeGreaterThan(0);
    const event = completedEvent();
    await commands.validateSheet(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const sheet = host.state.sheets.find((candidate) => candidate.name === sheetName);
    const highlighted = Object.entries(sheet?.cells ?? {})
      .filter(([, cell]) => Object.values(SEVERITY_FILL).includes(cell.fill ?? ''))
      .map(([address]) => address)
      .sort();
    const flagged = [...new Set(expected.map((finding) => finding.cell))].sort();
    expect(highlighted).toEqual(flagged);
  });

  it('leaves the counts for a pane opened later, in the workbook', async () => {
    const expected = await engineFindingsOnActiveSheet();
    await commands.validateSheet(completedEvent() as unknown as Office.AddinCommands.Event);
    expect(host.state.settings[LAST_RUN_SETTING]).toBeDefined();
    host.reopen();
    const lastRun = await createExcelPort().loadLastRun();
    expect(lastRun?.counts).toEqual({
      error: expected.filter((finding) => finding.severity === 'error').length,
      warning: expected.filter((finding) => finding.severity === 'warning').length,
      info: expected.filter((finding) => finding.severity === 'info').length,
    });
    expect(lastRun?.sheet).toBe(sheetName);
  });

  it('Clear highlights restores every fill as it was, and completes the event', async () => {
    const before = fills(host.state);
    await commands.validateSheet(completedEvent() as unknown as Office.AddinCommands.Event);
    expect(fills(host.state)).not.toBe(before);
    const event = completedEvent();
    await commands.clearHighlights(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fills(host.state)).toBe(before);
  });

  it('completes the event even when the host fails (a missing sheet), so Excel does not wait forever', async () => {
    host.state.activeSheet = 'no such sheet';
    const event = completedEvent();
    await commands.validateSheet(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.state.settings[LAST_RUN_SETTING]).toBeUndefined();
  });
});
