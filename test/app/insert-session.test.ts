import { parseA1Area } from '../../src/engine/grid/a1';
import { Grid, cellOf } from '../../src/engine/grid/grid';
import { applyPlanToGrid, type SheetPlan } from '../../src/engine/presets';
import {
  BlockInsertError,
  type ActiveCell,
  type BlockInsertPort,
  type BlockInsertResult,
  type InsertRecord,
  type UndoInsertResult,
  type WorkbookSnapshot,
} from '../../src/host/port';
import sample from '../../src/preview/sample-state.json';
import { parseState } from '../../src/simhost/state';
import { InsertSession, type InsertMessage } from '../../src/app/insert-session';
import { word } from '../../src/taskpane/messages';

/** The session returns message keys; the pane words them. Here they are worded in Chinese as the pane would. */
function zh(said: InsertMessage | readonly InsertMessage[] | null): string | null {
  if (said === null) return null;
  return (Array.isArray(said) ? said : [said as InsertMessage]).map((m) => word('zh', m)).join(' ');
}

const SHEET = '附件2 整体支出自评表';

/** The seed sheet (产出 30 / 效益 30 / 满意度 10 / 成本 20, title 2024年度) as a grid, without any host. */
function seedGrid(): Grid {
  const sheet = parseState(JSON.stringify(sample)).sheets.find((s) => s.name === SHEET);
  if (!sheet) throw new Error(SHEET);
  const grid = new Grid(SHEET);
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const area = parseA1Area(address);
    if (area && typeof cell.value !== 'boolean') grid.setCell(area.top, area.left, cellOf(cell.value));
  }
  for (const merge of sheet.merges) {
    const area = parseA1Area(merge);
    if (area) grid.addMerge(area);
  }
  return grid;
}

class FakeInsertPort implements BlockInsertPort {
  grid: Grid = seedGrid();
  readonly plans: { plan: SheetPlan; basis: unknown }[] = [];
  record: InsertRecord | null = null;
  selection: ActiveCell = { sheet: SHEET, row: 0, col: 0 };
  failWith: Error | null = null;
  undoResult: UndoInsertResult | null = null;

  async read(): Promise<WorkbookSnapshot> {
    return { grids: [this.grid], activeSheet: SHEET };
  }
  async applyBlockPlan(plan: SheetPlan, basis?: unknown): Promise<BlockInsertResult> {
    this.plans.push({ plan, basis });
    if (this.failWith) throw this.failWith;
    this.grid = applyPlanToGrid(this.grid, plan);
    const { at, count } = plan.rowInserts[0];
    this.record = { sheet: plan.sheet, firstRow: at, count };
    return { inserted: this.record, formatsCopied: true };
  }
  async undoLastInsert(): Promise<UndoInsertResult> {
    if (this.undoResult) return this.undoResult;
    return this.record ? { removed: this.record } : { refused: 'nothing' };
  }
  async lastInsert(): Promise<InsertRecord | null> {
    return this.record;
  }
  async activeCell(): Promise<ActiveCell> {
    return this.selection;
  }
  async createSheetFromPlan(plan: SheetPlan): Promise<void> {
    this.record = { sheet: plan.sheet, firstRow: 0, count: 30, newSheet: true };
  }
}

function setup() {
  const port = new FakeInsertPort();
  const validations: string[] = [];
  const session = new InsertSession(
    port,
    { validate: async (scope) => void validations.push(scope) },
    'zh',
    2023,
  );
  return { port, session, validations };
}

