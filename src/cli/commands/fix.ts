// `selfeval fix FILE.xlsx --out FIXED.xlsx`: applies the engine's one fix plan, prints each change, re-checks.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../engine/check';
import type { FixPlan } from '../../engine/localize';
import type { Lang } from '../../engine/rules/types';
import { copyWriteFailure } from '../copy-failure';
import { WorkbookEditor } from '../package/workbook-editor';
import { identifyInputs, writeFileSafely } from '../write-copy';
import { badValueMessage, langIn, parseCommandLine, type OptionSpecs } from '../args';
import { say } from '../messages';
import { openWorkbook } from '../open-input';
import { unusableText } from '../unusable-text';
import { workbookToGrids } from '../read-workbook';
import type { CliIo } from '../run';
import { FIX_MESSAGES } from './fix-messages';
import { exists, langOf } from './shared';

const FIX_OPTIONS: OptionSpecs = {
  out: { type: 'string', short: 'o', value: { zh: '修正后.xlsx', en: 'FIXED.xlsx' } },
  lang: { type: 'string', short: 'l', value: { zh: 'zh|en', en: 'zh|en' } },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function runFix(argv: readonly string[], io: CliIo): Promise<number> {
  const asked = langIn(argv);
  const parsed = parseCommandLine(argv, FIX_OPTIONS, { command: 'fix', lang: asked, positionals: true });
  if (!parsed.ok) return fail(io, parsed.message);
  const { positionals } = parsed;
  const values = parsed.values as { out?: string; lang?: string; force: boolean; help: boolean };
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en')
    return fail(io, badValueMessage(asked, '--lang', values.lang, ['zh', 'en']));
  const lang: Lang = langOf(values.lang);
  const m = FIX_MESSAGES[lang];
  if (values.help) {
    io.stdout(values.lang ? m.help : `${FIX_MESSAGES.zh.help}\n\n${FIX_MESSAGES.en.help}`);
    return 0;
  }
  const [input] = positionals;
  if (!input || positionals.length > 1) return fail(io, say(m.usage, { detail: 'FILE.xlsx' }));
  if (!values.out) return fail(io, say(m.usage, { detail: '--out FIXED.xlsx' }));
  const out = values.out;
  if (await sameFile(input, out)) return fail(io, m.sameFile);
  if (!values.force && (await exists(out))) return fail(io, say(m.outExists, { file: out }));

  const opened = await openWorkbook(input);
  if (!opened.ok) return fail(io, unusableText(lang, input, opened));
  const plan = checkWorkbook(workbookToGrids(opened.workbook), { lang }).fixPlan ?? emptyPlan();
  io.stdout(input);
  printPlan(plan, lang, io);
  // The copy is the input's own package with only the planned cells rewritten (src/cli/package).
  try {
    const editor = await WorkbookEditor.open(await fs.readFile(input));
    await editor.setCells(
      plan.changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.value, formula: c.formula })),
    );
    await editor.setCachedResults(plan.recalculated);
    if (plan.changes.length > 0) editor.requestRecalculation();
    await writeFileSafely(out, await editor.save(), await identifyInputs([input]));
  } catch (error) {
    return fail(io, copyWriteFailure(out, error, lang).message);
  }
  io.stdout(say(m.written, { file: out, count: plan.changes.length }));

  // The copy is judged as anyone will read it: opened again from disk and checked from scratch.
  const written = await openWorkbook(out);
  if (!written.ok) return fail(io, unusableText(lang, out, written));
  const errors = checkWorkbook(workbookToGrids(written.workbook), { lang, localize: false }).findings.filter(
    (finding) => finding.severity === 'error',
  );
  if (errors.length === 0) {
    io.stdout(m.clean);
    return 0;
  }
  io.stdout(say(m.remaining, { count: errors.length }));
  for (const finding of errors)
    io.stdout(
      say(m.remainingLine, {
        sheet: finding.sheet,
        cell: finding.cell,
        rule: finding.rule,
        message: finding.message,
      }),
    );
  return 1;
}

function printPlan(plan: FixPlan, lang: Lang, io: CliIo): void {
  const m = FIX_MESSAGES[lang];
  if (plan.changes.length === 0) io.stdout(`  ${m.noChanges}`);
  for (const change of plan.changes)
    io.stdout(
      say(change.formula ? m.changeFormula : m.change, {
        ...change,
        old: change.old === '' ? m.blank : change.old,
        value: String(change.value),
      }),
    );
  for (const entry of plan.recalculated)
    io.stdout(say(m.recalculated, { ...entry, value: String(entry.value) }));
  const separator = lang === 'zh' ? ' 或 ' : ' or ';
  for (const entry of plan.unresolved) {
    const options = (entry.alternatives ?? []).map((set) => set.join(' + ')).join(separator);
    io.stdout(
      say(m.unresolved[entry.reason], {
        sheet: entry.sheet,
        cells: entry.cells.join(', '),
        options,
        expected: entry.expected ?? '',
      }),
    );
  }
}

/** The same path, or the same file under another name (a link, a different spelling of the path). */
async function sameFile(input: string, out: string): Promise<boolean> {
  if (path.resolve(input) === path.resolve(out)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(out)]);
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

function emptyPlan(): FixPlan {
  return { changes: [], recalculated: [], unresolved: [] };
}

function fail(io: CliIo, message: string): number {
  io.stderr(message);
  return 2;
}
