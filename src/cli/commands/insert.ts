// `selfeval insert FILE.xlsx --sheet NAME --preset ID [--at ROW | --group NAME] --out FILE.xlsx [--scheme ID]`
import { promises as fs } from 'node:fs';
import { checkWorkbook } from '../../engine/check';
import type { SheetGrid } from '../../engine/grid/types';
import type { IndicatorSection } from '../../engine/model/tables';
import type { Lang } from '../../engine/rules/types';
import {
  FRAMEWORK,
  INDICATOR_PRESETS,
  PlanError,
  WEIGHT_SCHEMES,
  findPreset,
  findScheme,
  planBlockInsertion,
  reportYearOf,
  resolveGroupKind,
  type InsertPosition,
} from '../../engine/presets';
import { recognizeTables } from '../../engine/recognize';
import { copyWriteFailure } from '../copy-failure';
import { isAnInput } from '../output-paths';
import { WorkbookEditor } from '../package/workbook-editor';
import { identifyInputs, writeFileSafely } from '../write-copy';
import { say } from '../messages';
import { openWorkbook } from '../open-input';
import { unusableText } from '../unusable-text';
import { loadWorkbook, workbookToGrids, worksheetToGrid } from '../read-workbook';
import type { CliIo } from '../run';
import { badValueMessage, langIn, parseCommandLine, type OptionSpecs } from '../args';
import { findSheet } from './find-sheet';
import { PRESET_MESSAGES } from './preset-messages';
import { langOf, listing, reportYear } from './shared';

export async function runInsert(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, INSERT_OPTIONS, {
    command: 'insert',
    lang: langIn(argv),
    positionals: true,
  });
  if (!parsed.ok) return fail(io, parsed.message);
  const values = parsed.values as InsertValues;
  const positionals = parsed.positionals;
  const lang = langOf(values.lang);
  const m = PRESET_MESSAGES[lang];
  if (values.help || values.list) {
    io.stdout(values.help ? m.insertHelp : listing(lang));
    return 0;
  }
  const [input] = positionals;
  if (!input) return fail(io, m.missingInput);
  if (positionals.length > 1) return fail(io, say(m.usage, { detail: positionals.slice(1).join(' ') }));
  if (!values.out) return fail(io, m.missingOut);
  // The input is never overwritten, however --out spells it (checked again by file identity when writing).
  const inputIdentity = await identifyInputs([input]);
  if (await isAnInput(values.out, inputIdentity.ids, inputIdentity.realKeys)) return fail(io, m.sameFile);
  const preset = findPreset(values.preset ?? '');
  if (!preset)
    return fail(
      io,
      badValueMessage(
        lang,
        '--preset',
        values.preset,
        INDICATOR_PRESETS.map((p) => p.id),
      ),
    );
  const scheme = values.scheme === undefined ? undefined : findScheme(values.scheme);
  if (values.scheme !== undefined && !scheme)
    return fail(
      io,
      badValueMessage(
        lang,
        '--scheme',
        values.scheme,
        WEIGHT_SCHEMES.map((s) => s.id),
      ),
    );
  const givenYear = values.year === undefined ? undefined : reportYear(values.year);
  if (values.year !== undefined && givenYear === undefined)
    return fail(io, say(m.usage, { detail: `--year ${values.year}` }));
  if (values.at !== undefined && values.group !== undefined) return fail(io, m.atOrGroup);
  const position = positionOf(values.at, values.group);
  if (position === 'bad')
    return fail(
      io,
      values.at !== undefined
        ? say(m.badRow, { value: values.at })
        : badValueMessage(lang, '--group', values.group, groupNames(lang)),
    );

  const opened = await openWorkbook(input);
  if (!opened.ok) return fail(io, unusableText(lang, input, opened));
  const workbook = opened.workbook;
  const match = values.sheet
    ? findSheet(workbook.worksheets, values.sheet)
    : { sheet: workbook.worksheets.find((ws) => sectionOf(worksheetToGrid(ws))) };
  if ('ambiguous' in match)
    return fail(
      io,
      say(m.ambiguousSheet, {
        sheet: values.sheet ?? '',
        sheets: match.ambiguous.map((ws) => `“${ws.name}”`).join('、'),
      }),
    );
  const worksheet = 'sheet' in match ? match.sheet : undefined;
  if (!worksheet)
    return fail(
      io,
      say(m.noSheet, {
        sheet: values.sheet ?? '',
        sheets: workbook.worksheets.map((ws) => `“${ws.name}”`).join('、'),
      }),
    );
  const grid = worksheetToGrid(worksheet);
  const section = sectionOf(grid);
  if (!section) return fail(io, say(m.noSection, { sheet: worksheet.name }));

  const errorsBefore = countErrors(workbookToGrids(workbook));
  // Like the pane: the year the table reports on, so a 2024 table gets "2024年12月31日前" targets.
  const year = givenYear ?? workbookYear(grid, workbookToGrids(workbook)) ?? new Date().getFullYear() - 1;
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
    return fail(io, copyWriteFailure(values.out, error, lang).message);
  }
  const insert = plan.rowInserts[0];
  io.stdout(
    say(m.inserted, { sheet: worksheet.name, row: insert.at + 1, count: insert.count, file: values.out }),
  );
  for (const note of plan.notes) io.stdout(`· ${note.message[lang]}`);
  io.stdout(say(m.recheck, { before: errorsBefore, after: countErrors(workbookToGrids(after)) }));
  return 0;
}

type InsertValues = {
  sheet?: string;
  preset?: string;
  at?: string;
  group?: string;
  scheme?: string;
  year?: string;
  out?: string;
  list?: boolean;
  lang?: string;
  help?: boolean;
};

const INSERT_OPTIONS: OptionSpecs = {
  sheet: {
    type: 'string',
    value: { zh: '工作表名称或开头，如 附件2', en: 'sheet name or its start, e.g. 附件2' },
  },
  preset: { type: 'string', short: 'p', value: { zh: '指标集，见 --list', en: 'indicator set, see --list' } },
  at: { type: 'string', value: { zh: '行号', en: 'row number' } },
  group: { type: 'string', short: 'g', value: { zh: '一级指标', en: 'first-level group' } },
  scheme: {
    type: 'string',
    short: 's',
    value: { zh: '权重方案，见 --list', en: 'weight scheme, see --list' },
  },
  year: { type: 'string', short: 'y', value: { zh: '年度', en: 'year' } },
  out: { type: 'string', short: 'o', value: { zh: '新文件.xlsx', en: 'FILE.xlsx' } },
  list: { type: 'boolean', default: false },
  lang: { type: 'string', short: 'l', value: { zh: 'zh|en', en: 'zh|en' } },
  help: { type: 'boolean', short: 'h', default: false },
};

/** The 一级指标 names --group takes, as a person would type them. */
function groupNames(lang: Lang): string[] {
  return FRAMEWORK.flatMap((group) => (lang === 'zh' ? [group.label] : [group.label, group.kind]));
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

/**
 * The year the sheet's title states, as the pane reads it; else the year another table of the same workbook
 * states (a 整体支出 sheet without a dated title beside a 基础数据表 of "2024年决算数").
 */
function workbookYear(grid: SheetGrid, grids: readonly SheetGrid[]): number | undefined {
  const own = reportYearOf(grid);
  if (own !== undefined) return own;
  for (const other of grids) {
    const year =
      reportYearOf(other) ?? recognizeTables(other).find((table) => table.year !== undefined)?.year;
    if (year !== undefined) return year;
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