describe('the insert session on seed 附件2', () => {
  it('finds the 绩效指标 section, its four groups, the Hunan 30/30/10/20 scheme and the year 2024', async () => {
    const { session } = setup();
    await session.refresh();
    expect(session.getState().target).toEqual({
      sheet: SHEET,
      groups: [
        { kind: 'output', label: '产出指标(30分)' },
        { kind: 'benefit', label: '效益指标(30分)' },
        { kind: 'satisfaction', label: '满意度指标(10分)' },
        { kind: 'cost', label: '成本指标（20分）' },
      ],
      schemeId: 'hunan-cost-last',
      year: 2024,
    });
  });

  it('previews the 信访 rows for the end of 产出指标 without points, since its 30 are spent (10+10+10)', async () => {
    const { session } = setup();
    await session.refresh();
    const rows = session.preview({ presetId: 'petition', where: { kind: 'group', group: 'output' } });
    expect(rows.map((row) => row.level3)).toContain('按期答复（办结）率');
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.weight === null)).toBe(true);
  });

  it('inserts at the end of 产出指标 (rows 16–20), passing the grid it planned from, then re-validates', async () => {
    const { port, session, validations } = setup();
    await session.refresh();
    await session.insert({ presetId: 'petition', where: { kind: 'group', group: 'output' } });
    expect(port.plans).toHaveLength(1);
    expect(port.plans[0].plan.rowInserts).toEqual([{ at: 15, count: 5 }]);
    expect(port.plans[0].basis).toBeInstanceOf(Grid);
    expect(validations).toEqual(['active-sheet']);
    const state = session.getState();
    expect(state.error).toBeNull();
    expect(state.notice?.[0]).toEqual({
      key: 'insertDone',
      data: { count: 5, sheet: SHEET, from: 16, to: 20 },
    });
    expect(zh(state.notice)).toContain('第 16–20 行');
    expect(zh(state.notice)).toContain('分值已分配完');
    expect(state.lastInsert).toEqual({ sheet: SHEET, firstRow: 15, count: 5 });
  });

  it('inserts at the selected row inside 效益指标', async () => {
    const { port, session } = setup();
    port.selection = { sheet: SHEET, row: 17, col: 3 };
    await session.insert({ presetId: 'department', where: { kind: 'selection' } });
    expect(port.plans[0].plan.rowInserts[0].at).toBe(17);
  });

  it('explains in Chinese a selection outside the section, and writes nothing', async () => {
    const { port, session, validations } = setup();
    port.selection = { sheet: SHEET, row: 2, col: 0 };
    await session.insert({ presetId: 'department', where: { kind: 'selection' } });
    expect(zh(session.getState().error)).toMatch(/不在绩效指标区域/);
    expect(port.plans).toHaveLength(0);
    expect(validations).toEqual([]);
  });

  it('reports a refused write as rolled back, and does not re-validate', async () => {
    const { port, session, validations } = setup();
    port.failWith = new BlockInsertError('host-refused', 'GeneralException');
    await session.insert({ presetId: 'petition', where: { kind: 'group', group: 'output' } });
    expect(session.getState().error).toEqual({ key: 'insertRefused', data: { detail: 'GeneralException' } });
    expect(zh(session.getState().error)).toMatch(/已全部撤回/);
    expect(validations).toEqual([]);
  });

  it('undoes the last insert and re-validates; refuses with the edited cell named', async () => {
    const { port, session, validations } = setup();
    await session.insert({ presetId: 'petition', where: { kind: 'group', group: 'output' } });
    port.undoResult = { refused: 'edited', cell: 'F17' };
    await session.undo();
    expect(session.getState().error).toEqual({ key: 'undoEdited', data: { cell: 'F17' } });
    expect(zh(session.getState().error)).toMatch(/F17/);
    port.undoResult = null;
    await session.undo();
    expect(zh(session.getState().notice)).toMatch(/已删除 .* 第 16–20 行/);
    expect(session.getState().lastInsert).toBeNull();
    expect(validations).toEqual(['active-sheet', 'active-sheet']);
  });

  it('says before inserting why the 分值 stay blank: 产出指标 has spent its 30 points', async () => {
    const { session } = setup();
    await session.refresh();
    const notes = session.previewNotes({ presetId: 'petition', where: { kind: 'group', group: 'output' } });
    expect(zh(notes)).toMatch(/分值已分配完/);
  });

  it('previews the rows for the selected row as that plan would write them', async () => {
    const { port, session } = setup();
    port.selection = { sheet: SHEET, row: 17, col: 3 };
    await session.refresh();
    const choice = { presetId: 'department', where: { kind: 'selection' } } as const;
    const rows = session.preview(choice);
    await session.insert(choice);
    const plan = port.plans[0].plan;
    const level3 = plan.writes.filter(
      (w) => typeof w.value === 'string' && rows.some((r) => r.level3 === w.value),
    );
    expect(level3.length).toBe(rows.length);
  });

  it('offers undo after a new sheet and words its removal as a deleted sheet', async () => {
    const { port, session } = setup();
    await session.insert({ presetId: 'department', where: { kind: 'new-sheet' } });
    expect(session.getState().lastInsert?.newSheet).toBe(true);
    port.undoResult = { refused: 'edited', cell: 'B40' };
    await session.undo();
    expect(zh(session.getState().error)).toMatch(/已有改动（如 B40）.*未删除/);
    port.undoResult = null;
    await session.undo();
    expect(zh(session.getState().notice)).toMatch(/已删除新建的工作表/);
    expect(session.getState().lastInsert).toBeNull();
  });
});
