// Issue 13's gap: a refused or failed file is described wholly in the run's language. Every refusal kind and every
// stopped-worker kind, in zh and en: a zh line holds no Latin word but names (file, sheet, part, cell range) and the
// units MB/GB; an en line no Chinese but names. Then real refusals from the reader and the pool, end to end.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeMergeBomb } from '../../../scripts/lib/generated-workbooks';
import type { WorkerFailure } from '../../../src/cli/batch/check-file';
import { checkInPool } from '../../../src/cli/batch/pool';
import type { RefusalCause, RefusalKind } from '../../../src/cli/read/limits';
import { DEFAULT_LIMITS, reasonOf } from '../../../src/cli/read/limits';
import { describeFailure, failureCause, workerCause } from '../../../src/cli/read/read-messages';
import type { ReadFailure } from '../../../src/cli/read/read-grids';
import { readGrids } from '../../../src/cli/read/read-grids';
import { openWorkbook } from '../../../src/cli/open-input';
import { unusableText } from '../../../src/cli/unusable-text';
import { ZipWriter } from '../../../scripts/lib/zip-writer';

const FILE = 'dept-2024.xlsx';
const SHEET = '项目支出绩效自评表';
const MB = 1024 * 1024;

/** Names and units may be Latin in zh (and Chinese in en): take them out before looking. */
function withoutNames(text: string, names: readonly string[]): string {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest.replace(/\b(MB|GB)\b/g, ' ');
}

const LATIN_WORD = /[A-Za-z]{1,}/;
const HAN = /\p{Script=Han}/u;

// Every kind of RefusalCause, each with the names its line may carry and the figures it must show.
const CAUSES: readonly [RefusalCause, readonly string[], readonly string[]][] = [
  [{ kind: 'file-size', bytes: 300 * MB, limitBytes: 256 * MB }, [], ['300', '256']],
  [
    { kind: 'part-size', part: 'xl/worksheets/sheet1.xml', bytes: 1101 * MB, limitBytes: 192 * MB },
    ['xl/worksheets/sheet1.xml'],
    ['1101', '192'],
  ],
  [
    { kind: 'part-size', part: 'xl/worksheets/sheet1.xml', limitBytes: 192 * MB },
    ['xl/worksheets/sheet1.xml'],
    ['192'],
  ],
  [{ kind: 'zip64' }, [], ['65535']],
  [
    { kind: 'sheet-cells', sheet: SHEET, cells: 16_777_216, limit: 5_000_000 },
    [SHEET],
    ['16777216', '5000000'],
  ],
  [{ kind: 'sheet-cells', sheet: 'Sheet1', limit: 5_000_000 }, ['Sheet1'], ['5000000']],
  [
    { kind: 'merged-area', sheet: SHEET, ref: 'A100:XFD1048576', cells: 17_179_766_784, limit: 5_000_000 },
    [SHEET, 'A100:XFD1048576'],
    ['17179766784', '5000000'],
  ],
  [{ kind: 'merged-cells', sheet: SHEET, cells: 2_000_001, limit: 2_000_000 }, [SHEET], ['2000000']],
  [{ kind: 'zip-directory' }, [], []],
  [{ kind: 'no-zip-directory' }, [], []],
  [{ kind: 'zip-entry', part: 'xl/styles.xml' }, ['xl/styles.xml'], []],
  [{ kind: 'zip-method', part: 'xl/styles.xml', method: 12 }, ['xl/styles.xml'], ['12']],
  [
    { kind: 'inflate', part: 'xl/sharedStrings.xml', message: 'invalid stored block lengths' },
    ['xl/sharedStrings.xml'],
    [],
  ],
  [{ kind: 'missing-part', part: 'xl/workbook.xml' }, ['xl/workbook.xml'], []],
  [{ kind: 'unterminated-cell', sheet: SHEET }, [SHEET], []],
  [{ kind: 'reader-error', message: 'Unsupported file 0' }, [], []],
  [{ kind: 'system-error', code: 'EIO' }, ['EIO'], []],
  [{ kind: 'system-error', code: 'ESTALE' }, ['ESTALE'], []],
];

