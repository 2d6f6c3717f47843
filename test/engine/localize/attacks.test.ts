// Cases found by attacking the fix plan as a clerk and a reviewer would (issue 9 follow-up): each row plants
// mistakes in a corrected seed and states what the plan must do. A wrong fix costs more than no fix.
import { parseA1 } from '../../../src/engine/grid/a1';
import { cellOf, type Grid } from '../../../src/engine/grid/grid';
import { checkWorkbook } from '../../../src/engine/check';
import { correctedGrids, errorsOf, fixAndRecheck } from './helpers';

const BASIC = '附件1 基础数据表';
const OVERALL = '附件2 整体支出自评表';
const PROJECT_1 = '附件3 项目支出自评表1';
const SEED_000 = 0;
const SEED_002 = 1;
const SEED_003 = 2;
const SEED_004 = 3;

type Edit = readonly [sheet: string, cell: string, value: number | null, formula?: string];

function edited(seed: number, edits: readonly Edit[]): Grid[] {
  const grids = correctedGrids(seed);
  for (const [name, cell, value, formula] of edits) {
    const grid = grids.find((g) => g.name === name);
    const at = parseA1(cell);
    if (!grid || !at) throw new Error(`no ${name}!${cell}`);
    const previous = grid.cellAt(at.row, at.col);
    grid.setCell(at.row, at.col, cellOf(value, previous?.numberFormat ?? 'General', undefined, formula));
  }
  return grids;
}

interface Case {
  readonly name: string;
  readonly seed: number;
  readonly edits: readonly Edit[];
  /** The plan's writes: "sheet!cell", value or formula. */
  readonly changes: readonly (readonly [string, number | string])[];
  /** Unresolved reasons the plan must report, in order. */
  readonly unresolved: readonly string[];
  /** Roots the findings name (sheet!cell); consequences must name one of them. */
  readonly roots?: readonly string[];
  /** Errors left after applying the plan (rule@cell); none when omitted. */
  readonly left?: readonly string[];
  /** Cells given text instead of a number. */
  readonly words?: readonly (readonly [string, string, string])[];
  /** A tie's equally small sets, as the plan lists them. */
  readonly alternatives?: readonly (readonly string[])[];
}

