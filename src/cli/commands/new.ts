// `selfeval new --kind KIND --out FILE.xlsx [--scheme ID] [--preset ID] [--year Y] [--no-formulas] [--force]`
import * as path from 'node:path';
import { parseArgs } from 'node:util';
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
import { COPY_MESSAGES } from '../copy-messages';
import { writeFileSafely } from '../write-copy';
import { say } from '../messages';
import type { CliIo } from '../run';
import { PRESET_MESSAGES } from './preset-messages';
import { exists, langOf, listing, reportYear } from './shared';

const NO_INPUTS = { ids: [], realKeys: new Set<string>() };
const KINDS: readonly TemplateKind[] = ['overall-self-eval', 'project-self-eval', 'basic-data'];

export async function runNew(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        kind: { type: 'string', short: 'k' },
        scheme: { type: 'string', short: 's' },
        preset: { type: 'string', short: 'p' },
        year: { type: 'string', short: 'y' },
        out: { type: 'string', short: 'o' },
        'no-formulas': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        lang: { type: 'string', short: 'l' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(say(PRESET_MESSAGES.zh.usage, { detail: (error as Error).message }));
    io.stderr(PRESET_MESSAGES.zh.newHelp);
    return 2;
  }
  const { values } = parsed;
  const m = PRESET_MESSAGES[langOf(values.lang)];
  if (values.help) return (io.stdout(m.newHelp), 0);
  if (values.list) return (io.stdout(listing(langOf(values.lang))), 0);
  const kind = KINDS.find((candidate) => candidate === values.kind);
  if (!kind)
    return fail(io, say(m.unknown, { what: '--kind', value: values.kind ?? '', allowed: KINDS.join(', ') }));
  const scheme = findScheme(values.scheme ?? DEFAULT_SCHEME_ID);
  if (!scheme)
    return fail(
      io,
      say(m.unknown, {
        what: '--scheme',
        value: values.scheme ?? '',
        allowed: WEIGHT_SCHEMES.map((s) => s.id).join(', '),
      }),
    );
  const presetId = values.preset ?? (kind === 'project-self-eval' ? 'project' : DEFAULT_PRESET_ID);
  const preset = findPreset(presetId);
  if (!preset)
    return fail(
      io,
      say(m.unknown, {
        what: '--preset',
        value: presetId,
        allowed: INDICATOR_PRESETS.map((p) => p.id).join(', '),
      }),
    );
  const year = reportYear(values.year);
  if (year === undefined) return fail(io, say(m.usage, { detail: `--year ${values.year ?? ''}` }));
  if (!values.out) return fail(io, say(m.usage, { detail: '--out FILE.xlsx' }));
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
    return fail(
      io,
      say(COPY_MESSAGES[langOf(values.lang)]['cannot-write'], {
        file: values.out,
        detail: (error as Error).message,
      }),
    );
  }
  io.stdout(say(m.created, { file: values.out, sheet: plan.sheet }));
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr(message);
  return 2;
}
