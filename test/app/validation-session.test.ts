import { findingKey } from '../../src/host/port';
import { ValidationSession } from '../../src/app/validation-session';
import { fakeCheck, type Expectation } from '../taskpane/fake-check';
import { FakePort } from '../taskpane/fake-port';

// Seed 004's self-assessment: 执行率 90.12%, 得分 9.2 where 10 × 90.12% = 9.01; 总分 off by the same 0.19;
// a 成本 indicator at 19/20 with no 偏差原因 (a warning no value can fix).
const SHEET = '部门整体支出绩效自评表';
const EXPECTATIONS: Expectation[] = [
  { cell: 'H6', rule: 'execution-score', expected: 9.01 },
  { cell: 'G20', rule: 'deduction-reason', expected: 1, severity: 'warning', fixable: false },
  { cell: 'G30', rule: 'total-score', expected: 93.81 },
];

function setUp(values: Record<string, number | string> = { H6: 9.2, G20: 0, G30: 94 }) {
  const port = new FakePort(SHEET, values);
  const session = new ValidationSession(port, {
    lang: 'zh',
    check: fakeCheck(EXPECTATIONS),
    liveDelayMs: 800,
  });
  return { port, session };
}

describe('ValidationSession', () => {
  it('reads the active sheet, finds 得分 9.2 ≠ 9.01 and highlights what it found', async () => {
    const { port, session } = setUp();
    await session.validate('active-sheet');
    const state = session.getState();
    expect(port.reads).toEqual(['active-sheet']);
    expect(state.status).toBe('ready');
    expect(state.findings.map((f) => f.cell)).toEqual(['H6', 'G20', 'G30']);
    expect(port.highlighted.at(-1)?.map((f) => f.cell)).toEqual(['H6', 'G20', 'G30']);
  });

  it('drops findings the workbook remembers as ignored, and counts them', async () => {
    const { port, session } = setUp();
    port.ignored = [findingKey({ sheet: SHEET, cell: 'G20', rule: 'deduction-reason' })];
    await session.validate('workbook');
    const state = session.getState();
    expect(state.findings.map((f) => f.cell)).toEqual(['H6', 'G30']);
    expect(state.ignoredCount).toBe(1);
    expect(port.highlighted.at(-1)?.map((f) => f.cell)).toEqual(['H6', 'G30']);
  });

  it('ignoring a finding saves its key in the workbook and removes it from the list and the highlights', async () => {
    const { port, session } = setUp();
    await session.validate('active-sheet');
    const warning = session.getState().findings.find((f) => f.rule === 'deduction-reason');
    await session.ignore(warning!);
    expect(port.ignored).toEqual([`${SHEET}!G20#deduction-reason`]);
    expect(session.getState().findings.map((f) => f.cell)).toEqual(['H6', 'G30']);
    expect(port.highlighted.at(-1)?.map((f) => f.cell)).toEqual(['H6', 'G30']);
  });

  it('lists an ignored finding, and restoring it forgets the key and lists and highlights it again', async () => {
    const { port, session } = setUp();
    port.ignored = [findingKey({ sheet: SHEET, cell: 'G20', rule: 'deduction-reason' }), 'Other!A1#x'];
    await session.validate('active-sheet');
    const ignored = session.getState().ignored;
    expect(ignored.map((f) => `${f.cell}#${f.rule}`)).toEqual(['G20#deduction-reason']);
    await session.restore(ignored[0]);
    expect(port.ignored).toEqual(['Other!A1#x']); // another sheet's ignored finding stays ignored
    expect(session.getState().findings.map((f) => f.cell)).toEqual(['H6', 'G20', 'G30']);
    expect(session.getState().ignored).toEqual([]);
    expect(session.getState().ignoredCount).toBe(0);
    expect(port.highlighted.at(-1)?.map((f) => f.cell)).toEqual(['H6', 'G20', 'G30']);
  });

  it('reads a table with the profile the clerk chose, remembered in the workbook, and can match it again', async () => {
    const port = new FakePort(SHEET, { H6: 9.2, G20: 0, G30: 94 });
    const seen: unknown[] = [];
    const inner = fakeCheck(EXPECTATIONS);
    const session = new ValidationSession(port, {
      lang: 'zh',
      check: (grids, options) => {
        seen.push(options.profiles);
        const result = inner(grids, options);
        return { ...result, summaries: [{ sheet: SHEET, kind: 'overall-self-eval', range: 'A3:I30' }] };
      },
    });
    await session.validate('active-sheet');
    expect(seen).toEqual([undefined]); // nothing chosen: every table is matched
    const [table] = session.getState().tables;
    await session.setProfile(table, 'sichuan');
    expect(port.profileChoices).toEqual([{ sheet: SHEET, row: 2, col: 0, profile: 'sichuan' }]);
    expect(seen.at(-1)).toEqual({ byTable: [{ sheet: SHEET, row: 2, col: 0, profile: 'sichuan' }] });
    expect(session.getState().profileChoices).toEqual(port.profileChoices);
    await session.setProfile(table, null);
    expect(port.profileChoices).toEqual([]);
    expect(seen.at(-1)).toBeUndefined();
    expect(port.profileLoads).toBe(3); // once for the pane, then once per change
  });

  it('fixing 得分 writes 9.01 into H6 alone, then re-validates so the finding disappears', async () => {
    const { port, session } = setUp();
    await session.validate('active-sheet');
    const score = session.getState().findings[0];
    await session.fix(score);
    expect(port.applied).toEqual([[{ sheet: SHEET, cell: 'H6', value: 9.01, validated: { value: 9.2 } }]]);
    expect(port.cells.get('H6')).toBe(9.01);
    expect(port.reads).toHaveLength(2);
    expect(session.getState().findings.map((f) => f.cell)).toEqual(['G20', 'G30']);
    expect(port.highlighted.at(-1)?.map((f) => f.cell)).toEqual(['G20', 'G30']);
    expect(session.getState().notice).toEqual({ kind: 'fixed', count: 1 });
  });

  it('fix all applies only the fixable findings, in one write, and leaves the 偏差原因 warning listed', async () => {
    const { port, session } = setUp();
    await session.validate('active-sheet');
    expect(session.pendingFixes().map((p) => p.fix.cell)).toEqual(['H6', 'G30']);
    await session.fixAll();
    expect(port.applied).toEqual([
      [
        { sheet: SHEET, cell: 'H6', value: 9.01, validated: { value: 9.2 } },
        { sheet: SHEET, cell: 'G30', value: 93.81, validated: { value: 94 } },
      ],
    ]);
    expect(session.getState().findings.map((f) => f.rule)).toEqual(['deduction-reason']);
    expect(session.pendingFixes()).toEqual([]);
  });

  it('fix all writes each cell once even when two rules suggest a value for it', async () => {
    const port = new FakePort(SHEET, { H6: 9.2 });
    const check = fakeCheck([
      { cell: 'H6', rule: 'execution-score', expected: 9.01 },
      { cell: 'H6', rule: 'score-range', expected: 9.01 },
    ]);
    const session = new ValidationSession(port, { lang: 'zh', check });
    await session.validate('active-sheet');
    expect(session.pendingFixes()).toHaveLength(1);
  });

  it('goes to the top-left cell of a finding', async () => {
    const { port, session } = setUp();
    await session.goTo({
      sheet: SHEET,
      cell: 'C5:F5',
      rule: 'funding-breakdown',
      severity: 'error',
      message: '',
      expected: null,
      actual: null,
    });
    expect(port.selected).toEqual([`${SHEET}!C5`]);
  });

  it('reports how many cells clearing restored', async () => {
    const { session } = setUp();
    await session.validate('active-sheet');
    await session.clearHighlights();
    expect(session.getState().notice).toEqual({ kind: 'cleared', count: 3 });
  });

  it('keeps a failed read as an error in the state instead of throwing', async () => {
    const { port, session } = setUp();
    port.failNextRead = new Error('RequestPayloadSizeLimitExceeded');
    await session.validate('workbook');
    expect(session.getState().status).toBe('error');
    expect(session.getState().error).toBe('RequestPayloadSizeLimitExceeded');
    await session.validate('workbook');
    expect(session.getState()).toMatchObject({ status: 'ready', error: null });
  });

  it('re-words findings when the language changes', async () => {
    const { session } = setUp();
    await session.validate('active-sheet');
    expect(session.getState().findings[0].message).toBe('execution-score 不符');
    await session.setLang('en');
    expect(session.getState().findings[0].message).toBe('execution-score mismatch');
  });

  it('tells subscribers about progress: validating, then ready', async () => {
    const { session } = setUp();
    const seen: string[] = [];
    session.subscribe((state) => seen.push(state.status));
    await session.validate('active-sheet');
    expect(seen[0]).toBe('validating');
    expect(seen.at(-1)).toBe('ready');
  });

  describe('live mode', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('re-checks once, 800 ms after the last of several quick edits', async () => {
      const { port, session } = setUp();
      await session.validate('active-sheet');
      await session.setLiveMode(true);
      port.userEdits('H6', 9.1);
      jest.advanceTimersByTime(500);
      port.userEdits('H6', 9.01);
      jest.advanceTimersByTime(799);
      expect(port.reads).toHaveLength(1);
      jest.advanceTimersByTime(1);
      await jest.runAllTimersAsync();
      expect(port.reads).toHaveLength(2);
      expect(session.getState().findings.map((f) => f.cell)).toEqual(['G20', 'G30']);
    });

    it('stops listening when switched off', async () => {
      const { port, session } = setUp();
      await session.setLiveMode(true);
      expect(port.listening).toBe(true);
      await session.setLiveMode(false);
      expect(port.listening).toBe(false);
      expect(session.getState().liveMode).toBe(false);
    });
  });
});

describe('a fix whose re-validation fails', () => {
  it('drops the list instead of showing findings the workbook may no longer hold, and says so', async () => {
    const { port, session } = setUp();
    await session.validate('active-sheet');
    port.failNextRead = new Error('connection lost');
    await session.fixAll();
    const state = session.getState();
    expect(state.findings).toEqual([]);
    expect(state.status).toBe('error');
    expect(state.error).toBe('重新校验失败，请再次校验：connection lost');
    expect(port.cells.get('H6')).toBe(9.01);
  });
});
