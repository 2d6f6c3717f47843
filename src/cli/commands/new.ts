// `selfeval new --kind KIND --out FILE.xlsx [--scheme ID] [--preset ID] [--year Y] [--no-formulas] [--force]`
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  DEFAULT_PRESET_ID,
  DEFAULT_SCHEME_ID,
  INDICATOR_PRESETS,
  WEIGHT_SCHEMES,
  findPreset,
  findScheme,
  planNewTemplate,
  type TemplateKind,
} from '../../engine/presets';
import { applyPlanToWorksheet } from '../apply-plan';
import { copyWriteFailure } from '../copy-failure';
import { writeFileSafely } from '../write-copy';
import { badValueMessage, langIn, parseCommandLine, type OptionSpecs } from '../args';
import { say } from '../messages';
import type { CliIo } from '../run';
import { PRESET_MESSAGES } from './preset-messages';
import { exists, langOf, listing, reportYear } from './shared';

const NO_INPUTS = { ids: [], realKeys: new Set<string>() };
const KINDS: readonly TemplateKind[] = ['overall-self-eval', 'project-self-eval', 'basic-data'];

const NEW_OPTIONS: OptionSpecs = {
  kind: { type: 'string', short: 'k', value: { zh: KINDS.join('|'), en: KINDS.join('|') } },
  scheme: {
    type: 'string',
    short: 's',
    value: { zh: '权重方案，见 --list', en: 'weight scheme, see --list' },
  },
  preset: { type: 'string', short: 'p', value: { zh: '指标集，见 --list', en: 'indicator set, see --list' } },
  year: { type: 'string', short: 'y', value: { zh: '年度', en: 'year' } },
  out: { type: 'string', short: 'o', value: { zh: '文件.xlsx', en: 'FILE.xlsx' } },
  'no-formulas': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  list: { type: 'boolean', default: false },
  lang: { type: 'string', short: 'l', value: { zh: 'zh|en', en: 'zh|en' } },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function runNew(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, NEW_OPTIONS, {
    command: 'new',
    lang: langIn(argv),
    positionals: false,
  });
  if (!parsed.ok) return fail(io, parsed.message);
  const values = parsed.values as Record<string, string | undefined> &
    Record<'help' | 'list' | 'force' | 'no-formulas', boolean>;
  const lang = langOf(values.lang);
  const m = PRESET_MESSAGES[lang];
  if (values.help) return (io.stdout(m.newHelp), 0);
  if (values.list) return (io.stdout(listing(lang)), 0);
  const kind = KINDS.find((candidate) => candidate === values.kind);
  if (!kind) return fail(io, badValueMessage(lang, '--kind', values.kind, KINDS));
  const scheme = findScheme(values.scheme ?? DEFAULT_SCHEME_ID);
  if (!scheme)
    return fail(
      io,
      badValueMessage(
        lang,
        '--scheme',
        values.scheme,
        WEIGHT_SCHEMES.map((s) => s.id),
      ),
    );
  const presetId = values.preset ?? (kind === 'project-self-eval' ? 'project' : DEFAULT_PRESET_ID);
  const preset = findPreset(presetId);
  if (!preset)
    return fail(
      io,
      badValueMessage(
        lang,
        '--preset',
        presetId,
        INDICATOR_PRESETS.map((p) => p.id),
      ),
    );
  const year = reportYear(values.year);
  if (year === undefined) return fail(io, say(m.usage, { detail: `--year ${values.year ?? ''}` }));
  if (!values.out) return fail(io, m.newMissingOut);
  const out = path.resolve(values.out);
  if (!values.force && (await exists(out))) return fail(io, say(m.exists, { file: values.out }));

  const plan = planNewTemplate({ kind, year, scheme, preset, formulas: !values['no-formulas'] });
  const workbook = new ExcelJS.Workbook();
  // Font, sizes and print setup come with the plan (SheetPlan.sheetStyle).
  const worksheet = workbook.addWorksheet(plan.sheet);
  applyPlanToWorksheet(worksheet, plan);
  try {
    // Written whole or not at all (temporary file, then renamed into place).
    await writeFileSafely(out, Buffer.from(await workbook.xlsx.writeBuffer()), NO_INPUTS);
  } catch (error) {
    return fail(io, copyWriteFailure(values.out, error, langOf(values.lang)).message);
  }
  io.stdout(say(m.created, { file: values.out, sheet: plan.sheet }));
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr(message);
  return 2;
}
