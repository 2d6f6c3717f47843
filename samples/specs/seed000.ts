// Seed 000: 中共邵阳市北塔区委社会工作部, 2024. Figures as filed, mistakes included (see DOMAIN.md).
import { basicDataTable } from './basic-data';
import type { BasicDataContent } from './basic-data';
import { FW_SPACE as S, money, pct } from './cells';
import { overallTable } from './overall';
import type { OverallContent } from './overall';
import { isDeducted } from './builder';
import type { IndicatorGroupSpec } from './builder';
import type { SeedSpec } from './types';

const DEPARTMENT = '中共邵阳市北塔区委社会工作部';

export const seed000BasicContent: BasicDataContent = {
  id: 'seed000-basic-data',
  titleLines: ['附件1-1', '部门整体支出绩效评价基础数据表', `填报单位：${DEPARTMENT}`],
  staffHeader: ['财政供养人员情况', '编制数', '2024年实际在职人数', '控制率'],
  staff: [13, 11, pct(0.8462)],
  moneyHeader: ['经费控制情况', '2023年决算数', '2024年预算数', '2024年决算数'],
  money: [
    ['三公经费', undefined, undefined, undefined],
    ['   1、公务用车购置和维护经费', S, S, S],
    ['       其中：公车购置', S, S, S],
    ['             公车运行维护', S, S, S],
    ['   2、出国经费', S, S, S],
    ['   3、公务接待', undefined, undefined, undefined],
    ['项目支出：', 0, 106, 106],
    ['    1、业务工作经费', undefined, 106, 106],
    ['    2、运行维护经费', S, S, S],
    ['3、市级专项资金\n（一个专项一行）', undefined, undefined, undefined],
    ['4、其他事业类发展资金', S, S, S],
    ['……', undefined, undefined, undefined],
    ['公用经费', 399.38, 12.39, 517.92],
    ['    其中：办公费', 63.28, 2, 15.84],
    ['          水费、电费、差旅费', 86.11, 0, 6.31],
    ['          会议费、培训费', 4.51, 0, 1.3],
    ['政府采购金额', 103.02, 11, 94.07],
    ['部门基本支出预算调整 ', '——', S, S],
  ],
  buildingHeader: [
    '楼堂馆所控制情况\n（2022年完工项目）',
    '批复规模\n（㎡）',
    '实际规模（㎡）',
    '规模控制率',
    '预算投资（万元）',
    '实际投资（万元）',
    '投资概算控制率',
  ],
  building: [undefined, S, S, S, S, S, S],
  measures: undefined,
};

export const seed000Groups: IndicatorGroupSpec[] = [
  {
    label: '产出指标',
    items: [
      {
        level2: '数量\n指标',
        name: '走访登记情况',
        target: '全区走访登记',
        actual: '100%',
        weight: 15,
        score: 14,
      },
      {
        level2: '质量\n指标',
        name: '全国、全省、全市“两会”等重大活动、会议期间，信访维稳工作均取得了“零进京、零非访、零登记、零滞留、零滋事”的良好成效。',
        target: '全区信访工作综合考核全区评级“良好”',
        actual: '100%',
        weight: 15,
        score: 14,
      },
      {
        level2: '时效\n指标',
        name: '各项工作完成时间',
        target: '2024年',
        actual: '2024年',
        weight: 10,
        score: 10,
      },
    ],
  },
  {
    label: '效益指标',
    items: [
      { level2: '经济效\n益指标' },
      {
        level2: '社会效\n益指标',
        name: '深入推进治理重复信访、化解信访积案工作',
        target: '严格落实区级领导包案化解，逐一落实“五包一”责任制，做到“措施明、责任实”',
        actual: '100%',
        weight: 15,
        score: 14,
      },
      { level2: '生态效\n益指标' },
      {
        level2: '可持续影响指标',
        name: '抓信访法治化建设',
        target: '持续跟进',
        actual: '100%',
        weight: 8,
        score: 7,
      },
      { level2: null, name: '抓积案化解攻坚', target: '持续跟进', actual: '100%', weight: 8, score: 7 },
    ],
  },
  {
    label: '满意度\n指标',
    items: [
      {
        level2: '服务对象满意度指标',
        name: '群众参评率',
        target: '群众满意度',
        actual: '100%',
        weight: 10,
        score: 10,
      },
    ],
  },
  {
    label: '成本指标',
    items: [
      { level2: '经济成本指标' },
      {
        level2: '社会成本指标',
        name: '一站式”矛调中心，强化矛盾纠纷排查化解',
        target: '项目产生的实际成本',
        actual: '100%',
        weight: 9,
        score: 9,
      },
      { level2: '生态环境成本指标' },
    ],
  },
];

