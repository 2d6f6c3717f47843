// The engine's one fix plan (error localisation), applied by the pane's 修正 / 全部修正 through the port on the
// simulated Excel: roots carry the fix, consequences are marked as information (not separate errors) and get
// no write, and the workbook afterwards differs from the one before the mistake only where it should.
// The two cases of issue 9: a 得分 of 25 over its 分值 of 20 (seed 004), and seed 002's 公务用车 B7 5.41 over
// parts 0 + 0, with 三公经费 B6 a consequence.
import { join } from 'node:path';
import { simStateFromXlsx } from '../../scripts/sim-state-from-xlsx';
import { ValidationSession } from '../../src/app/validation-session';
import { toA1 } from '../../src/engine/grid/a1';
import { recognizeTables } from '../../src/engine/recognize';
import { createExcelPort } from '../../src/excel';
import { SEVERITY_FILL } from '../../src/host/marking';
import { installSimHost, type SimHostHandle, type SimWorkbookState } from '../../src/simhost';
import { viewOf } from '../excel/workbook-view';

const SAMPLES = join(__dirname, '../../samples');

let host: SimHostHandle | null = null;
afterEach(() => host?.uninstall());

async function open(name: string): Promise<SimWorkbookState> {
  return simStateFromXlsx(join(SAMPLES, name));
}

/** The workbook without our marks: what a clerk compares once the highlights are gone. */
function unmarked(state: SimWorkbookState) {
  const view = viewOf(state);
  const { ['selfeval.highlights']: _record, ...settings } = view.settings;
  void _record;
  return { ...view, settings };
}

