// One marking for every front end: the CLI's annotated copy and the add-in's highlights, given the same findings
// on the same sample workbook, leave the same fills and the same notes on the same cells — info findings too.
import { existsSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sheetToSim, simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { annotatedCopy } from '../../src/cli/annotated-copy';
import { loadWorkbook, workbookToGrids } from '../../src/cli/read-workbook';
import { checkWorkbook } from '../../src/engine/check';
import type { Finding, Lang } from '../../src/engine/rules/types';
import { createExcelPort } from '../../src/excel';
import { installSimHost, type SimSheet } from '../../src/simhost';

const SAMPLES = ['seed-000.xlsx', 'seed-004.xlsx']
  .map((name) => join(__dirname, '../../samples', name))
  .filter((file) => existsSync(file));

type Marks = Record<string, { fill?: string; note?: string }>;

function marksOf(sheets: readonly SimSheet[]): Marks {
  const marks: Marks = {};
  for (const sheet of sheets)
    for (const [address, cell] of Object.entries(sheet.cells))
      if (cell.fill !== undefined || cell.note !== undefined)
        marks[`${sheet.name}!${address}`] = { fill: cell.fill, note: cell.note };
  return marks;
}

/** What `check --out` writes (the surgical package writer), read back. */
async function cliMarks(file: string, findings: readonly Finding[], lang: Lang): Promise<Marks> {
  const copy = join(await fs.mkdtemp(join(tmpdir(), 'selfeval-marks-')), basename(file));
  await fs.writeFile(copy, await annotatedCopy(file, findings, lang));
  const workbook = await loadWorkbook(copy);
  return marksOf(workbook.worksheets.map(sheetToSim));
}

async function addinMarks(file: string, findings: readonly Finding[], lang: Lang): Promise<Marks> {
  const host = installSimHost(await simStateFromXlsx(file));
  try {
    const port = createExcelPort();
    await port.read('workbook');
    await port.highlight(findings, lang);
    return marksOf(host.state.sheets);
  } finally {
    host.uninstall();
  }
}

describe('CLI annotated copies and add-in highlights', () => {
  it('finds the samples', () => {
    expect(SAMPLES.length).toBe(2);
  });

  it.each(SAMPLES.flatMap((file) => (['zh', 'en'] as const).map((lang) => [file, lang] as const)))(
    'mark %s the same way (%s)',
    async (file, lang) => {
      const { findings } = checkWorkbook(workbookToGrids(await loadWorkbook(file)), { lang });
      expect(findings.length).toBeGreaterThan(0);
      const cli = await cliMarks(file, findings, lang);
      const addin = await addinMarks(file, findings, lang);
      expect(cli).toEqual(addin);
      // Every finding's cell is marked in both, and notes carry the expected value in the clerk's language.
      for (const finding of findings) {
        const mark = cli[`${finding.sheet}!${finding.cell.split(':')[0]}`];
        expect(mark?.fill).toBeDefined();
        expect(mark?.note).toContain(finding.message);
        if (finding.expected !== null)
          expect(mark?.note).toContain(
            lang === 'zh' ? `应为 ${finding.expected}` : `expected ${finding.expected}`,
          );
      }
    },
  );

  it('fills info findings too (blue), as the add-in does', async () => {
    // The samples hold no info finding: an info finding is made on a real finding's cell.
    const file = SAMPLES[0];
    const { findings } = checkWorkbook(workbookToGrids(await loadWorkbook(file)), { lang: 'zh' });
    const info: Finding = { ...findings[0], severity: 'info' };
    const at = `${info.sheet}!${info.cell.split(':')[0]}`;
    const cli = await cliMarks(file, [info], 'zh');
    expect(cli[at]?.fill).toBe('#DDEBF7');
    expect(cli[at]?.note).toMatch(/^\[selfeval\] 提示（/);
    expect(cli).toEqual(await addinMarks(file, [info], 'zh'));
  });
});
