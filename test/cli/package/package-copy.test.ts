// Part-by-part comparison of copies with their inputs: annotated (check --out) and inserted (insert --out)
// copies of workbooks written by openpyxl and by LibreOffice (test/fixtures/package, built by
// scripts/fixtures/make-package-fixtures.py) holding a chart, an image, the 1904 date system, text with CR and
// a control character, data validation, conditional formats, a print area and a named range.
// Every part not meant to change must come out byte for byte; changed parts are checked for what changed.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { parseA1Area, toA1 } from '../../../src/engine/grid/a1';
import { loadWorkbook } from '../../../src/cli/read-workbook';
import { run } from '../../../src/cli/run';

const FIXTURES = path.resolve(__dirname, '../../fixtures/package');
const SHEET = '附件2 整体支出自评表';
let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-package-'));
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

type Parts = Map<string, Buffer>;

async function partsOf(file: string): Promise<Parts> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts: Parts = new Map();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) parts.set(name, await entry.async('nodebuffer'));
  return parts;
}

function text(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return bytes.toString('utf8');
}

/** Parts whose bytes differ, and parts only in `after`. */
function difference(before: Parts, after: Parts): { changed: string[]; added: string[]; removed: string[] } {
  const changed = [...before.keys()].filter(
    (name) => after.has(name) && !after.get(name)?.equals(before.get(name) as Buffer),
  );
  return {
    changed: changed.sort(),
    added: [...after.keys()].filter((name) => !before.has(name)).sort(),
    removed: [...before.keys()].filter((name) => !after.has(name)).sort(),
  };
}

/** Cell elements of a worksheet part by address (prefix-free files only: openpyxl and LibreOffice write none). */
function cellsOf(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
    cells.set(match[1], match[0]);
  return cells;
}

function withoutStyle(cell: string): string {
  return cell.replace(/ s="\d+"/, '');
}

function styleOf(cell: string | undefined): string {
  return /\ss="(\d+)"/.exec(cell ?? '')?.[1] ?? '0';
}

function outsideSheetData(xml: string): string {
  return xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>');
}

