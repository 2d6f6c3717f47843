// `selfeval COMMAND …`: check (below), diff, new, insert, help; callable in-process for tests.
import * as path from 'node:path';
import { PROFILE_IDS } from '../engine/profiles';
import type { Lang } from '../engine/rules/types';
import { planCopies } from './copy-plan';
import { badValueMessage, langIn, parseCommandLine, type OptionSpecs } from './args';
import { runHelp, unknownCommand } from './commands/help';
import { FORMATTERS, type Formatter } from './formatters';
import { MESSAGES, say } from './messages';
import { checkBatch } from './batch/check-batch';
import { collectInputs } from './batch/inputs';
import { defaultJobs } from './batch/pool';
import { describeFailure, failureCause } from './read/read-messages';
import { safeForTerminal } from './terminal-text';
import { failedFiles, isUnreadable, type FileOutcome } from './report/outcome';
import { reportFormatter, reportText, writeReport } from './report/write-report';
import { packageVersion } from './version';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Rewrites a one-line progress display; given only when stderr is a terminal. */
  readonly progress?: (text: string) => void;
}

export const EXIT = { clean: 0, errors: 1, unusable: 2 } as const;

/** Formats that can go to the terminal (`--format`); every format can go to a file (`--report`). */
const STDOUT_FORMATS = Object.values(FORMATTERS)
  .filter((f) => !f.binary)
  .map((f) => f.id);

const CHECK_OPTIONS: OptionSpecs = {
  format: {
    type: 'string',
    short: 'f',
    default: 'table',
    value: { zh: STDOUT_FORMATS.join('|'), en: STDOUT_FORMATS.join('|') },
  },
  lang: { type: 'string', short: 'l', value: { zh: 'zh|en', en: 'zh|en' } },
  out: { type: 'string', short: 'o', value: { zh: '目录', en: 'DIR' } },
  profile: { type: 'string', short: 'p', value: { zh: '模板', en: 'ID' } },
  jobs: { type: 'string', short: 'j', value: { zh: '并行数', en: 'N' } },
  report: {
    type: 'string',
    short: 'r',
    value: { zh: '汇总.xlsx 或 汇总.html', en: 'FILE.xlsx or FILE.html' },
  },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') return (io.stdout(packageVersion()), EXIT.clean);
  // Loaded on demand: these commands need ExcelJS, whose loading alone costs `check` ~0.2 s of CPU per run.
  if (command === 'new') return (await import('./commands/new')).runNew(rest, io);
  if (command === 'insert') return (await import('./commands/insert')).runInsert(rest, io);
  if (command === 'fix') return (await import('./commands/fix')).runFix(rest, io);
  if (command === 'diff') return (await import('./commands/diff')).runDiff(rest, io);
  if (command === 'help') return runHelp(rest, io);
  if (command === 'check') return runCheck(rest, io);
  if (command === undefined || command.startsWith('-')) {
    // No command: `selfeval --help`, or options before one.
    if (argv.includes('--help') || argv.includes('-h') || command === undefined)
      return runHelp(
        argv.filter((a) => a !== '--help' && a !== '-h'),
        io,
      );
    if (argv.includes('--version')) return (io.stdout(packageVersion()), EXIT.clean);
  }
  io.stderr(unknownCommand(command, langIn(argv)));
  return EXIT.unusable;
}