const GOALS =
  '1、基层治理提质增效。\n2、新兴领域党建工作扎实开展。\n3、推动志愿服务高质量发展。\n4、深化“四下基层”，解决实际问题。\n5、优化服务流程，减轻基层负担。';

export const seed000OverallContent: OverallContent = {
  id: 'seed000-overall',
  title: '附件1-2  整体支出绩效自评表',
  unitLabel: '预算单位名称',
  unitName: DEPARTMENT,
  fundingLabel: '年度预\n算申请\n（万元）',
  funding: [231.06, 826.36, 767.27, 10, pct(0.9285), money(9.29)],
  byLines: [
    ['按收入性质分：', '按支出性质分：'],
    ['  其中：  一般公共预算：605.21', '其中：基本支出：661.27'],
    ['政府性基金拨款：0', '项目支出：0'],
    ['纳入专户管理的非税收入拨款：0', undefined],
    ['其他资金：0', undefined],
  ],
  goalLabel: '年度总体目标',
  goals: [GOALS, `${S}基本完成预期目标`],
  indicatorSide: '绩\n效\n指\n标',
  groups: seed000Groups,
  total: ['总分', 100, 94.28, S],
  mistakes: [
    {
      at: { part: 'funding', column: 'score' },
      rule: 'execution-score',
      note: '10 × 767.27/826.36 = 9.28, shown 9.29',
    },
    {
      at: { part: 'by-line', line: 1, side: 'left' },
      rule: 'funding-breakdown',
      note: '按收入性质分 605.21 + 0 + 0 + 0 ≠ 767.27',
    },
    {
      at: { part: 'by-line', line: 1, side: 'right' },
      rule: 'funding-breakdown',
      note: '基本支出 661.27 + 项目支出 0 ≠ 767.27 (warning)',
    },
    {
      at: { part: 'by-line', line: 2, side: 'right' },
      rule: 'cross-table',
      note: '基础数据表 项目支出 2024年决算数 106 ≠ 0 (warning)',
    },
    {
      at: { part: 'indicator', group: 0, item: 0, column: 'reason' },
      rule: 'deduction-reason',
      note: '14 of 15, no reason',
    },
    {
      at: { part: 'indicator', group: 0, item: 1, column: 'reason' },
      rule: 'deduction-reason',
      note: '14 of 15, no reason',
    },
    {
      at: { part: 'indicator', group: 1, item: 1, column: 'reason' },
      rule: 'deduction-reason',
      note: '14 of 15, no reason',
    },
    {
      at: { part: 'indicator', group: 1, item: 3, column: 'reason' },
      rule: 'deduction-reason',
      note: '7 of 8, no reason',
    },
    {
      at: { part: 'indicator', group: 1, item: 4, column: 'reason' },
      rule: 'deduction-reason',
      note: '7 of 8, no reason',
    },
  ],
};

export const seed000: SeedSpec = {
  id: '000',
  year: 2024,
  department: DEPARTMENT,
  tables: [basicDataTable(seed000BasicContent), overallTable(seed000OverallContent)],
};

const REASON = '个别工作未达预期，下年度加强统筹，提高完成质量';

/** Seed 000 with every mistake fixed: 得分 9.28, 按收入/按支出 summing to 767.27, deductions explained. */
export const seed000Corrected: SeedSpec = {
  ...seed000,
  id: '000-corrected',
  tables: [
    basicDataTable({ ...seed000BasicContent, id: 'seed000-basic-data-corrected' }),
    overallTable({
      ...seed000OverallContent,
      id: 'seed000-overall-corrected',
      funding: [231.06, 826.36, 767.27, 10, pct(0.9285), money(9.28)],
      byLines: [
        ['按收入性质分：', '按支出性质分：'],
        ['  其中：  一般公共预算：767.27', '其中：基本支出：661.27'],
        ['政府性基金拨款：0', '项目支出：106'],
        ['纳入专户管理的非税收入拨款：0', undefined],
        ['其他资金：0', undefined],
      ],
      groups: seed000Groups.map((group) => ({
        ...group,
        items: group.items.map((item) => (isDeducted(item) ? { ...item, reason: REASON } : item)),
      })),
      mistakes: [],
    }),
  ],
};
