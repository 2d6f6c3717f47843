// Excel can refuse a write batch part-way: the operations before the refused one stay applied, the rest are
// dropped (src/simhost/README.md, "Failing a batch part-way"). For each of the add-in's six writes —
// highlight, clear, fix, fix all, insert, undo insert — these tests fail the batch at EVERY write operation
// (and, for the writes that roll back, the rollback too) and compare the workbook cell by cell (values,
// formulas, number formats, fills, notes, styles, merges, row heights, settings) with what it must be: as
// before, complete, or — where the batch cannot be undone at once — such that the next clear / undo restores
// it exactly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/engine/check';
import { INDICATOR_PRESETS, WEIGHT_SCHEMES, planNewTemplate } from '../../src/engine/presets';
import type { Finding } from '../../src/engine/rules/types';
import { ValidationSession } from '../../src/app/validation-session';
import { createExcelPort } from '../../src/excel';
import { FixError } from '../../src/host/fixes';
import type { CellFix } from '../../src/host/port';
import { BlockInsertError } from '../../src/host/port';
import { installSimHost, type SimHostHandle, type SimWorkbookState } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';
import { fakeCheck } from '../taskpane/fake-check';
import { OVERALL, scoreFinding } from './helpers';
import { SHEET, planFor, seedWorkbook } from './insert-fixture';
import { InsertSession } from '../../src/app/insert-session';
import { cellsInNeitherState, viewOf, type CellView } from './workbook-view';

let host: SimHostHandle | null = null;
afterEach(() => host?.uninstall());

/** operation → one entry per write point: what the operation said, for test-artifacts/failure-matrix.json. */
const matrix: Record<string, string[]> = {};
function record(operation: string, point: number, error: unknown): void {
  const said =
    error === null
      ? 'completed'
      : error instanceof BlockInsertError || error instanceof FixError
        ? error.code
        : error instanceof Error
          ? `threw: ${error.message.slice(0, 40)}`
          : String(error);
  (matrix[operation] ??= [])[point] = said;
}
afterAll(() => {
  const dir = join(__dirname, '../../test-artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'failure-matrix.json'), JSON.stringify(matrix, null, 1) + '\n');
});

function install(state: SimWorkbookState): SimHostHandle {
  host?.uninstall();
  host = installSimHost(state);
  return host;
}

const current = () => viewOf((host as SimHostHandle).state);

/** How many write operations `run` attempts on a fresh host set up by `arrange`. */
async function writePoints(
  state: () => SimWorkbookState,
  arrange: () => Promise<void>,
  run: () => Promise<unknown>,
): Promise<number> {
  const sim = install(state());
  await arrange();
  const start = sim.writesAttempted;
  await run();
  return sim.writesAttempted - start;
}

/** Runs `run`, returning what it threw (or null). */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
    return null;
  } catch (error) {
    return error;
  }
}

const fillOnly = (cell: CellView | undefined) => cell?.fill;
const noteOnly = (cell: CellView | undefined) => cell?.note;
/** Cells whose fill, or whose note, is neither as in `a` nor as in `b` (each may be at either end on its own:
 *  a batch stopped between a cell's note and its fill leaves one done and one not). A note may also be
 *  missing: ours is taken off before it is rewritten, and clear and highlight cope with a missing one. */
const oddCells = (
  now: ReturnType<typeof viewOf>,
  a: ReturnType<typeof viewOf>,
  b: ReturnType<typeof viewOf>,
) => {
  const noteAt = (id: string) => {
    const [sheet, address] = id.split('!');
    return now.sheets[sheet]?.cells[address]?.note;
  };
  return [
    ...cellsInNeitherState(now, a, b, fillOnly),
    ...cellsInNeitherState(now, a, b, noteOnly).filter((id) => noteAt(id) !== undefined),
  ];
};

// ---- highlight and clear, on the overall sheet (E4 yellow before we touch it, H4 a formula) ----

const finding = (cell: string, severity: Finding['severity']): Finding => scoreFinding(cell, severity);
/** The first highlight: 得分 an error, 执行率 a warning, 年初预算数 an info. */
const FIRST = [finding('H4', 'error'), finding('G4', 'warning'), finding('C4', 'info')];
/** The second: 得分 now a warning (its colour changes), 执行数 (yellow) and 分值 new errors; G4 and C4 go back. */
const SECOND = [finding('H4', 'warning'), finding('E4', 'error'), finding('F4', 'error')];

const overallBook = () => workbookOf([overallSheet()]);

