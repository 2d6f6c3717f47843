// The look of the blank templates is data on the plan (SheetPlan.sheetStyle, rowHeights, columnWidths,
// styles), so every host prints the same form. These tests read it from the plan alone.
import { Grid } from '../../../src/engine/grid/grid';
import type { CellPosition } from '../../../src/engine/grid/types';
import {
  INDICATOR_PRESETS,
  WEIGHT_SCHEMES,
  applyPlanToGrid,
  planNewTemplate,
  type SheetPlan,
  type TemplateKind,
} from '../../../src/engine/presets';
import { NO_LINE_START, heightForLines, wrapLines } from '../../../src/engine/presets/templates/fit';
import { recognizeTables } from '../../../src/engine/recognize';

const KINDS: TemplateKind[] = ['basic-data', 'overall-self-eval', 'project-self-eval'];

function plansOf(kind: TemplateKind): SheetPlan[] {
  return WEIGHT_SCHEMES.flatMap((scheme) =>
    INDICATOR_PRESETS.flatMap((preset) =>
      [true, false].map((formulas) => planNewTemplate({ kind, year: 2024, scheme, preset, formulas })),
    ),
  );
}

function rowOf(plan: SheetPlan, text: string): number {
  const write = plan.writes.find((candidate) => candidate.value === text);
  if (!write) throw new Error(`no ${text}`);
  return write.row;
}

function heightOf(plan: SheetPlan, row: number): number {
  return plan.rowHeights.find((entry) => entry.row === row)?.height ?? 0;
}

function widthOf(plan: SheetPlan, left: number, right: number): number {
  return plan.columnWidths
    .filter(({ col }) => col >= left && col <= right)
    .reduce((sum, { width }) => sum + width, 0);
}

/** The number format a host ends up with at a cell: the write's own, else the last style's over it. */
function formatAt(plan: SheetPlan, { row, col }: CellPosition): string | undefined {
  const write = plan.writes.find((candidate) => candidate.row === row && candidate.col === col);
  if (write?.numberFormat) return write.numberFormat;
  let format: string | undefined;
  for (const { area, style } of plan.styles) {
    const inside = row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
    if (inside && style.numberFormat) format = style.numberFormat;
  }
  return format;
}

