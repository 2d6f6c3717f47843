import * as path from 'node:path';
import { FORMATTERS } from '../../../src/cli/formatters';
import { formatFileReport, totalLine } from '../../../src/cli/formatters/table';
import { failedFiles, isUnreadable, type FileOutcome } from '../../../src/cli/report/outcome';
import { run } from '../../../src/cli/run';
import { safeForTerminal } from '../../../src/cli/terminal-text';
import type { Finding } from '../../../src/engine/rules/types';

const finding = (cell: string, severity: Finding['severity'], message: string): Finding =>
  ({
    sheet: '附件1',
    cell,
    rule: 'execution-rate',
    severity,
    message,
    expected: '90.00%',
    actual: '9.00%',
  }) as Finding;

const checked = (file: string, findings: Finding[]): FileOutcome => ({
  file,
  tables: [{ sheet: '附件1', kind: 'overall-self-eval', range: 'A1:J30', profile: 'national' }],
  findings,
  overview: { tables: 1 } as never,
});
const unreadable = (file: string): FileOutcome => ({
  file,
  unreadable: { reason: 'corrupt', message: `${file}：文件已损坏` },
});

const SETS: Record<string, FileOutcome[]> = {
  none: [],
  'only unreadable': [unreadable('a.xlsx'), unreadable('b.xlsx')],
  one: [checked('a.xlsx', [finding('B3', 'error', '执行率应为 "90.00%"\n（换行）')])],
  'unreadable first, between and last': [
    unreadable('x.xlsx'),
    checked('a.xlsx', []),
    unreadable('y.xlsx'),
    checked('b.xlsx', [finding('C4', 'warning', 'w'), finding('C5', 'info', 'i')]),
    checked('c.xlsx', [finding('D1', 'error', 'e')]),
    unreadable('z.xlsx'),
  ],
};

/** What a stream writes, each part as a terminal line or lines, joined the way the CLI's stdout joins them. */
function streamed(id: 'json' | 'table', outcomes: FileOutcome[]): { text: string; parts: number } {
  const stream = FORMATTERS[id].stream?.({ lang: 'zh' });
  if (!stream) throw new Error(`${id} has no stream`);
  const parts = outcomes.flatMap((outcome) => stream.next(outcome) ?? []);
  parts.push(stream.end(outcomes));
  return { text: parts.join('\n'), parts: parts.length };
}

describe('formats written as the run goes', () => {
  it.each(Object.entries(SETS))(
    'json (%s): the same bytes as the whole document, which parses',
    (_, outcomes) => {
      const whole = JSON.stringify(
        {
          files: outcomes.flatMap((o) =>
            isUnreadable(o) ? [] : [{ file: o.file, tables: o.tables, findings: o.findings }],
          ),
          failed: failedFiles(outcomes),
        },
        null,
        2,
      );
      const { text } = streamed('json', outcomes);
      expect(text).toBe(whole);
      expect(FORMATTERS.json.format(outcomes, { lang: 'zh' })).toBe(whole);
      expect(JSON.parse(text).files).toHaveLength(outcomes.filter((o) => !isUnreadable(o)).length);
    },
  );

  it.each(Object.entries(SETS))(
    "table (%s): every checked file's lines, then the summary line",
    (_, outcomes) => {
      const lines = outcomes.flatMap((o) =>
        isUnreadable(o) ? [] : formatFileReport(o, 'zh').map(safeForTerminal),
      );
      const whole = [...lines, totalLine(outcomes, 'zh')].join('\n');
      expect(streamed('table', outcomes).text).toBe(whole);
      expect(FORMATTERS.table.format(outcomes, { lang: 'zh' })).toBe(whole);
    },
  );

  it('writes a checked file as soon as the next one is known (json) or at once (table)', () => {
    const outcomes = SETS['unreadable first, between and last'];
    // json holds back the latest entry (its comma waits for the next), table writes each file's lines at once.
    expect(streamed('json', outcomes).parts).toBe(3);
    expect(streamed('table', outcomes).parts).toBe(4);
  });

  it('prints each file of a run as it is handed on, and the whole still parses', async () => {
    const out: string[] = [];
    const samples = path.resolve(__dirname, '../../../samples');
    const files = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-003.xlsx'].map((name) => path.join(samples, name));
    const code = await run(['check', ...files, '--format', 'json', '--jobs', '1'], {
      stdout: (text) => out.push(text),
      stderr: () => undefined,
    });
    expect(code).toBe(1);
    expect(out.length).toBe(3);
    expect(JSON.parse(out.join('\n')).files.map((f: { file: string }) => f.file)).toEqual(files);
  });
});
