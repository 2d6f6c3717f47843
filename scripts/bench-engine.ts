// Engine benchmark: a workbook with one overall table and 200 project tables (~10,000 rows) on one sheet.
// Times ExcelJS loading it (parse_ms) against the engine recognising and checking it (engine_ms);
// the goal is engine ≤ 10% of load. Each phase is timed in wall-clock and in CPU time (process.cpuUsage: this
// process's user + system time, all its threads: V8 compiles and collects garbage on helper threads, so it can
// exceed wall-clock, but other processes on a shared machine do not inflate it the way they stretch the clock);
// engine_to_parse is the wall-clock ratio, engine_to_parse_cpu the CPU one. It also splits engine_ms into recognition and rules on the same sheet and
// times the figure readers on 50,000-character cells: speed is measured here, never asserted in tests.
// Run alone (npx tsx scripts/bench-engine.ts) or via npm run bench.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { seed004, specSize } from '../samples/specs';
import type { TableSpec } from '../samples/specs';
import type { IndicatorGroupSpec, IndicatorItem } from '../samples/specs/builder';
import { projectTable } from '../samples/specs/project';
import { workbookToGrids } from '../src/cli/read-workbook';
import { checkTables, checkWorkbook } from '../src/engine/check';
import { parseTarget, readFigure, readFigureInLabel } from '../src/engine/figures';
import type { SheetGrid } from '../src/engine/grid/types';
import { localizeFindings } from '../src/engine/localize/plan';
import { recognizeTables } from '../src/engine/recognize';
import { median } from './lib/bench-results';
import { writeTable } from './lib/xlsx-tables';

export const PROJECTS = 200;
const RUNS = 5;

/** A project table with 37 indicators (≈50 rows); every seventh has a wrong 得分, as real filings do. */
function syntheticProject(index: number): TableSpec {
  const budget = 10 + (index % 37) * 3.17;
  const executed = Math.round(budget * (0.8 + (index % 5) * 0.05) * 100) / 100;
  const rate = executed / budget;
  const shownScore = index % 7 === 0 ? Math.round(rate * 1000) / 100 + 0.1 : Math.round(rate * 1000) / 100;
  const items = (count: number, weight: number, level2: string): IndicatorItem[] =>
    Array.from({ length: count }, (_, k) => ({
      level2: k === 0 ? level2 : null,
      name: `${level2}第${k + 1}项`,
      target: k % 3 === 0 ? '≥95%' : '=100%',
      actual: k % 3 === 0 ? '96%' : '100%',
      weight,
      score: weight,
    }));
  const groups: IndicatorGroupSpec[] = [
    { label: '产出指标\n(40分)', items: [...items(10, 2, '数量指标'), ...items(10, 2, '质量指标')] },
    { label: '效益指标\n(30分)', items: [...items(5, 3, '社会效益指标'), ...items(5, 3, '可持续影响指标')] },
    { label: '满意度指标\n(10分)', items: items(2, 5, '服务对象满意度指标') },
    { label: '成本指标\n（10分）', items: items(5, 2, '经济成本指标') },
  ];
  const totalScore = 90 + Math.round(rate * 1000) / 100;
  return projectTable({
    id: `bench-project-${index}`,
    sheetName: '项目支出自评表',
    title: '2024年度项目支出绩效自评表',
    projectName: `第${index + 1}号项目工作经费`,
    department: '某区信访局',
    implementerLabel: '实施单位',
    implementer: '某区信访局',
    fundingHeaders: ['年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
    funding: [
      ['年度资金总额', [budget, budget, executed, 10, { value: rate, numberFormat: '0.00%' }, shownScore]],
      [
        '其中：当年财政拨款',
        [budget, budget, executed, 10, { value: rate, numberFormat: '0.00%' }, shownScore],
      ],
      ['上年结转资金', undefined],
      ['其他资金', undefined],
    ],
    goalLabel: '年度总体目标',
    goals: ['保障工作正常开展', '完成'],
    indicatorSide: '绩效指标',
    indicatorHeaders: [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    groups,
    total: ['总分', 100, Math.round(totalScore * 100) / 100],
  });
}

export async function writeBenchWorkbook(file: string, projects = PROJECTS): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表');
  const specs = [seed004.tables[1], ...Array.from({ length: projects }, (_, k) => syntheticProject(k))];
  let row = 0;
  for (const spec of specs) {
    writeTable(sheet, spec, { origin: { row, col: 0 } });
    row += specSize(spec).rows + 2;
  }
  await workbook.xlsx.writeFile(file);
  return row;
}

export async function benchEngine(
  log: (line: string) => void = console.log,
): Promise<Record<string, number>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  const rows = await writeBenchWorkbook(file);
  const parse: number[] = [];
  const grid: number[] = [];
  const engine: number[] = [];
  const parseCpu: number[] = [];
  const engineCpu: number[] = [];
  let tables = 0;
  let findings = 0;
  let sheets: SheetGrid[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    const grids = workbookToGrids(workbook);
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    const result = checkWorkbook(grids);
    const t3 = performance.now();
    const c3 = process.cpuUsage(c2);
    tables = result.tables.length;
    findings = result.findings.length;
    sheets = grids;
    if (run === 0) continue; // warm-up
    parse.push(t1 - t0);
    grid.push(t2 - t1);
    engine.push(t3 - t2);
    parseCpu.push(cpuMs(c1));
    engineCpu.push(cpuMs(c3));
  }
  await fs.rm(dir, { recursive: true, force: true });
  const phases = enginePhases(sheets[0]);
  const localized = localizePhase(sheets[0]);
  const results = {
    parse_ms: round(median(parse)),
    grid_ms: round(median(grid)),
    engine_ms: round(median(engine)),
    engine_to_parse: round(median(engine) / median(parse), 4),
    parse_cpu_ms: round(median(parseCpu)),
    engine_cpu_ms: round(median(engineCpu)),
    engine_to_parse_cpu: round(median(engineCpu) / median(parseCpu), 4),
    recognize_10k_rows_ms: round(phases.recognize),
    rules_ms: round(phases.rules),
    localize_ms: round(localized.total),
    localize_per_table_ms: round(localized.total / localized.tables, 3),
    localize_per_error_table_ms: round(localized.total / Math.max(localized.errorTables, 1), 3),
    figure_long_cell_ms: round(figureLongCells()),
    rows,
    tables,
    findings,
  };
  log(
    `engine bench: ${rows} rows, ${tables} tables recognised, ${findings} findings (median of ${RUNS} runs after a warm-up)`,
  );
  log(`  parse_ms  ${results.parse_ms}  (ExcelJS load)`);
  log(`  grid_ms   ${results.grid_ms}  (ExcelJS cells → grids)`);
  log(`  engine_ms ${results.engine_ms}  (recognise + check)`);
  log(`  engine_to_parse ${results.engine_to_parse}  (wall-clock; goal ≤ 0.10)`);
  log(
    `  parse_cpu_ms ${results.parse_cpu_ms}  engine_cpu_ms ${results.engine_cpu_ms}  engine_to_parse_cpu ${results.engine_to_parse_cpu}  (CPU time of the whole process, V8's background compiler and GC threads included, so it can exceed wall-clock; the goal is the wall-clock ratio)`,
  );
  log(`  recognize_10k_rows_ms ${results.recognize_10k_rows_ms}  (recognition alone, same sheet)`);
  log(`  rules_ms  ${results.rules_ms}  (every rule over the recognised tables)`);
  log(
    `  localize_ms ${results.localize_ms}  (error localisation and the fix plan, ${localized.errorTables} of ${localized.tables} tables with errors; inside engine_ms)`,
  );
  log(
    `  localize_per_table_ms ${results.localize_per_table_ms}  localize_per_error_table_ms ${results.localize_per_error_table_ms}`,
  );
  log(
    `  figure_long_cell_ms ${results.figure_long_cell_ms}  (every reader over five 50,000-character cells)`,
  );
  return results;
}

