// The seeds' mistakes through the WPS adapter on the simulated WPS 表格 host: read as the CLI reads them, found,
// highlighted, cleared exactly, fixed — the same findings and the same cells as through the Excel adapter.
import { basename } from 'node:path';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';
import { checkWorkbook } from '../../src/engine/check';
import type { SheetGrid } from '../../src/engine/grid/types';
import type { Finding } from '../../src/engine/rules/types';
import { createExcelPort } from '../../src/excel';
import { installSimHost } from '../../src/simhost';
import { installSimWps, type SimWpsHandle } from '../../src/simwps';
import { createWpsPort } from '../../src/wps';
import { SEVERITY_FILL, markCells } from '../../src/host/marking';
import { SEED_FILES, userSheetsJson, wpsBookFromXlsx } from './seed-books';

function cellsOf(grid: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cellAt(r, c);
      if (cell) out[`${r},${c}`] = { ...cell };
    }
  return out;
}

const merges = (grid: SheetGrid) =>
  grid.merges.map((a) => `${a.top},${a.left},${a.bottom},${a.right}`).sort();

const keyOf = (f: Finding) => `${f.sheet}!${f.cell}#${f.rule}`;

async function findingsThroughExcel(file: string): Promise<Finding[]> {
  const host = installSimHost(await simStateFromXlsx(file));
  try {
    const { grids } = await createExcelPort().read('workbook');
    return [...checkWorkbook(grids, { lang: 'zh' }).findings];
  } finally {
    host.uninstall();
  }
}

let host: SimWpsHandle | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

describe('the seeds through the WPS adapter', () => {
  it('finds the samples', () => expect(SEED_FILES.length).toBeGreaterThanOrEqual(4));

  it.each(SEED_FILES.map((file) => [basename(file), file]))(
    '%s: reads every sheet exactly as the CLI does (values, text, formats, formulas, merges)',
    async (_name, file) => {
      const expected = workbookToGrids(await loadWorkbook(file));
      host = installSimWps(await wpsBookFromXlsx(file));
      const { grids } = await createWpsPort().read('workbook');
      expect(grids.map((grid) => grid.name)).toEqual(expected.map((grid) => grid.name));
      grids.forEach((grid, index) => {
        expect(cellsOf(grid)).toEqual(cellsOf(expected[index]));
        expect(merges(grid)).toEqual(merges(expected[index]));
      });
    },
  );

  it.each(SEED_FILES.map((file) => [basename(file), file]))(
    '%s: finds the same mistakes as the Excel adapter, highlights them, and clears back to the file exactly',
    async (_name, file) => {
      const viaExcel = await findingsThroughExcel(file);
      host = installSimWps(await wpsBookFromXlsx(file));
      const before = userSheetsJson(host.state);
      const port = createWpsPort();
      const findings = [...checkWorkbook((await port.read('workbook')).grids, { lang: 'zh' }).findings];
      expect(findings.map(keyOf)).toEqual(viaExcel.map(keyOf));

      await port.highlight(findings);
      // Every cell the shared marking marks shows that marking's colour, and carries a comment naming its findings.
      const marks = markCells(findings);
      for (const mark of marks.values()) {
        const cell = host.state.sheets.find((s) => s.name === mark.sheet)?.cells[mark.cell];
        expect({ at: `${mark.sheet}!${mark.cell}`, fill: cell?.fill }).toEqual({
          at: `${mark.sheet}!${mark.cell}`,
          fill: SEVERITY_FILL[mark.severity],
        });
        expect(cell?.comment?.text).toContain(mark.findings[0].message);
      }
      if (findings.length > 0) expect(userSheetsJson(host.state)).not.toBe(before);

      // Saved, closed and reopened: the record lives in the workbook.
      host.reopen();
      const cleared = await createWpsPort().clearHighlights();
      expect(cleared).toBeGreaterThanOrEqual(
        findings.filter((f) => !f.cell.includes(':')).length > 0 ? 1 : 0,
      );
      expect(userSheetsJson(host.state)).toBe(before);
    },
  );

  it.each(SEED_FILES.map((file) => [basename(file), file]))(
    '%s: every offered fix, applied through WPS, leaves the same sheet values as through Excel',
    async (_name, file) => {
      const excelHost = installSimHost(await simStateFromXlsx(file));
      let excelGrids: readonly SheetGrid[];
      try {
        const excel = createExcelPort();
        const found = checkWorkbook((await excel.read('workbook')).grids, { lang: 'zh' }).findings;
        await excel.applyFixes(
          found.flatMap((f) => (f.fix === undefined ? [] : [{ sheet: f.sheet, cell: f.cell, value: f.fix }])),
        );
        excelGrids = (await excel.read('workbook')).grids;
      } finally {
        excelHost.uninstall();
      }

      host = installSimWps(await wpsBookFromXlsx(file));
      const port = createWpsPort();
      const findings = checkWorkbook((await port.read('workbook')).grids, { lang: 'zh' }).findings;
      const fixes = findings.flatMap((f) =>
        f.fix === undefined ? [] : [{ sheet: f.sheet, cell: f.cell, value: f.fix }],
      );
      await port.applyFixes(fixes);
      const after = (await port.read('workbook')).grids;
      after.forEach((grid, index) => {
        const values = (g: SheetGrid) =>
          Object.fromEntries(
            Object.entries(cellsOf(g)).map(([k, c]) => [k, (c as { value: unknown }).value]),
          );
        expect(values(grid)).toEqual(values(excelGrids[index]));
      });
      // The same findings remain as through Excel, and fewer than before wherever a fix was offered.
      const left = checkWorkbook(after, { lang: 'zh' }).findings.map(keyOf);
      expect(left).toEqual(checkWorkbook(excelGrids, { lang: 'zh' }).findings.map(keyOf));
      if (fixes.length > 0) expect(left.length).toBeLessThan(findings.length);
    },
  );
});
