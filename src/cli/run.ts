// `selfeval check FILE… [--format table|json] [--lang zh|en] [--out DIR]`, callable in-process for tests.
import { parseArgs } from 'node:util';
import { checkWorkbook } from '../engine/check';
import type { Lang } from '../engine/rules/types';
import { writeCopies } from './check-copies';
import { runFix } from './commands/fix';
import { runInsert } from './commands/insert';
import { runNew } from './commands/new';
import { MESSAGES, say } from './messages';
import { openWorkbook } from './open-input';
import { workbookToGrids } from './read-workbook';
import { countBySeverity, formatFileReport, toJson } from './report';
import type { FailedFile, FileReport } from './report';
import { crashMessage } from './check-copies';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const EXIT = { clean: 0, errors: 1, unusable: 2 } as const;

type Format = 'table' | 'json';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // The preset commands parse their own options (src/cli/commands/).
  if (argv[0] === 'new') return runNew(argv.slice(1), io);
  if (argv[0] === 'insert') return runInsert(argv.slice(1), io);
  if (argv[0] === 'fix') return runFix(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'table' },
        lang: { type: 'string', short: 'l' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(say(MESSAGES.zh.usageError, { detail: (error as Error).message }));
    io.stderr(say(MESSAGES.en.usageError, { detail: (error as Error).message }));
    return EXIT.unusable;
  }
  const { values, positionals } = parsed;
  const langOption = values.lang;
  if (langOption !== undefined && langOption !== 'zh' && langOption !== 'en') {
    io.stderr(say(MESSAGES.zh.badOption, { option: '--lang', allowed: 'zh, en' }));
    io.stderr(say(MESSAGES.en.badOption, { option: '--lang', allowed: 'zh, en' }));
    return EXIT.unusable;
  }
  const lang: Lang = langOption ?? 'zh';
  const m = MESSAGES[lang];
  if (values.help) {
    // Without --lang, help is shown in both languages.
    io.stdout(langOption ? m.help : `${MESSAGES.zh.help}\n\n${MESSAGES.en.help}`);
    return EXIT.clean;
  }
  const format = values.format;
  if (format !== 'table' && format !== 'json') {
    io.stderr(say(m.badOption, { option: '--format', allowed: 'table, json' }));
    return EXIT.unusable;
  }
  const [command, ...files] = positionals;
  if (command !== 'check' || files.length === 0) {
    io.stderr(
      say(m.usageError, {
        detail: command === 'check' ? 'no FILE' : `unknown command ${command ?? ''}`.trim(),
      }),
    );
    return EXIT.unusable;
  }
  return check(files, { format, lang, out: values.out }, io);
}

async function check(
  files: readonly string[],
  options: { format: Format; lang: Lang; out?: string },
  io: CliIo,
): Promise<number> {
  const m = MESSAGES[options.lang];
  const reports: FileReport[] = [];
  const failed: FailedFile[] = [];
  const copies = options.out
    ? await writeCopies(
        files.map((file) => ({ path: file })),
        options.out,
      )
    : undefined;
  for (const file of files) {
    // One file's failure, whatever it is, is reported on its line; the others go on.
    try {
      const opened = await openWorkbook(file);
      if (!opened.ok) {
        const message = say(m.unusable[opened.reason], { file, detail: opened.detail });
        failed.push({ file, reason: opened.reason, message });
        io.stderr(message);
        continue;
      }
      const result = checkWorkbook(workbookToGrids(opened.workbook), { lang: options.lang });
      const report: FileReport = { file, tables: result.summaries, findings: result.findings };
      reports.push(report);
      if (options.format === 'table') io.stdout(formatFileReport(report, options.lang).join('\n') + '\n');
      if (copies) {
        const written = await copies.write(file, result.findings, options.lang);
        if (written.ok) io.stderr(say(m.annotated, { file: written.target }));
        else {
          failed.push({ file, reason: written.reason, message: written.message });
          io.stderr(written.message);
        }
      }
    } catch (error) {
      const message = crashMessage(file, error, options.lang);
      failed.push({ file, reason: 'crashed', message });
      io.stderr(message);
    }
  }
  const unusable = failed.length;
  const all = reports.flatMap((r) => r.findings);
  const counts = countBySeverity(all);
  if (options.format === 'json') io.stdout(toJson(reports, failed));
  else
    io.stdout(
      say(m.totalSummary, {
        files: files.length,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
        unusable,
      }),
    );
  if (unusable > 0) return EXIT.unusable;
  return counts.error > 0 ? EXIT.errors : EXIT.clean;
}