function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}[\\s>/][\\s\\S]*?(?:</${name}>|/>)`, 'g'))].map((m) => m[0]);
}

function sheetPart(parts: Parts, sheetName: string): string {
  const workbook = text(parts, 'xl/workbook.xml');
  const sheetTag =
    [...workbook.matchAll(/<sheet\s[^>]*>/g)].find((m) => m[0].includes(`name="${sheetName}"`))?.[0] ?? '';
  const id = /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const rel =
    [...rels.matchAll(/<Relationship\s[^>]*>/g)].find((m) => m[0].includes(`Id="${id}"`))?.[0] ?? '';
  const target = /Target="([^"]+)"/.exec(rel)?.[1] ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

const TOOLS = ['openpyxl', 'libreoffice'] as const;

describe.each(TOOLS)('annotated copy of a workbook written by %s', (tool) => {
  let before: Parts;
  let after: Parts;
  let flagged: Set<string>;
  const input = path.join(FIXTURES, `seed-000-${tool}.xlsx`);

  beforeAll(async () => {
    const outDir = path.join(tmp, `annotated-${tool}`);
    const result = await cli('check', input, '--format', 'json', '--out', outDir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: { findings: { sheet: string; cell: string; severity: string }[] }[];
      failed: unknown[];
    };
    expect(report.failed).toEqual([]);
    flagged = new Set();
    for (const finding of report.files[0].findings) {
      expect(finding.sheet).toBe(SHEET); // so only that sheet's part may change
      const area = parseA1Area(finding.cell);
      if (!area) throw new Error(finding.cell);
      for (let row = area.top; row <= area.bottom; row++)
        for (let col = area.left; col <= area.right; col++) flagged.add(toA1(row, col));
    }
    expect(flagged.size).toBeGreaterThan(5);
    before = await partsOf(input);
    after = await partsOf(path.join(outDir, path.basename(input)));
  });

  it('changes only the flagged sheet, styles, content types and the note parts; every other part is byte-identical', () => {
    const sheet = sheetPart(before, SHEET);
    const rels = sheet.replace(/([^/]+)$/, '_rels/$1.rels');
    const diff = difference(before, after);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual(
      [sheet, 'xl/styles.xml', '[Content_Types].xml', ...(before.has(rels) ? [rels] : [])].sort(),
    );
    expect(diff.added).toEqual(
      ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', ...(before.has(rels) ? [] : [rels])].sort(),
    );
    // What must survive, named: chart, image, drawing, the 1904 date system, shared strings with CR and BEL.
    for (const kept of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/drawings/drawing1.xml',
      'xl/workbook.xml',
    ])
      expect(after.get(kept)?.equals(before.get(kept) as Buffer)).toBe(true);
    expect(text(after, 'xl/workbook.xml')).toMatch(/date1904="(1|true)"/);
    // The fixtures hold a BEL and a CR (openpyxl's as Excel writes them); byte-identical parts keep them.
    const strings = (parts: Parts) =>
      [...parts.keys()]
        .filter((name) => /sharedStrings|sheet\d+\.xml$/.test(name))
        .map((name) => text(parts, name))
        .join('');
    for (const parts of [before, after]) {
      expect(strings(parts)).toContain('A_x0007_B');
      if (tool === 'openpyxl') expect(strings(parts)).toContain('_x000D_');
    }
  });

  it('in the sheet, changes the style of flagged cells only, and adds only <legacyDrawing>', () => {
    const part = sheetPart(before, SHEET);
    const beforeCells = cellsOf(text(before, part));
    const afterCells = cellsOf(text(after, part));
    for (const [ref, cell] of beforeCells) {
      const copy = afterCells.get(ref);
      expect([ref, copy && withoutStyle(copy)]).toEqual([ref, withoutStyle(cell)]);
      if (!flagged.has(ref)) expect([ref, copy]).toEqual([ref, cell]);
      else expect([ref, styleOf(copy)]).not.toEqual([ref, styleOf(cell)]);
    }
    for (const [ref, cell] of afterCells) {
      if (beforeCells.has(ref)) continue;
      expect(flagged.has(ref)).toBe(true);
      expect(cell).toMatch(/^<c r="[A-Z]+\d+" s="\d+"\/>$/);
    }
    const frameBefore = outsideSheetData(text(before, part));
    const frameAfter = outsideSheetData(text(after, part));
    // openpyxl's root declares no r: prefix, so the element declares it itself.
    expect(frameAfter.replace(/<legacyDrawing( xmlns:r="[^"]+")? r:id="rId\d+"\/>/, '')).toBe(frameBefore);
  });

  it('appends fills and cell formats to styles.xml, keeping every existing one in place', () => {
    const stylesBefore = text(before, 'xl/styles.xml');
    const stylesAfter = text(after, 'xl/styles.xml');
    const fills = (xml: string) => elements(/<fills[\s\S]*<\/fills>/.exec(xml)?.[0] ?? '', 'fill');
    const fillsBefore = fills(stylesBefore);
    const fillsAfter = fills(stylesAfter);
    expect(fillsAfter.slice(0, fillsBefore.length)).toEqual(fillsBefore);
    expect(fillsAfter.slice(fillsBefore.length).join('')).toMatch(/FFFFC7CE[\s\S]*|FFFFEB9C/);
    const xfs = (xml: string) => elements(/<cellXfs[\s\S]*<\/cellXfs>/.exec(xml)?.[0] ?? '', 'xf');
    expect(xfs(stylesAfter).slice(0, xfs(stylesBefore).length)).toEqual(xfs(stylesBefore));
    const rest = (xml: string) =>
      xml.replace(/<fills[\s\S]*<\/fills>/, '').replace(/<cellXfs[\s\S]*<\/cellXfs>/, '');
    expect(rest(stylesAfter)).toBe(rest(stylesBefore));
  });

  it('is read back with the marks by another reader (ExcelJS), values unchanged', async () => {
    const copy = await loadWorkbook(path.join(tmp, `annotated-${tool}`, path.basename(input)));
    const original = await loadWorkbook(input);
    const sheet = copy.getWorksheet(SHEET);
    const sheetBefore = original.getWorksheet(SHEET);
    if (!sheet || !sheetBefore) throw new Error('sheet lost');
    sheetBefore.eachRow((row, r) =>
      row.eachCell((cell, c) => expect([r, c, sheet.getCell(r, c).value]).toEqual([r, c, cell.value])),
    );
    const marked = [...flagged].map(
      (ref) => (sheet.getCell(ref).fill as { fgColor?: { argb?: string } }).fgColor?.argb,
    );
    for (const argb of marked) expect(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']).toContain(argb);
  });
});

describe.each(TOOLS)('inserted copy of a workbook written by %s', (tool) => {
  let before: Parts;
  let after: Parts;
  const input = path.join(FIXTURES, `seed-004c-${tool}.xlsx`);
  const at = 19; // 0-based: the hotline's 效益 rows go in above row 20
  const count = 2;

  beforeAll(async () => {
    const out = path.join(tmp, `inserted-${tool}.xlsx`);
    const result = await cli(
      'insert',
      input,
      '--sheet',
      SHEET,
      '--preset',
      'hotline-12345',
      '--group',
      '效益指标',
      '--year',
      '2024',
      '--out',
      out,
    );
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`第 ${at + 1} 行起插入 ${count} 行`);
    before = await partsOf(input);
    after = await partsOf(out);
  });

  it('changes only the sheet, workbook.xml (names), the chart and the drawing; everything else is byte-identical', () => {
    const diff = difference(before, after);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual(
      [
        sheetPart(before, SHEET),
        'xl/workbook.xml',
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
      ].sort(),
    );
    expect(after.get('xl/media/image1.png')?.equals(before.get('xl/media/image1.png') as Buffer)).toBe(true);
  });

  it('moves every cell below the insertion down, unchanged, and leaves the rest in place', () => {
    const part = sheetPart(before, SHEET);
    const beforeCells = cellsOf(text(before, part));
    const afterCells = cellsOf(text(after, part));
    let moved = 0;
    for (const [ref, cell] of beforeCells) {
      const area = parseA1Area(ref);
      if (!area) throw new Error(ref);
      const target = area.top >= at ? toA1(area.top + count, area.left) : ref;
      if (target !== ref) moved++;
      expect([ref, afterCells.get(target)?.replace(/ r="[A-Z]+\d+"/, '')]).toEqual([
        ref,
        cell.replace(/ r="[A-Z]+\d+"/, ''),
      ]);
    }
    expect(moved).toBeGreaterThan(20);
    const inserted = [...afterCells.keys()].filter((ref) => {
      const row = parseA1Area(ref)?.top ?? -1;
      return row >= at && row < at + count;
    });
    expect(inserted.length).toBeGreaterThan(0);
    expect(inserted.map((ref) => afterCells.get(ref)).join('')).toContain('群众诉求解决情况');
  });

  it('moves validation, conditional formats, merges, print area, names, chart series and the image with the rows', () => {
    const part = sheetPart(before, SHEET);
    const sheet = text(after, part);
    expect(sheet).toMatch(/<dataValidation [^>]*sqref="G10:G26"/);
    expect(sheet).toMatch(/<conditionalFormatting sqref="H10:H26"/);
    expect(sheet).toContain('<mergeCell ref="A26:F26"/>');
    expect(sheet).not.toContain('<mergeCell ref="A24:F24"/>');
    const workbook = text(after, 'xl/workbook.xml').replace(/&apos;/g, "'");
    expect(workbook).toContain(`'${SHEET}'!$A$1:$I$26`);
    expect(workbook).toContain(`'${SHEET}'!$H$10:$H$26`);
    expect(text(after, 'xl/workbook.xml').replace(/<definedNames>[\s\S]*<\/definedNames>/, '')).toBe(
      text(before, 'xl/workbook.xml').replace(/<definedNames>[\s\S]*<\/definedNames>/, ''),
    );
    const chart = text(after, 'xl/charts/chart1.xml').replace(/&apos;/g, "'");
    expect(chart).toContain(`'${SHEET}'!$H$10:$H$26`);
    expect(chart).toContain(`'${SHEET}'!$D$10:$D$26`);
    // The chart starts above the insertion and keeps its place and size (both tools anchor it "oneCell");
    // the image below moves down two rows.
    const anchors = (xml: string) =>
      [...xml.matchAll(/<(?:xdr:)?(?:one|two)CellAnchor[\s\S]*?<\/(?:xdr:)?(?:one|two)CellAnchor>/g)].map(
        (m) => [...m[0].matchAll(/<(?:xdr:)?row>(\d+)<\/(?:xdr:)?row>/g)].map((r) => Number(r[1])),
      );
    const [chartBefore, imageBefore] = anchors(text(before, 'xl/drawings/drawing1.xml'));
    const [chartAfter, imageAfter] = anchors(text(after, 'xl/drawings/drawing1.xml'));
    expect(chartBefore[0]).toBeLessThan(at);
    expect(chartAfter).toEqual(chartBefore);
    expect(imageBefore[0]).toBeGreaterThanOrEqual(at);
    expect(imageAfter).toEqual(imageBefore.map((row) => row + count));
  });
});

describe('fixed copy (selfeval fix --out)', () => {
  it('changes only the sheets holding the planned cells and workbook.xml (recalculate on open)', async () => {
    const input = path.resolve(__dirname, '../../../samples/seed-002.xlsx');
    const out = path.join(tmp, 'fixed-002.xlsx');
    const result = await cli('fix', input, '--out', out, '--lang', 'en');
    expect(result.code).toBeLessThan(2);
    const before = await partsOf(input);
    const after = await partsOf(out);
    const diff = difference(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toContain('xl/workbook.xml');
    const sheets = diff.changed.filter((name) => name !== 'xl/workbook.xml');
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) expect(name).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(text(after, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });
});

it('keeps the zip’s folder entries (xl/, _rels/ …) that some tools write, so a copy drops nothing of its input', async () => {
  // The sample files were written with folder entries; openpyxl and LibreOffice write none.
  const input = path.resolve(__dirname, '../../../samples/seed-004.xlsx');
  const namesOf = async (file: string) => Object.keys((await JSZip.loadAsync(await fs.readFile(file))).files);
  const before = await namesOf(input);
  expect(before.filter((name) => name.endsWith('/')).length).toBeGreaterThan(0);
  const out = path.join(tmp, 'folders');
  const result = await cli('check', input, '--out', out, '--lang', 'en');
  expect(result.code).toBe(1);
  const after = await namesOf(path.join(out, 'seed-004.xlsx'));
  expect(before.filter((name) => !after.includes(name))).toEqual([]);
  // In their original order, with the new parts (notes) after them.
  expect(after.filter((name) => before.includes(name))).toEqual(before);
});
