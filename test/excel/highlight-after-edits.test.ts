// A clerk works on the sheet between validating and clearing: recolours a cell, inserts or deletes rows by hand,
// deletes a sheet. Clearing must never paint a saved fill onto a cell that no longer shows our colour, and
// re-validating must follow highlighted cells that moved with their rows.
import { createExcelPort, SEVERITY_FILL } from '../../src/excel';
import type { Finding } from '../../src/engine/rules/types';
import { parseRecord } from '../../src/host/highlight-record';
import { installSimHost } from '../../src/simhost';
import type { SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';
import { OVERALL, fillsOf, scoreFinding } from './helpers';

const SHEET = OVERALL;

const finding = scoreFinding;
const fills = fillsOf;

/** What a clerk's own "Insert row" does: everything from row 4 down moves one row. */
async function clerkInsertsRowAbove4(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange('4:4').insert(Excel.InsertShiftDirection.down);
    await context.sync();
  });
}

let host: SimHostHandle;
afterEach(() => host.uninstall());

describe.each([
  ['after a read (one-sync highlight, ExcelApi 1.18)', '1.18', true],
  ['without a fresh read (probing, ExcelApi 1.18)', '1.18', false],
  ['on Office 2019 (ExcelApi 1.8)', '1.8', true],
])('highlights and a clerk’s edits — %s', (_name, excelApi, readFirst) => {
  beforeEach(() => {
    host = installSimHost(workbookOf([overallSheet(), overallSheet('附表3', 2)]), { excelApi });
  });

  async function highlight(findings: Finding[]): Promise<void> {
    const port = createExcelPort();
    if (readFirst) await port.read('workbook');
    await port.highlight(findings);
  }

  it('leaves a cell the clerk recoloured as they left it, and restores the others', async () => {
    const before = fills(host.state);
    await highlight([finding('H4', 'error'), finding('E4', 'info')]);
    host.state.sheets[0].cells.H4.fill = '#C6EFCE'; // the clerk marks the fixed score green
    expect(await createExcelPort().clearHighlights()).toBe(1);
    expect(fills(host.state)).toEqual({ ...before, H4: '#C6EFCE' });
  });

  it('paints nothing onto the row a clerk inserted where highlighted cells were', async () => {
    await highlight([finding('H4', 'error'), finding('E4', 'info')]);
    await clerkInsertsRowAbove4();
    await createExcelPort().clearHighlights();
    const cells = host.state.sheets[0].cells;
    expect([cells.E4?.fill, cells.H4?.fill]).toEqual([undefined, undefined]);
  });

  it('re-validating after a clerk inserted a row follows the moved cells; clear then restores every fill', async () => {
    await highlight([finding('H4', 'error'), finding('E4', 'info')]);
    await clerkInsertsRowAbove4();
    const afterInsertWithoutHighlights: Record<string, string> = { ...fills(host.state), E5: '#FFFF00' };
    delete afterInsertWithoutHighlights.H5;
    await highlight([finding('H5', 'error'), finding('E5', 'info')]); // the findings moved with the rows
    expect(host.state.sheets[0].cells.H5.fill).toBe(SEVERITY_FILL.error);
    await createExcelPort().clearHighlights();
    expect(fills(host.state)).toEqual(afterInsertWithoutHighlights);
    if (excelApi === '1.18') expect(host.state.sheets[0].cells.H5.note).toBeUndefined();
  });

  it('keeps working when a sheet holding highlights was deleted', async () => {
    await highlight([finding('H6', 'warning', '附表3'), finding('H4', 'error')]);
    host.state.sheets.splice(1, 1); // the clerk deletes 附表3
    await highlight([finding('G4', 'warning')]);
    expect(host.state.sheets[0].cells.H4.fill).toBeUndefined();
    expect(await createExcelPort().clearHighlights()).toBe(1);
    expect(host.state.sheets[0].cells.G4.fill).toBeUndefined();
  });
});

describe('the saved record', () => {
  it('drops an entry whose colour is not text rather than failing on it', () => {
    const stored = JSON.stringify({
      version: 1,
      cells: [
        { sheet: SHEET, cell: 'H4', originalFill: null, note: false, shownFill: 7 },
        { sheet: SHEET, cell: 'G4', originalFill: null, note: false, shownFill: '#FFC7CE' },
      ],
    });
    expect(parseRecord(stored).cells.map((cell) => cell.cell)).toEqual(['G4']);
  });
});