describe('a refusal, described in the run’s language only', () => {
  it('covers every kind of refusal', () => {
    const kinds: Record<RefusalKind, true> = {
      'file-size': true,
      'part-size': true,
      zip64: true,
      'sheet-cells': true,
      'merged-area': true,
      'merged-cells': true,
      'zip-directory': true,
      'no-zip-directory': true,
      'zip-entry': true,
      'zip-method': true,
      inflate: true,
      'missing-part': true,
      'unterminated-cell': true,
      'reader-error': true,
      'system-error': true,
    };
    expect(new Set(CAUSES.map(([cause]) => cause.kind))).toEqual(new Set(Object.keys(kinds)));
  });

  it.each(CAUSES.map(([cause, names, figures]) => [cause.kind, cause, names, figures] as const))(
    '%s',
    (_kind, cause, names, figures) => {
      const failure = { reason: reasonOf(cause), cause } as ReadFailure;
      const zh = describeFailure(FILE, failure, 'zh');
      const en = describeFailure(FILE, failure, 'en');
      expect(zh.startsWith(`${FILE}：`)).toBe(true);
      expect(en.startsWith(`${FILE}: `)).toBe(true);
      const zhRest = withoutNames(zh, [FILE, ...names]);
      expect(zhRest).not.toMatch(LATIN_WORD);
      expect(zhRest).toMatch(HAN);
      const enRest = withoutNames(en, [FILE, ...names]);
      expect(enRest).not.toMatch(HAN);
      for (const figure of figures) {
        expect(zh).toContain(figure);
        expect(en).toContain(figure);
      }
      // JSON carries the figures themselves.
      expect(failureCause(failure)).toEqual(cause);
    },
  );

  it('keeps a reader library’s own words in English and in JSON, never in the zh line', () => {
    const cause: RefusalCause = { kind: 'reader-error', message: 'Unsupported file 0' };
    const failure: ReadFailure = { reason: 'corrupt', cause };
    expect(describeFailure(FILE, failure, 'en')).toContain('Unsupported file 0');
    expect(describeFailure(FILE, failure, 'zh')).not.toContain('Unsupported');
    expect(failureCause(failure)).toEqual(cause);
  });
});

// The pool writes its figures as `48 MB`, `60 s`, `exit 1` or the error's first line (batch/pool.ts).
const WORKER: readonly [WorkerFailure, ReturnType<typeof workerCause>, readonly string[]][] = [
  [{ reason: 'out-of-memory', detail: '48 MB' }, { kind: 'out-of-memory', limitMb: 48 }, ['48']],
  [{ reason: 'timed-out', detail: '600 s' }, { kind: 'timed-out', limitSeconds: 600 }, ['600']],
  [{ reason: 'crashed', detail: 'exit 134' }, { kind: 'crashed', exitCode: 134 }, ['134']],
  [
    { reason: 'crashed', detail: "Cannot read properties of undefined (reading 'rows')" },
    { kind: 'crashed', message: "Cannot read properties of undefined (reading 'rows')" },
    [],
  ],
];

describe('a stopped worker, described in the run’s language only', () => {
  it.each(WORKER.map(([failure, cause, figures]) => [failure.reason, failure, cause, figures] as const))(
    '%s',
    (_reason, failure, cause, figures) => {
      const zh = describeFailure(FILE, failure, 'zh');
      const en = describeFailure(FILE, failure, 'en');
      expect(withoutNames(zh, [FILE])).not.toMatch(LATIN_WORD);
      expect(withoutNames(en, [FILE])).not.toMatch(HAN);
      for (const figure of figures) {
        expect(zh).toContain(figure);
        expect(en).toContain(figure);
      }
      expect(failureCause(failure)).toEqual(cause);
    },
  );

  it('says 秒 for the time limit in zh', () => {
    expect(describeFailure(FILE, { reason: 'timed-out', detail: '600 s' }, 'zh')).toBe(
      `${FILE}：检查超时（上限 600 秒），未检查`,
    );
  });
});