const CASES: readonly Case[] = [
  {
    // Before: {F7} alone solved F7 from 三公 as −0.5 and the set was dropped without branching, so the
    // cheapest set {F6, F7} was never tried: the plan wrote F6 = 1.1 and left F8/F9 as a tie.
    name: '公务用车 0.5 over parts 0 + 0 and 公务接待 0.6: the subtotal and 三公 are the roots',
    seed: SEED_002,
    edits: [
      [BASIC, 'F7', 0.5],
      [BASIC, 'F11', 0.6],
    ],
    changes: [
      [`${BASIC}!F6`, 0.6],
      [`${BASIC}!F7`, 0],
    ],
    unresolved: [],
    roots: [`${BASIC}!F6`, `${BASIC}!F7`],
  },
  {
    // Before: a blank 得分 was not in the system, and the plan lowered 总分 98.01 → 88.01.
    name: 'a blank 得分 under a 分值 of 10 and 总分 counting it: a tie, 总分 not lowered',
    seed: SEED_004,
    edits: [[OVERALL, 'H20', null]],
    changes: [],
    unresolved: ['tie'],
    left: ['total-score@H24'],
  },
  {
    // Before: "no-solution". The 得分 is the mistake; 总分 follows it by formula; only its value is open.
    name: 'a 得分 above its 分值 under a formula 总分: the 得分 is the root, its value left to the filer',
    seed: SEED_004,
    edits: [
      [OVERALL, 'H13', 12],
      [OVERALL, 'H24', 100.01, '=SUM(H13:H21)+I4'],
    ],
    changes: [],
    unresolved: ['needs-value'],
    roots: [`${OVERALL}!H13`],
    left: ['score-range@H13'],
  },
  {
    name: 'a project 得分 above its 分值 under a formula 总分 (stacked project sheets)',
    seed: SEED_003,
    edits: [
      [PROJECT_1, 'H15', 18],
      [PROJECT_1, 'H23', 103, '=SUM(H12:H22)+H5'],
    ],
    changes: [],
    unresolved: ['needs-value'],
    roots: [`${PROJECT_1}!H15`],
    left: ['score-range@H15'],
  },
  {
    // Before: the rebuilt sum listed eleven cells one by one (H5 sits above the indicator rows).
    name: 'a project 总分 =SUM(H12:H22) forgetting the 执行率得分 gains "+H5", not eleven cells',
    seed: SEED_003,
    edits: [[PROJECT_1, 'H23', 90, '=SUM(H12:H22)']],
    changes: [[`${PROJECT_1}!H23`, '=SUM(H12:H22)+H5']],
    unresolved: [],
    roots: [`${PROJECT_1}!H23`],
  },
  {
    // Before: =SUM(H13:H21)+I4, the filer's range cut to the last figure; a row filled later would be missed.
    name: 'a 总分 =SUM(H13:H23) forgetting the 执行率得分 keeps its range and gains "+I4"',
    seed: SEED_004,
    edits: [[OVERALL, 'H24', 89, '=SUM(H13:H23)']],
    changes: [[`${OVERALL}!H24`, '=SUM(H13:H23)+I4']],
    unresolved: [],
  },
  {
    // Before: the three formulas that follow 全年执行数 cost 0.05 each, so F4 lost to the four 按收入性质分 label
    // figures and was not even named among the equally likely corrections.
    name: 'a typed 全年执行数 that rate, score and 总分 formulas follow, against a 按收入性质分 split: a tie naming F4',
    seed: SEED_004,
    edits: [
      [OVERALL, 'F4', 112.27],
      [OVERALL, 'H4', 112.27 / 123.47, '=F4/E4'],
      [OVERALL, 'I4', 9.09, '=ROUND(G4*MIN(H4,1),2)'],
      [OVERALL, 'H24', 98.09, '=SUM(H13:H23)+I4'],
    ],
    changes: [],
    unresolved: ['tie'],
    alternatives: [['F4'], ['B6'], ['B7'], ['B8'], ['B9']],
    left: ['funding-breakdown@B6:B9'],
  },
  {
    // Before: the blank 分值 was no figure of the system, so total-weight was "fixed" by 执行率分值 10 → 20,
    // 执行率得分 → 18.02 and 总分 → 107.02.
    name: 'a blank 满意度 分值 beside its 得分: the blank is filled, 执行率分值 and 总分 stay',
    seed: SEED_004,
    edits: [[OVERALL, 'G20', null]],
    changes: [[`${OVERALL}!G20`, 10]],
    unresolved: [],
    roots: [`${OVERALL}!G20`],
  },
  {
    // A blank 分值 among typed ones: the blank is the omission, not one of its group's figures (was a 3-way tie).
    name: 'a blank 产出 分值 beside its 得分 and two typed ones: the blank is filled',
    seed: SEED_004,
    edits: [[OVERALL, 'G14', null]],
    changes: [[`${OVERALL}!G14`, 10]],
    unresolved: [],
    roots: [`${OVERALL}!G14`],
  },
  {
    // Before: as above with a 分值 typed in words: 总分 written as 107.02. No fix raises 总分 above 100.
    name: 'a 满意度 分值 typed in words: no fix doubles the 执行率分值 or lifts 总分 above 100',
    seed: SEED_004,
    edits: [],
    words: [[OVERALL, 'G20', '十分']],
    changes: [],
    unresolved: ['no-solution'],
    left: ['total-weight@G13:G21', 'group-weight@B20'],
  },
  {
    name: 'a project 年度资金总额 分值 left blank (stacked projects): the blank is filled with 10',
    seed: SEED_003,
    edits: [[PROJECT_1, 'F5', null]],
    changes: [[`${PROJECT_1}!F5`, 10]],
    unresolved: [],
  },
  {
    name: 'an entered 全年执行数 off by 1: the amount is the root, the rate, its score and 按收入性质分 consequences',
    seed: SEED_004,
    edits: [[OVERALL, 'F4', 112.27]],
    changes: [[`${OVERALL}!F4`, 111.27]],
    unresolved: [],
    roots: [`${OVERALL}!F4`],
  },
  {
    name: 'a project part 当年财政拨款 执行数 off: the part is the root, not 年度资金总额 and the rate',
    seed: SEED_003,
    edits: [[PROJECT_1, 'E6', 24]],
    changes: [[`${PROJECT_1}!E6`, 25]],
    unresolved: [],
    roots: [`${PROJECT_1}!E6`],
  },
  {
    name: 'two independent mistakes in two tables: two changes, the planted cells',
    seed: SEED_002,
    edits: [
      [BASIC, 'B13', 150],
      [OVERALL, 'H14', 12],
    ],
    changes: [
      [`${BASIC}!B12`, 150],
      [`${OVERALL}!H14`, 10],
    ],
    unresolved: [],
  },
];

describe.each(CASES)('$name', ({ seed, edits, words, changes, unresolved, roots, left, alternatives }) => {
  const grids = edited(seed, edits);
  for (const [name, cell, text] of words ?? []) {
    const at = parseA1(cell);
    if (at) grids.find((g) => g.name === name)?.setCell(at.row, at.col, cellOf(text));
  }
  const { before, plan, after } = fixAndRecheck(grids);

  it('plans exactly these writes, never a constant over a formula', () => {
    expect(plan.changes.map((c) => [`${c.sheet}!${c.cell}`, c.formula ?? c.value])).toEqual(changes);
    for (const change of plan.changes) {
      const at = parseA1(change.cell);
      const cell = at && grids.find((g) => g.name === change.sheet)?.cellAt(at.row, at.col);
      if (cell?.formula) expect(change.formula).toBeDefined();
    }
    expect(plan.unresolved.map((u) => u.reason)).toEqual(unresolved);
    if (alternatives) expect(plan.unresolved[0]?.alternatives).toEqual(alternatives);
  });

  it('names its roots; consequences name a root and carry no fix', () => {
    const named = new Set(
      before.findings.filter((f) => f.role === 'root').map((f) => `${f.sheet}!${f.cell}`),
    );
    for (const root of roots ?? []) expect(named).toContain(root);
    for (const finding of before.findings.filter((f) => f.role === 'consequence')) {
      expect(finding.fix).toBeUndefined();
      expect(finding.fixFormula).toBeUndefined();
      expect(finding.causedBy).toBeTruthy();
    }
    // A finding with a fix of its own is a root, or a finding the plan left alone (no tie offers one).
    for (const finding of before.findings.filter((f) => f.alternatives)) expect(finding.fix).toBeUndefined();
  });

  it('leaves only the errors it says it leaves', () => {
    expect(errorsOf(after.findings).map((f) => `${f.rule}@${f.cell}`)).toEqual(left ?? []);
  });
});

