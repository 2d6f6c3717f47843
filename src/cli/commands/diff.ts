// `selfeval diff OLD.xlsx NEW.xlsx [--format table|json] [--report FILE] [--lang zh|en]`
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../engine/check';
import type { Lang } from '../../engine/rules/types';
import { badValueMessage, langIn, parseCommandLine, type OptionSpecs } from '../args';
import { compareOutcomes, stillOpen } from '../diff/compare';
import { DIFF_FORMAT_BY_ENDING, formatComparison, type DiffFormat } from '../diff/diff-formats';
import { MESSAGES, say } from '../messages';
import { openWorkbook } from '../open-input';
import { unusableText } from '../unusable-text';
import { workbookToGrids } from '../read-workbook';
import { checkedFile } from '../report/checked-file';
import type { CheckedFile } from '../report/outcome';
import { reportText } from '../report/write-report';
import type { CliIo } from '../run';
import { DIFF_MESSAGES } from './diff-messages';

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', default: 'table', value: { zh: 'table|json', en: 'table|json' } },
  report: {
    type: 'string',
    short: 'r',
    value: { zh: '对比.xlsx 或 对比.html', en: 'FILE.xlsx or FILE.html' },
  },
  lang: { type: 'string', short: 'l', value: { zh: 'zh|en', en: 'zh|en' } },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  const asked = langIn(argv);
  const parsed = parseCommandLine(argv, OPTIONS, { command: 'diff', lang: asked, positionals: true });
  if (!parsed.ok) return (io.stderr(parsed.message), 2);
  const { values, positionals } = parsed;
  const langValue = values.lang as string | undefined;
  if (langValue !== undefined && langValue !== 'zh' && langValue !== 'en')
    return (io.stderr(badValueMessage(asked, '--lang', langValue, ['zh', 'en'])), 2);
  const lang: Lang = langValue ?? 'zh';
  const d = DIFF_MESSAGES[lang];
  if (values.help) return (io.stdout(d.help), 0);
  const format = values.format as string;
  if (format !== 'table' && format !== 'json')
    return (io.stderr(badValueMessage(lang, '--format', format, ['table', 'json'])), 2);
  let reportFormat: DiffFormat | undefined;
  const report = typeof values.report === 'string' ? values.report : undefined;
  if (report) {
    reportFormat = DIFF_FORMAT_BY_ENDING[path.extname(report).toLowerCase()];
    if (!reportFormat) {
      const endings = Object.keys(DIFF_FORMAT_BY_ENDING).join(lang === 'zh' ? '、' : ', ');
      return (io.stderr(reportText(lang, 'unknownKind', { file: report, endings })), 2);
    }
  }
  if (positionals.length !== 2) return (io.stderr(say(MESSAGES[lang].usageError, { detail: d.needTwo })), 2);
  const [before, after] = await Promise.all(positionals.map((file) => checkFile(file, lang)));
  if (typeof before === 'string' || typeof after === 'string') {
    for (const failure of [before, after]) if (typeof failure === 'string') io.stderr(failure);
    return 2;
  }
  const comparison = compareOutcomes(before, after);
  io.stdout(String(await formatComparison(comparison, format, lang)));
  if (report && reportFormat) {
    try {
      await fs.mkdir(path.dirname(path.resolve(report)), { recursive: true });
      await fs.writeFile(report, await formatComparison(comparison, reportFormat, lang));
      io.stderr(reportText(lang, 'written', { file: report }));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(reportText(lang, 'failed', { file: report, detail }));
      return 2;
    }
  }
  return stillOpen(comparison) > 0 ? 1 : 0;
}

async function checkFile(file: string, lang: Lang): Promise<CheckedFile | string> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return unusableText(lang, file, opened);
  const grids = workbookToGrids(opened.workbook);
  return checkedFile(file, grids, checkWorkbook(grids, { lang }), { snapshots: true });
}