describe('end to end: what the reader and the pool really report', () => {
  let dir: string;
  const SAMPLE = path.resolve(__dirname, '../../../samples/seed-000.xlsx');
  const XLS = path.resolve(__dirname, '../../../samples/xls/seed-000.xls');
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-refusals-'));
    await writeMergeBomb(path.join(dir, 'merge-bomb.xlsx'));
    await fs.writeFile(path.join(dir, 'lying-size.xlsx'), await lyingSizes(SAMPLE));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const zhOf = async (file: string, limits = DEFAULT_LIMITS) => {
    const read = await readGrids(file, limits);
    if (read.ok) throw new Error(`${file} was read`);
    const { ok: _ok, ...failure } = read;
    return { failure, zh: describeFailure(path.basename(file), failure, 'zh') };
  };
  const onlyChinese = (zh: string, names: readonly string[]) =>
    expect(withoutNames(zh, names)).not.toMatch(LATIN_WORD);

  it('a merge bomb', async () => {
    const { failure, zh } = await zhOf(path.join(dir, 'merge-bomb.xlsx'));
    expect(failure).toMatchObject({
      reason: 'too-large',
      cause: { kind: 'merged-area', ref: 'A100:XFD1048576', limit: DEFAULT_LIMITS.cellsPerSheet },
    });
    expect(zh).toMatch(/合并区域 A100:XFD1048576 含 \d+ 个单元格，上限 5000000 个/);
    onlyChinese(zh, ['merge-bomb.xlsx', 'A100:XFD1048576', 'Sheet1']);
  });

  it('a part that inflates past what it declares (an inflation bomb)', async () => {
    const { failure, zh } = await zhOf(path.join(dir, 'lying-size.xlsx'), {
      ...DEFAULT_LIMITS,
      partBytes: 2048,
    });
    expect(failure).toMatchObject({ reason: 'too-large', cause: { kind: 'part-size', limitBytes: 2048 } });
    expect((failure as { cause: { bytes?: number } }).cause.bytes).toBeUndefined();
    const part = (failure as { cause: { part: string } }).cause.part;
    onlyChinese(zh, ['lying-size.xlsx', part]);
    expect(zh).toContain('实际比文件声明的大');
  });

  it.each([
    ['too many cells (.xlsx)', SAMPLE, { cellsPerSheet: 50 }, 'sheet-cells'],
    ['too many cells (.xls)', XLS, { cellsPerSheet: 50 }, 'sheet-cells'],
    ['too many merged cells (.xlsx)', SAMPLE, { mergedCellsPerSheet: 3 }, 'merged-cells'],
    ['too many merged cells (.xls)', XLS, { mergedCellsPerSheet: 3 }, 'merged-cells'],
    ['a part too large', SAMPLE, { partBytes: 1024 }, 'part-size'],
    ['a file too large', SAMPLE, { fileBytes: 1024 }, 'file-size'],
  ] as const)('%s', async (_name, file, limits, kind) => {
    const { failure, zh } = await zhOf(file, { ...DEFAULT_LIMITS, ...limits });
    expect(failure).toMatchObject({ reason: 'too-large', cause: { kind } });
    const cause = (failure as { cause: { sheet?: string; part?: string } }).cause;
    onlyChinese(zh, [
      path.basename(file),
      ...(cause.sheet ? [cause.sheet] : []),
      ...(cause.part ? [cause.part] : []),
    ]);
    expect(zh).toContain('文件超出检查上限，未检查');
  });

  it('a file the pool stops at its time limit', async () => {
    const outcomes: Parameters<Parameters<typeof checkInPool>[1]['onOutcome']>[1][] = [];
    await checkInPool([SAMPLE], {
      jobs: 1,
      lang: 'zh',
      timeoutMs: 1,
      onOutcome: (k, o) => (outcomes[k] = o),
    });
    const [outcome] = outcomes;
    if (outcome.ok) throw new Error('checked within 1 ms');
    const zh = describeFailure('seed-000.xlsx', outcome.failure, 'zh');
    expect(zh).toMatch(/^seed-000\.xlsx：检查超时（上限 \d+ 秒），未检查$/);
    expect(failureCause(outcome.failure)).toMatchObject({ kind: 'timed-out' });
  });
});

/** The workbook with every zip entry declaring 10 bytes uncompressed: the directory lies, as a bomb's would. */
async function lyingSizes(file: string): Promise<Buffer> {
  const bytes = Buffer.from(await fs.readFile(file));
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (bytes.readUInt32LE(at) === 0x02014b50 && bytes.readUInt16LE(at + 10) === 8)
      bytes.writeUInt32LE(10, at + 24);
  }
  return bytes;
}

describe('fix / insert / diff: a workbook ExcelJS cannot open', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-unusable-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('names the cause in the run’s language; the reader’s English stays in the en line', async () => {
    const file = path.join(dir, 'no-workbook.xlsx');
    const zip = new ZipWriter(file);
    await zip.add('[Content_Types].xml', '<Types/>');
    await zip.add('xl/workbook.xml', '<<< not XML');
    await zip.close();
    const opened = await openWorkbook(file);
    if (opened.ok) throw new Error('a broken workbook part was opened');
    expect(opened).toMatchObject({ reason: 'corrupt', cause: { kind: 'reader-error' } });
    const zh = unusableText('zh', 'no-workbook.xlsx', opened);
    expect(zh).toBe('no-workbook.xlsx：工作簿已损坏，无法读取（读取程序无法解析其内容）');
    const en = unusableText('en', 'no-workbook.xlsx', opened);
    expect(en).toContain(opened.detail);
    expect(en).not.toMatch(HAN);
  });
});
