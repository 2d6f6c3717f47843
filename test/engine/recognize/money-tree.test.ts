import type { MoneyRowRole } from '../../../src/engine/model/tables';
import { GENERIC_MONEY_ROLES } from '../../../src/engine/profiles/generic';
import { buildTree, moneyRole, type TreeLine } from '../../../src/engine/recognize/money-tree';

/** The recogniser's own chain of tests before the words became data: the reference the word lists must match. */
function chainRole(core: string): MoneyRowRole {
  if (core === '部门基本支出' || core === '基本支出') return 'basic-expenditure';
  if (core.startsWith('公用经费')) return 'public-funds';
  if (core === '办公经费' || core === '办公费') return 'office';
  if (/水费|电费|差旅/.test(core)) return 'utilities-travel';
  if (/会议费|培训费/.test(core)) return 'meetings-training';
  if (core.includes('三公经费')) return 'three-public';
  if (core.startsWith('公务用车') || core.startsWith('公车购置和') || core.startsWith('公务车购置和'))
    return 'vehicle';
  if (/^(公车|公务车|公务用车)购置$/.test(core)) return 'vehicle-purchase';
  if (/^(公车|公务车|公务用车)运行(维护|维修)/.test(core)) return 'vehicle-operation';
  if (core.startsWith('出国') || core.startsWith('因公出国')) return 'overseas';
  if (core.startsWith('公务接待')) return 'reception';
  if (core === '项目支出' || core === '部门项目支出') return 'project-expenditure';
  if (core.startsWith('业务工作经费')) return 'business';
  if (core.startsWith('运行维护经费')) return 'operation-maintenance';
  if (core.includes('专项资金')) return 'special-fund';
  if (core.startsWith('政府采购')) return 'procurement';
  if (core.includes('预算调整')) return 'budget-adjustment';
  return 'item';
}

/** [label core, numbered, 其中, has figures] → the tree, as parents by label. */
function tree(lines: readonly (readonly [string, boolean, boolean, boolean])[]) {
  const tl: TreeLine[] = lines.map(([core, numbered, under, hasFigures]) => ({
    role: moneyRole(core),
    numbered,
    under,
    hasFigures,
  }));
  const { parents, breakdown } = buildTree(tl);
  const label = (i: number | null) => (i === null ? null : lines[i][0]);
  return {
    parentOf: Object.fromEntries(lines.map(([core], i) => [core, label(parents[i])])),
    breakdownOf: (core: string) => breakdown.get(lines.findIndex(([c]) => c === core)),
  };
}

describe('money rows: which line is a part of which', () => {
  it('names the roles of the template lines', () => {
    const roles: [string, MoneyRowRole][] = [
      ['三公经费', 'three-public'],
      ['公务用车购置和维护经费', 'vehicle'],
      ['公务车购置', 'vehicle-purchase'],
      ['公车运行维护', 'vehicle-operation'],
      ['出国经费', 'overseas'],
      ['公务接待', 'reception'],
      ['部门项目支出', 'project-expenditure'],
      ['业务工作经费', 'business'],
      ['市级专项资金', 'special-fund'],
      ['部门基本支出', 'basic-expenditure'],
      ['办公费', 'office'],
      ['政府采购金额', 'procurement'],
      ['部门基本支出预算调整', 'budget-adjustment'],
      ['其他事业类发展资金', 'item'],
    ];
    for (const [core, role] of roles) expect([core, moneyRole(core)]).toEqual([core, role]);
  });

  it('reads the roles from the shared word lists as the chain of tests they replaced did', () => {
    // The roles were a chain of tests in the recogniser; they are data now (profiles/generic.ts). Every label
    // built from the words, alone, prefixed, suffixed and paired, must get the role the chain gave.
    const pieces = [
      ...GENERIC_MONEY_ROLES.flatMap(([, words]) => words.map((word) => word.replaceAll('*', ''))),
      '其他',
      '经费',
      '和',
      '购置',
      '运行维修',
      '',
    ];
    const labels = new Set<string>();
    for (const a of pieces) for (const b of pieces) labels.add(a + b);
    expect(labels.size).toBeGreaterThan(1000);
    for (const core of labels) expect([core, moneyRole(core)]).toEqual([core, chainRole(core)]);
  });

  it('puts one row per 专项 under 项目支出 when the 专项资金 line is only a heading with no figures', () => {
    const { parentOf, breakdownOf } = tree([
      ['项目支出', false, false, true],
      ['业务工作经费', true, false, true],
      ['市级专项资金', true, false, false],
      ['乡村振兴专项', false, false, true],
      ['平安建设专项', false, false, true],
      ['公用经费', false, false, true],
    ]);
    expect(parentOf).toEqual({
      项目支出: null,
      业务工作经费: '项目支出',
      市级专项资金: '项目支出',
      乡村振兴专项: '项目支出',
      平安建设专项: '项目支出',
      公用经费: null,
    });
    expect(breakdownOf('项目支出')).toBe('exact');
  });

  it('puts the 专项 rows under a 专项资金 line that carries its own total', () => {
    const { parentOf, breakdownOf } = tree([
      ['项目支出', false, false, true],
      ['市级专项资金', true, false, true],
      ['乡村振兴专项', false, false, true],
      ['其他事业类发展资金', true, false, true],
    ]);
    expect(parentOf['乡村振兴专项']).toBe('市级专项资金');
    expect(parentOf['其他事业类发展资金']).toBe('项目支出');
    expect(breakdownOf('市级专项资金')).toBe('exact');
  });

  it('treats a chain of unknown 其中 lines as parts of the same line, a partial breakdown', () => {
    const { parentOf, breakdownOf } = tree([
      ['政府采购金额', false, false, true],
      ['货物类', false, true, true],
      ['服务类', false, true, true],
    ]);
    expect(parentOf).toEqual({ 政府采购金额: null, 货物类: '政府采购金额', 服务类: '政府采购金额' });
    expect(breakdownOf('政府采购金额')).toBe('partial');
  });

  it('finds 公务用车 parts by role even when 三公经费 comes after 公用经费 (seed 003 order)', () => {
    const { parentOf } = tree([
      ['部门基本支出', true, false, true],
      ['公用经费', false, true, true],
      ['办公经费', false, true, false],
      ['水费、电费、差旅费', false, false, true],
      ['三公经费', false, false, true],
      ['公务用车购置和维护经费', true, false, true],
      ['公务车购置', false, true, true],
      ['公务车运行维护', false, false, true],
    ]);
    expect(parentOf).toMatchObject({
      公用经费: '部门基本支出',
      办公经费: '公用经费',
      '水费、电费、差旅费': '公用经费',
      三公经费: null,
      公务车购置: '公务用车购置和维护经费',
      公务车运行维护: '公务用车购置和维护经费',
    });
  });
});