describe.each([
  ['after a fresh read (one write sync from the read’s basis)', true],
  ['without a fresh read (probe, then write)', false],
])('highlight %s, failed at every write', (_how, afterRead) => {
  it('leaves each cell as before or as highlighted; the next highlight + clear restore the originals exactly', async () => {
    const baseline = viewOf(overallBook());
    const arrange = async () => {
      await createExcelPort().highlight(FIRST);
    };
    const run = async () => {
      const port = createExcelPort();
      if (afterRead) await port.read('workbook');
      await port.highlight(SECOND);
    };
    const points = await writePoints(overallBook, arrange, run);
    const complete = current();
    expect(points).toBeGreaterThanOrEqual(8);
    install(overallBook());
    await arrange();
    const before = current();

    for (let point = 0; point < points; point++) {
      const sim = install(overallBook());
      await arrange();
      sim.failAtWrites([point]);
      record(`highlight (${afterRead ? 'after read' : 'probe'})`, point, await outcome(run));
      expect([point, oddCells(current(), before, complete)]).toEqual([point, []]);
      // The yellow 执行数 keeps its yellow through a later highlight and clear (it used to come back blank).
      await createExcelPort().highlight(SECOND);
      expect([point, oddCells(current(), complete, complete)]).toEqual([point, []]);
      await createExcelPort().clearHighlights();
      expect([point, current()]).toEqual([point, baseline]);
    }
  });

  it('a clear right after the failure restores every original fill and removes every note of ours', async () => {
    const baseline = viewOf(overallBook());
    const arrange = async () => {
      await createExcelPort().highlight(FIRST);
    };
    const run = async () => {
      const port = createExcelPort();
      if (afterRead) await port.read('workbook');
      await port.highlight(SECOND);
    };
    const points = await writePoints(overallBook, arrange, run);
    for (let point = 0; point < points; point++) {
      const sim = install(overallBook());
      await arrange();
      sim.failAtWrites([point]);
      await outcome(run);
      await createExcelPort().clearHighlights();
      expect([point, current()]).toEqual([point, baseline]);
    }
  });
});

describe('clear highlights, failed at every write', () => {
  it('leaves each cell highlighted or restored, and the next clear finishes exactly', async () => {
    const baseline = viewOf(overallBook());
    const arrange = async () => {
      await createExcelPort().highlight(FIRST);
    };
    const run = () => createExcelPort().clearHighlights();
    const points = await writePoints(overallBook, arrange, run);
    expect(points).toBeGreaterThanOrEqual(4);
    install(overallBook());
    await arrange();
    const highlighted = current();
    for (let point = 0; point < points; point++) {
      const sim = install(overallBook());
      await arrange();
      sim.failAtWrites([point]);
      record('clear', point, await outcome(run));
      expect([point, oddCells(current(), highlighted, baseline)]).toEqual([point, []]);
      await createExcelPort().clearHighlights();
      expect([point, current()]).toEqual([point, baseline]);
    }
  });
});

// ---- fix and fix all ----

/** 得分 typed as 9.2 (not a formula) and 执行率 typed as 0.9: the fixes write 9.01 and 0.9012. */
function fixBook(): SimWorkbookState {
  const book = workbookOf([overallSheet()]);
  book.sheets[0].cells.H4 = { value: 9.2, numberFormat: '0.00' };
  book.sheets[0].cells.G4 = { value: 0.9, numberFormat: '0.00%' };
  return book;
}
const FIXES: CellFix[] = [
  { sheet: OVERALL, cell: 'H4', value: 9.01, validated: { value: 9.2 } },
  { sheet: OVERALL, cell: 'G4', value: 0.9012, validated: { value: 0.9 } },
];

describe('fix all, failed at every write', () => {
  it('puts every cell back (host-refused), or says the rollback failed and leaves each cell old or fixed', async () => {
    const run = () => createExcelPort().applyFixes(FIXES);
    const points = await writePoints(fixBook, async () => undefined, run);
    expect(points).toBe(FIXES.length);
    const complete = current();
    const before = viewOf(fixBook());
    for (let point = 0; point < points; point++) {
      const sim = install(fixBook());
      sim.failAtWrites([point]);
      const error = await outcome(run);
      record('fix all (port)', point, error);
      expect([point, (error as FixError).code]).toEqual([point, 'host-refused']);
      expect([point, current()]).toEqual([point, before]);

      install(fixBook()).failAtWrites([point, point + 1]); // the write, then the restore
      const twice = await outcome(run);
      record('fix all (port), restore refused too', point, twice);
      expect([point, (twice as FixError).code]).toEqual([point, 'rollback-incomplete']);
      expect([point, cellsInNeitherState(current(), before, complete)]).toEqual([point, []]);
    }
  });

  it('writes nothing when a cell no longer holds what was validated, and says which', async () => {
    const sim = install(fixBook());
    sim.userEdit(OVERALL, 'G4', 0.95);
    const before = current();
    const error = (await outcome(() => createExcelPort().applyFixes(FIXES))) as FixError;
    expect(error).toBeInstanceOf(FixError);
    expect({ code: error.code, cell: error.cell, now: error.now }).toEqual({
      code: 'cell-changed',
      cell: 'G4',
      now: { value: 0.95 },
    });
    expect(current()).toEqual(before);
  });

  it('never writes a constant over a formula', async () => {
    install(workbookOf([overallSheet()])); // H4 is =F4*G4+0.19 here
    const before = current();
    const error = (await outcome(() =>
      createExcelPort().applyFixes([{ sheet: OVERALL, cell: 'H4', value: 9.01 }]),
    )) as FixError;
    expect(error.code).toBe('formula-cell');
    expect(current()).toEqual(before);
  });
});

