// "Undo last insert" after 新建工作表: the sheet the add-in made goes again while untouched, and stays (with a
// reason naming a cell) once the clerk has typed into it or beside it. Survives save and reopen.
import { INDICATOR_PRESETS, WEIGHT_SCHEMES, planNewTemplate } from '../../src/engine/presets';
import { createExcelPort } from '../../src/excel';
import { installSimHost, type SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(workbookOf([overallSheet()]));
});
afterEach(() => host.uninstall());

const plan = () =>
  planNewTemplate({
    kind: 'project-self-eval',
    year: 2024,
    scheme: WEIGHT_SCHEMES[1],
    preset: INDICATOR_PRESETS[0],
    formulas: true,
  });

describe('undo after a new sheet', () => {
  it('records the new sheet as the last insert and deletes it again, leaving the workbook as before', async () => {
    const sheetsBefore = host.state.sheets.map((sheet) => sheet.name);
    const port = createExcelPort();
    await port.createSheetFromPlan(plan());
    expect(host.state.sheets.map((sheet) => sheet.name)).toEqual([...sheetsBefore, plan().sheet]);
    host.reopen(); // the record lives in the workbook
    const reopened = createExcelPort();
    const record = await reopened.lastInsert();
    expect(record).toMatchObject({ sheet: plan().sheet, firstRow: 0, newSheet: true });
    const result = await reopened.undoLastInsert();
    expect(result).toEqual({ removed: record });
    expect(host.state.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    await expect(reopened.lastInsert()).resolves.toBeNull();
  });

  it('keeps the sheet when the clerk has changed a written cell', async () => {
    const port = createExcelPort();
    await port.createSheetFromPlan(plan());
    const sheet = host.state.sheets.find((candidate) => candidate.name === plan().sheet)!;
    const [address] = Object.keys(sheet.cells).filter((key) => typeof sheet.cells[key].value === 'string');
    host.userEdit(sheet.name, address, '改过的文字');
    await expect(port.undoLastInsert()).resolves.toEqual({ refused: 'edited', cell: address });
    expect(host.state.sheets.some((candidate) => candidate.name === sheet.name)).toBe(true);
  });

  it('keeps the sheet when the clerk has typed below the template', async () => {
    const port = createExcelPort();
    await port.createSheetFromPlan(plan());
    const record = (await port.lastInsert())!;
    const below = `B${record.count + 3}`;
    host.userEdit(plan().sheet, below, 12.5);
    await expect(port.undoLastInsert()).resolves.toEqual({ refused: 'edited', cell: below });
    expect(host.state.sheets.some((candidate) => candidate.name === plan().sheet)).toBe(true);
  });
});