/** The two halves of engine_ms on the bench sheet, each the median of RUNS after a warm-up. */
function enginePhases(sheet: SheetGrid): { recognize: number; rules: number } {
  const recognize: number[] = [];
  const rules: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const t0 = performance.now();
    const tables = recognizeTables(sheet);
    const t1 = performance.now();
    checkTables(tables);
    const t2 = performance.now();
    if (run === 0) continue;
    recognize.push(t1 - t0);
    rules.push(t2 - t1);
  }
  return { recognize: median(recognize), rules: median(rules) };
}

/** Localisation alone on the bench sheet (tables recognised and checked beforehand), median of RUNS. */
function localizePhase(sheet: SheetGrid): { total: number; tables: number; errorTables: number } {
  const tables = recognizeTables(sheet);
  const findings = checkTables(tables);
  const recheck = (subset: Parameters<typeof checkTables>[0]) => checkTables(subset);
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const t0 = performance.now();
    localizeFindings(tables, [sheet], findings, 'zh', recheck);
    if (run > 0) times.push(performance.now() - t0);
  }
  const errorTables = tables.filter((table) =>
    findings.some(
      (finding) =>
        finding.severity === 'error' &&
        finding.sheet === table.sheet &&
        rowOf(finding.cell) >= table.area.top &&
        rowOf(finding.cell) <= table.area.bottom,
    ),
  ).length;
  return { total: median(times), tables: tables.length, errorTables };
}

function rowOf(cell: string): number {
  return Number(/\d+/.exec(cell)?.[0] ?? 0) - 1;
}

/**
 * Cells that once made a reader's pattern backtrack over a long run of spaces (seconds for 20,000 spaces).
 * test/engine/figures/properties.test.ts checks what they read; this measures how long reading them takes.
 */
function figureLongCells(): number {
  const n = 50_000;
  const spaces = ' '.repeat(n);
  const texts = [
    `1${spaces}万`,
    `1${spaces}%${spaces}#`,
    `≥1${spaces}以上#`,
    `其中：a:${spaces}1 #`,
    `${'1'.repeat(n)}.${'1'.repeat(n)}e`,
  ];
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const t0 = performance.now();
    for (const text of texts) {
      readFigure({ value: text, text, numberFormat: 'General' }, 'rate');
      readFigure({ value: 1.5, text, numberFormat: text });
      readFigureInLabel(text);
      parseTarget(text);
    }
    if (run > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

/** User + system CPU time in ms (ExcelJS's load includes its garbage collector's helper threads). */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (require.main === module) {
  benchEngine().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