describe('fix and fix all through the session, failed at every write', () => {
  const expectations = [
    { cell: 'H4', rule: 'execution-score', expected: 9.01 },
    { cell: 'G4', rule: 'execution-rate', expected: 0.9012 },
  ];
  const session = () =>
    new ValidationSession(createExcelPort({ notes: false }), {
      lang: 'zh',
      check: fakeCheck(expectations),
    });

  it('fix all: the workbook as before, the findings validated again, the failure said in Chinese', async () => {
    const points = 2;
    for (let point = 0; point < points; point++) {
      const sim = install(fixBook());
      const pane = session();
      await pane.validate('active-sheet');
      expect(pane.pendingFixes()).toHaveLength(2);
      const readsBefore = sim.syncLog.length;
      sim.failAtWrites([point]); // the fix's own writes (the highlight's came before, in validate)
      await pane.fixAll();
      const state = pane.getState();
      expect(state.error).toMatch(/Excel 拒绝写入 部门整体支出绩效自评表!H4，已恢复原值/);
      expect(state.findings.map((f) => f.cell)).toEqual(['H4', 'G4']);
      expect(sim.syncLog.length).toBeGreaterThan(readsBefore + 2); // it read again after the failure
      expect(sim.state.sheets[0].cells.H4.value).toBe(9.2);
    }
  });

  it('fix all whose restore fails too: says so, and which cells the workbook now holds fixed', async () => {
    const sim = install(fixBook());
    const pane = session();
    await pane.validate('active-sheet');
    sim.failAtWrites([1, 2]); // G4's fix, then the restore's first write (H4 back to 9.2)
    await pane.fixAll();
    const state = pane.getState();
    expect(state.error).toMatch(/未能全部恢复原值；列表已按工作簿现状重新校验。.* 现已修正 1\/2 格：H4。$/);
    expect(state.findings.map((f) => f.cell)).toEqual(['G4']);
    expect(sim.state.sheets[0].cells.H4.value).toBe(9.01);
  });

  it('fix: refused with a clear message when the clerk changed the cell after validating; findings refreshed', async () => {
    const sim = install(fixBook());
    const pane = session();
    await pane.validate('active-sheet');
    const [score] = pane.getState().findings;
    sim.userEdit(OVERALL, 'H4', 9.5);
    await pane.fix(score);
    const state = pane.getState();
    expect(state.error).toBe(
      '部门整体支出绩效自评表!H4 在校验后已改动（校验时为 9.2，现为 9.5），未写入任何修正；请重新校验。',
    );
    expect(sim.state.sheets[0].cells.H4.value).toBe(9.5);
    expect(state.findings.find((f) => f.cell === 'H4')?.actual).toBe('9.5');
  });
});

// ---- insert and undo insert, on the seed's 附件2 with highlights on the sheet (the record moves with rows) ----

async function highlightSeed(): Promise<void> {
  const port = createExcelPort();
  const { grids } = await port.read('active-sheet');
  await port.highlight(checkWorkbook(grids).findings);
}