describe('a 得分 of 25 over its 分值 of 20 (seed 004)', () => {
  async function arrange() {
    const state = await open('seed-004-corrected.xlsx');
    const original = structuredClone(state);
    host = installSimHost(state);
    const port = createExcelPort();
    const snapshot = await port.read('workbook');
    for (const grid of snapshot.grids)
      for (const table of recognizeTables(grid)) {
        if (table.kind !== 'overall-self-eval' || !table.indicators?.total) continue;
        const row = table.indicators.groups
          .flatMap((group) => group.rows)
          .find((r) => r.weight.figure.kind === 'number' && r.weight.figure.value === 20);
        if (!row) continue;
        const scoreCell = toA1(row.score.at.row, row.score.at.col);
        const total = table.indicators.total.score.at;
        const sheet = host.state.sheets.find((candidate) => candidate.name === grid.name);
        const cell = sheet?.cells[scoreCell];
        if (!sheet || !cell || typeof cell.value !== 'number' || cell.formula) continue;
        const was = cell.value;
        cell.value = 25;
        return { port, sheet: grid.name, scoreCell, was, totalCell: toA1(total.row, total.col), original };
      }
    throw new Error('seed 004 has no 分值 20 indicator with a typed 得分');
  }

  it('marks the 得分 an error and 总分 as its consequence (information), then 全部修正 writes only the 得分', async () => {
    const { port, sheet, scoreCell, was, totalCell, original } = await arrange();
    const session = new ValidationSession(port, { lang: 'zh' });
    await session.validate('workbook');
    const findings = session.getState().findings;
    const root = findings.find((f) => f.cell === scoreCell && f.role === 'root');
    const total = findings.find((f) => f.cell === totalCell && f.rule === 'total-score');
    expect(root).toMatchObject({ severity: 'error', fix: was });
    expect(total).toMatchObject({ role: 'consequence', causedBy: scoreCell });
    const cells = (host as SimHostHandle).state.sheets.find((s) => s.name === sheet)?.cells ?? {};
    expect(cells[scoreCell].fill).toBe(SEVERITY_FILL.error);
    expect(cells[totalCell].fill).toBe(SEVERITY_FILL.info);
    expect(cells[totalCell].note).toMatch(/^\[selfeval\] 连带（total-score）/);

    expect(session.pendingFixes().map((entry) => [entry.fix.cell, entry.fix.value])).toEqual([
      [scoreCell, was],
    ]);
    await session.fixAll();
    const state = session.getState();
    expect(state.error).toBeNull();
    expect(state.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Cell by cell, the workbook is the corrected sample again (our highlights gone with the errors).
    expect(unmarked((host as SimHostHandle).state)).toEqual(unmarked(original));
  });

  it('修正 on the consequence writes nothing; on the root it writes the root alone', async () => {
    const { port, scoreCell, totalCell, was } = await arrange();
    const session = new ValidationSession(port, { lang: 'en' });
    await session.validate('workbook');
    const total = session.getState().findings.find((f) => f.cell === totalCell && f.rule === 'total-score');
    if (!total) throw new Error('no 总分 finding');
    const writes = (host as SimHostHandle).writesAttempted;
    await session.fix(total);
    expect((host as SimHostHandle).writesAttempted).toBe(writes);
    const root = session.getState().findings.find((f) => f.cell === scoreCell && f.role === 'root');
    if (!root) throw new Error('no root');
    await session.fix(root);
    expect(session.getState().findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(session.getState().notice).toEqual({ kind: 'fixed', count: 1 });
    const sheet = (host as SimHostHandle).state.sheets.find((s) => s.name === root.sheet);
    expect(sheet?.cells[scoreCell].value).toBe(was);
  });
});

describe('seed 002: 公务用车 B7 5.41 over 0 + 0, 三公经费 B6 its consequence', () => {
  it('marks B7 an error and B6 information, and 全部修正 writes 0 into B7 only, keeping its format', async () => {
    const state = await open('seed-002.xlsx');
    const original = structuredClone(state);
    host = installSimHost(state);
    const session = new ValidationSession(createExcelPort(), { lang: 'zh' });
    await session.validate('workbook');
    const subTotals = session.getState().findings.filter((f) => f.rule === 'sub-total');
    expect(subTotals.map((f) => [f.cell, f.role, f.fix, f.causedBy])).toEqual([
      ['B6', 'consequence', undefined, 'B7'],
      ['B7', 'root', 0, undefined],
    ]);
    const basic = subTotals[0].sheet;
    const cells = () => (host as SimHostHandle).state.sheets.find((s) => s.name === basic)?.cells ?? {};
    expect(cells().B7.fill).toBe(SEVERITY_FILL.error);
    expect(cells().B6.fill).toBe(SEVERITY_FILL.info);

    const pending = session.pendingFixes();
    expect(
      pending
        .filter((entry) => entry.fix.sheet === basic)
        .map((entry) => [entry.fix.cell, entry.fix.value, entry.fix.formula]),
    ).toEqual([['B7', 0, undefined]]);
    await session.fixAll();
    expect(session.getState().findings.filter((f) => f.rule === 'sub-total')).toEqual([]);
    // Only the plan's cells changed; every other cell, format and setting is as in the file (once the
    // highlights of the warnings left are cleared).
    await session.clearHighlights();
    const before = unmarked(original);
    const after = unmarked((host as SimHostHandle).state);
    const changed = Object.keys(after.sheets).flatMap((name) =>
      [...new Set([...Object.keys(before.sheets[name].cells), ...Object.keys(after.sheets[name].cells)])]
        .filter(
          (address) =>
            JSON.stringify(before.sheets[name].cells[address]) !==
            JSON.stringify(after.sheets[name].cells[address]),
        )
        .map((address) => `${name}!${address}`),
    );
    expect(changed.sort()).toEqual(pending.map((entry) => `${entry.fix.sheet}!${entry.fix.cell}`).sort());
    expect(after.sheets[basic].cells.B7).toEqual({ ...before.sheets[basic].cells.B7, value: 0 });
  });
});

describe('a 三公经费 formula that forgets 公务接待 (seed 002, corrected)', () => {
  it('is corrected as a formula by 全部修正, never overwritten with a constant', async () => {
    host = installSimHost(await open('seed-002-corrected.xlsx'));
    const port = createExcelPort();
    const { grids } = await port.read('workbook');
    const table = grids.flatMap((grid) => recognizeTables(grid)).find((t) => t.kind === 'basic-data');
    if (!table || table.kind !== 'basic-data' || !table.money) throw new Error('no basic-data money section');
    const money = table.money;
    const three = money.rows.findIndex((r) => r.role === 'three-public');
    const col = money.columns.findIndex((_, k) => {
      const reception = money.rows.find((r) => r.role === 'reception')?.values[k];
      return reception?.figure.kind === 'number' && reception.figure.value > 0;
    });
    const total = money.rows[three].values[col];
    const [vehicle, overseas, reception] = money.rows
      .filter((r) => r.parent === three)
      .map((r) => r.values[col]);
    const a1 = (f: typeof total) => toA1(f.at.row, f.at.col);
    const value = (f: typeof total) => (f.figure.kind === 'number' ? f.figure.value : 0);
    const sheet = host.state.sheets.find((candidate) => candidate.name === table.sheet);
    if (!sheet) throw new Error('no sheet');
    sheet.cells[a1(total)] = {
      ...sheet.cells[a1(total)],
      formula: `=${a1(vehicle)}+${a1(overseas)}`,
      value: Math.round((value(vehicle) + value(overseas)) * 100) / 100,
    };

    const session = new ValidationSession(port, { lang: 'zh' });
    await session.validate('workbook');
    const corrected = `=${a1(vehicle)}+${a1(overseas)}+${a1(reception)}`;
    expect(session.pendingFixes().map((entry) => [entry.fix.cell, entry.fix.formula])).toEqual([
      [a1(total), corrected],
    ]);
    await session.fixAll();
    expect(session.getState().error).toBeNull();
    // The sim host does not calculate (Excel recomputes the value): the formula is what must be right.
    expect(sheet.cells[a1(total)].formula).toBe(corrected);
    expect(host.state.sheets.find((s) => s.name === table.sheet)?.cells[a1(total)].formula).toBe(corrected);
  });
});