async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, CHECK_OPTIONS, {
    command: 'check',
    lang: langIn(argv),
    positionals: true,
  });
  if (!parsed.ok) return (io.stderr(parsed.message), EXIT.unusable);
  const { values, positionals: files } = parsed;
  const langOption = values.lang as string | undefined;
  if (langOption !== undefined && langOption !== 'zh' && langOption !== 'en') {
    io.stderr(badValueMessage(langIn(argv), '--lang', langOption, ['zh', 'en']));
    return EXIT.unusable;
  }
  const lang: Lang = langOption ?? 'zh';
  const m = MESSAGES[lang];
  if (values.help) return runHelp(['check', ...(langOption ? ['--lang', lang] : [])], io);
  const format = values.format as string;
  const formatter = STDOUT_FORMATS.find((id) => id === format);
  if (!formatter) {
    io.stderr(badValueMessage(lang, '--format', format, STDOUT_FORMATS));
    return EXIT.unusable;
  }
  let report: { file: string; formatter: Formatter } | undefined;
  if (typeof values.report === 'string') {
    const chosen = reportFormatter(values.report, lang);
    if (typeof chosen === 'string') return (io.stderr(chosen), EXIT.unusable);
    report = { file: values.report, formatter: chosen };
  }
  if (files.length === 0) {
    io.stderr(say(m.usageError, { detail: m.noFiles }));
    return EXIT.unusable;
  }
  // A report never replaces a file it reports on.
  if (report && files.some((file) => path.resolve(file) === path.resolve(report.file))) {
    io.stderr(reportText(lang, 'isInput', { file: report.file }));
    return EXIT.unusable;
  }
  const profile = typeof values.profile === 'string' ? values.profile : undefined;
  if (profile !== undefined && !PROFILE_IDS.includes(profile)) {
    io.stderr(badValueMessage(lang, '--profile', profile, PROFILE_IDS));
    return EXIT.unusable;
  }
  const out = typeof values.out === 'string' ? values.out : undefined;
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    io.stderr(badValueMessage(lang, '--jobs', String(values.jobs), ['1', '2', '…']));
    return EXIT.unusable;
  }
  return check(files, { formatter: FORMATTERS[formatter], lang, out, report, profile, jobs }, io);
}

async function check(
  args: readonly string[],
  options: {
    formatter: Formatter;
    lang: Lang;
    out?: string;
    report?: { file: string; formatter: Formatter };
    /** A template profile for every table (`--profile`); otherwise each table is matched. */
    profile?: string;
    jobs: number;
  },
  io: CliIo,
): Promise<number> {
  const m = MESSAGES[options.lang];
  const snapshots = !!(options.formatter.needsSnapshots || options.report?.formatter.needsSnapshots);
  const outcomes: FileOutcome[] = [];
  // A streamed format writes each file's part when it is handed on, not all at the end.
  const stream = options.formatter.stream?.({ lang: options.lang });
  const record = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    const part = stream?.next(outcome);
    if (part !== undefined) io.stdout(part);
  };
  const unreadable = (file: string, failure: Parameters<typeof describeFailure>[1]) => {
    io.stderr(describeFailure(safeForTerminal(file), failure, options.lang));
    record({
      file,
      unreadable: {
        reason: failure.reason,
        message: describeFailure(file, failure, options.lang),
        ...causeOf(failure),
      },
    });
  };
  // Folders are walked here; each input keeps the folder it was found under (copies keep paths relative to it).
  const { inputs, problems } = await collectInputs(args);
  for (const problem of problems) unreadable(problem.path, problem.failure);
  const copies = options.out ? await planCopies(inputs, options.out) : undefined;
  const planned = new Map(
    copies ? inputs.map((input) => [input.path, copies(input.path, options.lang)]) : [],
  );
  // Each file is read and checked — and its copy written — in a worker with a memory cap; one file's failure is
  // reported on its line.
  await checkBatch(
    inputs,
    {
      jobs: options.jobs,
      lang: options.lang,
      profile: options.profile,
      snapshots,
      progress: io.progress,
      copyOrder: copies
        ? ({ path: file }) => {
            const plan = planned.get(file);
            return plan?.ok ? plan.order : undefined;
          }
        : undefined,
    },
    ({ path: file }, result) => {
      if (!result.ok) return unreadable(file, result.failure);
      const plan = planned.get(file);
      const outcome =
        plan && !plan.ok
          ? { ...result.checked, copyFailure: { reason: plan.reason, message: plan.message } }
          : result.checked;
      if (outcome.copy) io.stderr(say(m.annotated, { file: safeForTerminal(outcome.copy) }));
      if (outcome.copyFailure) io.stderr(safeForTerminal(outcome.copyFailure.message));
      record(outcome);
    },
  );
  io.stdout(
    stream ? stream.end(outcomes) : String(await options.formatter.format(outcomes, { lang: options.lang })),
  );
  let reportFailed = false;
  if (options.report) {
    const written = await writeReport(options.report.file, options.report.formatter, outcomes, options.lang);
    io.stderr(written.message);
    reportFailed = !written.ok;
  }
  if (reportFailed || failedFiles(outcomes).length > 0) return EXIT.unusable;
  const errors = outcomes.some((o) => !isUnreadable(o) && o.findings.some((f) => f.severity === 'error'));
  return errors ? EXIT.errors : EXIT.clean;
}

function causeOf(failure: Parameters<typeof failureCause>[0]) {
  const cause = failureCause(failure);
  return cause ? { cause } : {};
}