describe('block insert, failed at every write', () => {
  it('rolls back to exactly the workbook before (host-refused)', async () => {
    const arrange = highlightSeed;
    let planned: Awaited<ReturnType<typeof planFor>> | null = null;
    const run = async () => {
      planned ??= await planFor();
      await createExcelPort().applyBlockPlan(planned.plan, planned.grid);
    };
    const points = await writePoints(seedWorkbook, arrange, run);
    expect(points).toBeGreaterThan(20);
    for (let point = 0; point < points; point++) {
      const sim = install(seedWorkbook());
      await arrange();
      planned = await planFor();
      const before = current();
      sim.failAtWrites([point]);
      const error = await outcome(run);
      record('insert', point, error);
      expect([point, (error as BlockInsertError).code]).toEqual([point, 'host-refused']);
      expect([point, current()]).toEqual([point, before]);
    }
  });

  it('when the rollback fails too: rollback-incomplete with both errors, and undo then restores it exactly', async () => {
    let planned: Awaited<ReturnType<typeof planFor>> | null = null;
    const run = async () => {
      planned ??= await planFor();
      await createExcelPort().applyBlockPlan(planned.plan, planned.grid);
    };
    const points = await writePoints(seedWorkbook, highlightSeed, run);
    for (let point = 0; point < points; point++) {
      const sim = install(seedWorkbook());
      await highlightSeed();
      planned = await planFor();
      const before = current();
      sim.failAtWrites([point, point + 1], `refused at ${point}`);
      const error = (await outcome(run)) as BlockInsertError;
      record('insert, rollback refused too', point, error);
      expect(error).toBeInstanceOf(BlockInsertError);
      expect([point, error.code]).toEqual([point, 'rollback-incomplete']);
      expect(error.detail).toMatch(new RegExp(`refused at ${point} \\(rollback: refused at ${point}\\)`));
      // Undo removes what took effect; when the refused write was the record itself nothing did.
      const undone = await createExcelPort().undoLastInsert();
      expect([point, 'removed' in undone || undone.refused === 'nothing']).toEqual([point, true]);
      expect([point, current()]).toEqual([point, before]);
    }
  });
});

describe('the insert session after an insert whose rollback failed', () => {
  it('offers undo at once, and undo gives back the sheet as before', async () => {
    const sim = install(seedWorkbook());
    const before = current();
    const port = createExcelPort();
    const validation = new ValidationSession(port, { lang: 'zh' });
    const inserting = new InsertSession(port, validation, 'zh');
    await inserting.refresh();
    const writes = sim.writesAttempted;
    sim.failAtWrites([3, 4]); // part-way through the insert's batch, then the rollback's first write
    await inserting.insert({ presetId: 'petition', where: { kind: 'group', group: 'output' } });
    expect(sim.writesAttempted).toBeGreaterThan(writes + 4);
    const state = inserting.getState();
    expect(state.error).toMatchObject({ key: 'insertRollbackIncomplete' });
    expect(state.lastInsert).toMatchObject({ sheet: SHEET });
    await inserting.undo();
    expect(inserting.getState().error).toBeNull();
    // The validations after the failure and after undo highlighted the sheet's findings, on the part-inserted
    // rows and then on the sheet as before: the record moved back with the rows, so clear gives back every fill.
    const record = JSON.stringify(sim.state.settings['selfeval.highlights']);
    await createExcelPort().clearHighlights();
    expect(current()).toEqual(before);
    expect(record).not.toBe('undefined');
  });
});

describe('undo last insert, failed at every write', () => {
  it('finishes at once (or on the next undo when that fails too) and gives back the workbook before the insert', async () => {
    let before = current();
    const arrange = async () => {
      await highlightSeed();
      before = current();
      const { plan, grid } = await planFor();
      await createExcelPort().applyBlockPlan(plan, grid);
    };
    const run = () => createExcelPort().undoLastInsert();
    const points = await writePoints(seedWorkbook, arrange, run);
    expect(points).toBeGreaterThanOrEqual(3);
    for (let point = 0; point < points; point++) {
      for (const failures of [[point], [point, point + 1]]) {
        const sim = install(seedWorkbook());
        await arrange();
        sim.failAtWrites(failures);
        const error = await outcome(run);
        record(failures.length === 1 ? 'undo insert' : 'undo insert, finishing refused too', point, error);
        if (error) {
          expect([failures, (error as BlockInsertError).code]).toEqual([failures, 'rollback-incomplete']);
          await expect(createExcelPort().undoLastInsert()).resolves.toMatchObject({ removed: {} });
        }
        expect([failures, current()]).toEqual([failures, before]);
        await expect(createExcelPort().lastInsert()).resolves.toBeNull();
      }
    }
  });
});

describe('a new blank template sheet, failed at every write', () => {
  it('deletes the half-made sheet again: the workbook is as before (host-refused)', async () => {
    const plan = planNewTemplate({
      kind: 'overall-self-eval',
      year: 2024,
      scheme: WEIGHT_SCHEMES[0],
      preset: INDICATOR_PRESETS[0],
    });
    const run = () => createExcelPort().createSheetFromPlan(plan);
    const points = await writePoints(overallBook, async () => undefined, run);
    expect(points).toBeGreaterThan(50);
    const before = viewOf(overallBook());
    for (let point = 0; point < points; point++) {
      install(overallBook()).failAtWrites([point]);
      const error = (await outcome(run)) as BlockInsertError;
      record('new template sheet', point, error);
      expect([point, error.code]).toEqual([point, 'host-refused']);
      expect([point, current()]).toEqual([point, before]);
    }
  });
});