describe('blank templates carry their look on the plan', () => {
  it.each(KINDS)('%s: 宋体 10.5 over the whole form, with fallbacks for hosts that pick fonts', (kind) => {
    for (const plan of plansOf(kind)) {
      const style = plan.sheetStyle;
      expect(style?.font).toMatchObject({ name: '宋体', size: 10.5, charset: 134 });
      expect(style?.font.fallbacks).toEqual(expect.arrayContaining(['SimSun', 'Songti SC']));
      const lastRow = Math.max(...plan.writes.map((write) => write.row));
      const lastCol = Math.max(...plan.columnWidths.map(({ col }) => col));
      expect(style?.area).toEqual({ top: 0, left: 0, bottom: lastRow, right: lastCol });
    }
  });

  it.each(KINDS)('%s: the title is bold 18 pt and its row tall enough for it', (kind) => {
    const [plan] = plansOf(kind);
    const title = plan.writes.find((write) => write.row === 0);
    expect(title?.value).toMatch(/^2024年度.*表$/);
    const titleStyle = plan.styles.find((range) => range.area.top === 0 && range.style.fontSize);
    expect(titleStyle?.style).toMatchObject({ bold: true, fontSize: 18, horizontal: 'center' });
    expect(heightOf(plan, 0)).toBeGreaterThanOrEqual(heightForLines(1, 18));
  });

  it.each([
    ['overall-self-eval', 'landscape', '一级指标'],
    ['project-self-eval', 'landscape', '一级指标'],
    ['basic-data', 'portrait', '2024年度部门整体支出绩效评价基础数据表'],
  ] as const)('%s prints on A4 %s, one page wide, repeating the row with %s', (kind, orientation, text) => {
    for (const plan of plansOf(kind)) {
      const row = rowOf(plan, text);
      expect(plan.sheetStyle?.page).toMatchObject({
        paper: 'A4',
        orientation,
        fitToPagesWide: 1,
        centerHorizontally: true,
        printTitleRows: { top: row, bottom: row },
      });
      expect(plan.sheetStyle?.page.footer).toContain('&P');
    }
  });

  it.each(KINDS)('%s: every row is as tall as its wrapped text needs', (kind) => {
    for (const plan of plansOf(kind)) {
      expect(plan.rowHeights.map(({ row }) => row)).toEqual(
        Array.from({ length: plan.rowHeights.length }, (_, row) => row),
      );
      for (const write of plan.writes) {
        if (typeof write.value !== 'string') continue;
        const merge = plan.merges.find(
          (area) =>
            area.top === write.row &&
            area.left === write.col &&
            area.bottom >= write.row &&
            area.right >= write.col,
        );
        const bottom = merge?.bottom ?? write.row;
        const width = widthOf(plan, write.col, merge?.right ?? write.col);
        const size = write.row === 0 ? 18 : write.value === plan.writes.at(-1)?.value ? 9 : 10.5;
        const need = heightForLines(wrapLines(write.value, width, size).length, size);
        let have = 0;
        for (let row = write.row; row <= bottom; row++) have += heightOf(plan, row);
        expect([write.value, have >= need]).toEqual([write.value, true]);
      }
    }
  });

  it('gives the two-line headers two lines of height', () => {
    const plan = planNewTemplate({
      kind: 'overall-self-eval',
      year: 2024,
      scheme: WEIGHT_SCHEMES[0],
      preset: INDICATOR_PRESETS[0],
    });
    expect(heightOf(plan, rowOf(plan, '年初\n预算数'))).toBeGreaterThanOrEqual(heightForLines(2, 10.5));
    expect(heightOf(plan, rowOf(plan, '一级指标'))).toBeGreaterThanOrEqual(heightForLines(2, 10.5));
    expect(heightOf(plan, rowOf(plan, '预算单位名称'))).toBeLessThan(heightForLines(2, 10.5));
  });

  // LibreOffice lays a width unit out wider than Excel's 7 px: no renderer may leave a lone "）".
  it.each(KINDS)('%s: no text wraps into a line that starts with a closing bracket or a stop', (kind) => {
    for (const plan of plansOf(kind)) {
      for (const write of plan.writes) {
        if (typeof write.value !== 'string' || write.row === 0) continue;
        const merge = plan.merges.find((area) => area.top === write.row && area.left === write.col);
        const width = widthOf(plan, write.col, merge?.right ?? write.col);
        for (const pxPerUnit of [7, 8, 9, 10]) {
          const lines = wrapLines(write.value, width, 10.5, pxPerUnit);
          const orphan = lines.find((line) => NO_LINE_START.includes(line[0] ?? ''));
          expect([write.value, pxPerUnit, orphan]).toEqual([write.value, pxPerUnit, undefined]);
        }
      }
    }
  });

  it.each(['overall-self-eval', 'project-self-eval'] as const)(
    '%s: every 一级指标 header (产出指标（50分）…) fits its column on one line',
    (kind) => {
      for (const plan of plansOf(kind)) {
        const grid = applyPlanToGrid(new Grid(plan.sheet), plan);
        const [table] = recognizeTables(grid);
        if (table.kind === 'basic-data' || !table.indicators) throw new Error('not recognised');
        const { columns, groups } = table.indicators;
        for (const group of groups) {
          const text = grid.cellAt(group.labelAt.row, group.labelAt.col)?.text ?? '';
          expect([text, wrapLines(text, widthOf(plan, columns.level1, columns.level1), 10.5)]).toEqual([
            text,
            [text],
          ]);
        }
      }
    },
  );

  it.each(['overall-self-eval', 'project-self-eval'] as const)(
    '%s: one number format for every 分值 and 得分 — 0.00 — funding row, indicators and 总分 alike',
    (kind) => {
      for (const plan of plansOf(kind)) {
        const grid = applyPlanToGrid(new Grid(plan.sheet), plan);
        const [table] = recognizeTables(grid);
        if (table.kind === 'basic-data' || !table.indicators?.total || !table.funding)
          throw new Error('not recognised');
        const { funding, indicators } = table;
        const cells = [
          funding.total.weight.at,
          funding.total.score.at,
          ...indicators.groups.flatMap((group) => group.rows.flatMap((row) => [row.weight.at, row.score.at])),
          indicators.total!.weight.at,
          indicators.total!.score.at,
        ];
        for (const at of cells) expect([at, formatAt(plan, at)]).toEqual([at, '0.00']);
        expect(formatAt(plan, funding.total.rate.at)).toBe('0.00%');
      }
    },
  );
});