describe('what the messages say', () => {
  it('a warning the correction leaves (over-staffed) carries no second fix beside the root error', () => {
    const findings = checkWorkbook(edited(SEED_002, [[BASIC, 'D4', 22]])).findings.filter(
      (f) => f.sheet === BASIC && f.cell === 'F4',
    );
    expect(findings.map((f) => [f.severity, f.role, f.fix])).toEqual([
      ['error', 'root', 1.1],
      ['warning', undefined, undefined],
    ]);
  });

  it('a root names the cells whose mismatches it clears, not rule ids; no space after 。', () => {
    const grids = edited(SEED_004, [[OVERALL, 'F4', 112.27]]);
    const zh = checkWorkbook(grids).findings;
    const root = zh.find((f) => f.cell === 'F4' && f.role === 'root');
    expect(root?.message).toBe(
      'F4 应为 111.27，表中为 112.27。改正此格后，H4、I4、B6:B9 处的不符即全部消除。',
    );
    expect(zh.find((f) => f.cell === 'H4')?.message).toMatch(/。改正 F4 后即相符。$/);
    const en = checkWorkbook(grids, { lang: 'en' }).findings.find(
      (f) => f.cell === 'F4' && f.role === 'root',
    );
    expect(en?.message).toBe(
      'F4 should be 111.27; the sheet shows 112.27. Once it is corrected, the mismatches at H4, I4, B6:B9 all clear.',
    );
  });

  it('a blank 得分 tie names both cells in sheet order, in Chinese and English', () => {
    const grids = edited(SEED_004, [[OVERALL, 'H20', null]]);
    const zh = checkWorkbook(grids).findings.find((f) => f.rule === 'total-score');
    expect(zh?.message).toContain('有多种同样少的改法（H20 或 H24）');
    expect(zh?.fix).toBeUndefined();
    const en = checkWorkbook(grids, { lang: 'en' }).findings.find((f) => f.rule === 'total-score');
    expect(en?.message).toContain('(H20 or H24)');
  });

  it('ties are listed row by row (seed 000 按收入性质分: B6, B7, B8, B9)', () => {
    const { plan } = fixAndRecheck(correctedGridsWithSplitOff());
    const tie = plan.unresolved.find((u) => u.reason === 'tie');
    expect(tie?.alternatives).toEqual([['B6'], ['B7'], ['B8'], ['B9']]);
  });

  it('a blank root says it is blank, not "the sheet shows" nothing', () => {
    const grids = edited(SEED_002, [[BASIC, 'F6', null]]);
    const root = checkWorkbook(grids).findings.find((f) => f.cell === 'F6' && f.role === 'root');
    expect(root?.fix).toBe(0.1);
    expect(root?.message).toContain('未填写');
    const en = checkWorkbook(grids, { lang: 'en' }).findings.find((f) => f.cell === 'F6');
    expect(en?.role).toBe('root');
    expect(en?.message).toContain('is blank');
  });

  it('a 得分 left to the filer says so, and the plan offers no value', () => {
    const grids = edited(SEED_004, [
      [OVERALL, 'H13', 12],
      [OVERALL, 'H24', 100.01, '=SUM(H13:H21)+I4'],
    ]);
    const root = checkWorkbook(grids).findings.find((f) => f.cell === 'H13' && f.rule === 'score-range');
    expect(root?.message).toContain('正确的值须由填表人确定');
    expect(root?.fix).toBeUndefined();
  });
});

/** Seed 000's 按收入性质分 mistake (605.21 against 767.27) planted in its corrected tables. */
function correctedGridsWithSplitOff(): Grid[] {
  const grids = correctedGrids(SEED_000);
  const overall = grids.find((g) => g.name.includes('自评表')) as Grid;
  for (let row = 0; row < overall.rowCount; row++)
    for (let col = 0; col < overall.colCount; col++) {
      const text = overall.cellAt(row, col)?.value;
      if (typeof text === 'string' && text.includes('一般公共预算') && /767\.27/.test(text))
        overall.setCell(row, col, cellOf(text.replace('767.27', '605.21')));
    }
  return grids;
}
