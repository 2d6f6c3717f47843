// `selfeval insert FILE.xlsx --sheet NAME --preset ID [--at ROW | --group NAME] --out FILE.xlsx [--scheme ID]`
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkWorkbook } from '../../engine/check';
import type { SheetGrid } from '../../engine/grid/types';
import type { IndicatorSection } from '../../engine/model/tables';
import {
  INDICATOR_PRESETS,
  PlanError,
  WEIGHT_SCHEMES,
  findPreset,
  findScheme,
  planBlockInsertion,
  resolveGroupKind,
  type InsertPosition,
} from '../../engine/presets';
import { recognizeTables } from '../../engine/recognize';
import { COPY_MESSAGES } from '../copy-messages';
import { isAnInput } from '../output-paths';
import { WorkbookEditor } from '../package/workbook-editor';
import { identifyInputs, writeFileSafely } from '../write-copy';
import { MESSAGES, say } from '../messages';
import { openWorkbook } from '../open-input';
import { loadWorkbook, workbookToGrids, worksheetToGrid } from '../read-workbook';
import type { CliIo } from '../run';
import { PRESET_MESSAGES } from './preset-messages';
import { langOf, listing, reportYear } from './shared';

export async function runInsert(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        preset: { type: 'string', short: 'p' },
        at: { type: 'string' },
        group: { type: 'string', short: 'g' },
        scheme: { type: 'string', short: 's' },
        year: { type: 'string', short: 'y' },
        out: { type: 'string', short: 'o' },
        list: { type: 'boolean', default: false },
        lang: { type: 'string', short: 'l' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(say(PRESET_MESSAGES.zh.usage, { detail: (error as Error).message }));
    io.stderr(PRESET_MESSAGES.zh.insertHelp);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  const m = PRESET_MESSAGES[lang];
  if (values.help || values.list) {
    io.stdout(values.help ? m.insertHelp : listing(lang));
    return 0;
  }
  const [input] = positionals;
  if (!input || positionals.length > 1) return fail(io, say(m.usage, { detail: 'FILE.xlsx' }));
  if (!values.out) return fail(io, say(m.usage, { detail: '--out FILE.xlsx' }));
  // The input is never overwritten, however --out spells it (checked again by file identity when writing).
  const inputIdentity = await identifyInputs([input]);
  if (await isAnInput(values.out, inputIdentity.ids, inputIdentity.realKeys)) return fail(io, m.sameFile);
  const preset = findPreset(values.preset ?? '');
  if (!preset)
    return fail(
      io,
      say(m.unknown, {
        what: '--preset',
        value: values.preset ?? '',
        allowed: INDICATOR_PRESETS.map((p) => p.id).join(', '),
      }),
    );
  const scheme = values.scheme === undefined ? undefined : findScheme(values.scheme);
  if (values.scheme !== undefined && !scheme)
    return fail(
      io,
      say(m.unknown, {
        what: '--scheme',
        value: values.scheme,
        allowed: WEIGHT_SCHEMES.map((s) => s.id).join(', '),
      }),
    );
  const year = reportYear(values.year);
  if (year === undefined) return fail(io, say(m.usage, { detail: `--year ${values.year ?? ''}` }));
  const position = positionOf(values.at, values.group);
  if (position === 'bad')
    return fail(
      io,
      say(m.usage, {
        detail: values.at !== undefined ? `--at ${values.at}` : `--group ${values.group ?? ''}`,
      }),
    );

  const opened = await openWorkbook(input);
  if (!opened.ok)
    return fail(io, say(MESSAGES[lang].unusable[opened.reason], { file: input, detail: opened.detail }));
  const workbook = opened.workbook;
  const worksheet = values.sheet
    ? workbook.getWorksheet(values.sheet)
    : workbook.worksheets.find((ws) => sectionOf(worksheetToGrid(ws)));
  if (!worksheet)
    return fail(
      io,
      say(m.noSheet, {
        sheet: values.sheet ?? '',
        sheets: workbook.worksheets.map((ws) => ws.name).join('、'),
      }),
    );
  const grid = worksheetToGrid(worksheet);
  const section = sectionOf(grid);
  if (!section) return fail(io, say(m.noSection, { sheet: worksheet.name }));

  const errorsBefore = countErrors(workbookToGrids(workbook));
  let plan;
  try {
    plan = planBlockInsertion({
      grid,
      section,
      preset,
      scheme,
      year,
      position: position ?? { row: sectionEnd(section) },
    });
  } catch (error) {
    if (error instanceof PlanError) return fail(io, error.bilingual[lang]);
    throw error;
  }
  // The copy is the input's own package with the plan applied to it; nothing else in it changes.
  let after;
  try {
    const editor = await WorkbookEditor.open(await fs.readFile(input));
    await editor.applyPlan(plan);
    await writeFileSafely(values.out, await editor.save(), inputIdentity);
    after = await loadWorkbook(values.out);
  } catch (error) {
    return fail(
      io,
      say(COPY_MESSAGES[lang]['cannot-write'], { file: values.out, detail: (error as Error).message }),
    );
  }
  const insert = plan.rowInserts[0];
  io.stdout(
    say(m.inserted, { sheet: worksheet.name, row: insert.at + 1, count: insert.count, file: values.out }),
  );
  for (const note of plan.notes) io.stdout(`· ${note.message[lang]}`);
  io.stdout(say(m.recheck, { before: errorsBefore, after: countErrors(workbookToGrids(after)) }));
  return 0;
}

/** --at is the row number Excel shows (1-based); --group a 一级指标 name (产出指标, 产出, output). */
function positionOf(at: string | undefined, group: string | undefined): InsertPosition | undefined | 'bad' {
  if (at !== undefined && group !== undefined) return 'bad';
  if (at !== undefined) {
    const row = Number(at);
    return Number.isInteger(row) && row >= 1 ? { row: row - 1 } : 'bad';
  }
  if (group !== undefined) {
    const kind = resolveGroupKind(group);
    return kind ? { group: kind } : 'bad';
  }
  return undefined;
}

function sectionOf(grid: SheetGrid): IndicatorSection | undefined {
  for (const table of recognizeTables(grid))
    if (table.kind !== 'basic-data' && table.indicators) return table.indicators;
  return undefined;
}

/** Without --at or --group the block goes after the last group: the groups the section lacks. */
function sectionEnd(section: IndicatorSection): number {
  if (section.total) return section.total.row;
  const rows = section.groups.flatMap((group) => [group.labelAt.row, ...group.rows.map((row) => row.row)]);
  return rows.length > 0 ? Math.max(...rows) + 1 : section.headerRow + 1;
}

function countErrors(grids: readonly SheetGrid[]): number {
  return checkWorkbook(grids).findings.filter((finding) => finding.severity === 'error').length;
}

function fail(io: CliIo, message: string): number {
  io.stderr(message);
  return 2;
}
