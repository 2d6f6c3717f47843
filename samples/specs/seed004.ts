// Seed 004: 中共汨罗市委社会工作部, 2024. Figures as filed, mistakes included (see DOMAIN.md).
import { BASIC_DATA_NOTE, basicDataTable } from './basic-data';
import type { BasicDataContent } from './basic-data';
import type { IndicatorGroupSpec, IndicatorItem } from './builder';
import { money, pct } from './cells';
import { overallTable } from './overall';
import type { OverallContent } from './overall';
import { projectTable } from './project';
import type { SeedSpec } from './types';

const DEPARTMENT = '中共汨罗市委社会工作部';

export const seed004BasicContent: BasicDataContent = {
  id: 'seed004-basic-data',
  titleLines: ['附件1', '2024年度部门整体支出绩效评价基础\n数据表'],
  staffHeader: ['财政供养人员情况(人)', '编制数', '2024年实际在职\n人数', '控制率'],
  staff: [10, 10, pct(1, '0%')],
  moneyHeader: ['经费控制情况(万元)', '2023年决算数', '2024年预算数', '2024年决算数'],
  money: [
    ['“三公”经费', 0, 0, 0],
    ['1、公务用车购置和维护经费', 0, 0, 0],
    ['其中：公车购置', 0, 0, 0],
    ['     公车运行维护', 0, 0, 0],
    ['2、出国经费', 0, 0, 0],
    ['3、公务接待', 0, 0, 0],
    ['项目支出：', 0, 0, 0],
    ['1、业务工作经费', 0, 0, 0],
    ['2、运行维护经费', 0, 0, 0],
    ['3、县级专项资金\n(一个专项一行)', 0, 0, 0],
    ['公用经费', 0, 0, 65.82],
    ['其中：办公经费', 0, 0, 7.56],
    ['   水费、电费、差旅费', 0, 0, money(1.3)],
    ['会议费、培训费', 0, 0, 0.18],
    ['政府采购金额', 0, 0, 25],
    ['部门基本支出预算调整', undefined, undefined, 111.27],
  ],
  buildingHeader: [
    '\n楼堂馆所控制情况\n(2024年完工项目)',
    '批复规模 (m²)',
    '实际规模(m²)',
    '规模控制率',
    '预算投资\n(万元)',
    '实际投资 (万元)',
    '投资概算控制率',
  ],
  building: [undefined, money(0), money(0), undefined, money(0), money(0), undefined],
  measures: '遵守中央八项规定，严格履行厉行节约政策',
  note: BASIC_DATA_NOTE,
};

const COST_FILED: IndicatorItem = {
  level2: '经济成本指标',
  name: '严格控制预算成本',
  target: '≤123.47万元',
  actual: '111.27万元',
  weight: 20,
  score: 19,
};

function groups004(cost: IndicatorItem): IndicatorGroupSpec[] {
  return [
    {
      label: '产出指标\n(30分)',
      items: [
        {
          level2: '数量指标',
          name: '组织全市“两企三新”领域开展全会精神宣传贯彻活动，组织支部党员开展学习',
          target: '600次以上',
          actual: '组织支部党员开展学习675场次。',
          weight: 10,
          score: 10,
        },
        {
          level2: '质量指标',
          name: '全域推广“群英断是非”工作法，参加平安创建活动；推进智慧乡村建设。',
          target: '组织7个村（社区）实施智慧治理建设，打造“群英断是非”3.0版示范点。',
          actual: '超预期完成',
          weight: 10,
          score: 10,
        },
        {
          level2: '时效指标',
          name: '各项工作完成时间',
          target: '2024年12月31日前',
          actual: '100%',
          weight: 10,
          score: 10,
        },
      ],
    },
    {
      label: '效益指标(30分)',
      items: [
        {
          level2: '经济效益指标',
          name: '规范行业协会商会发展',
          target: '对全市77家行业协会商会开展党建和改革发展调研，对“僵尸型”协会依规注销。',
          actual: '对全市77家行业协会商会开展党建和改革发展调研，对4家“僵尸型”协会依规注销。',
          weight: 10,
          score: 10,
        },
        {
          level2: '社会效益指标',
          name: '反向促进社会稳定及经济发展；加强干部教育以促进干部的各项能力提升。',
          target: '反向促进社会稳定及经济发展',
          actual: '良好',
          weight: 10,
          score: 10,
        },
        {
          level2: '生态效益指标',
          name: '生态环境改善情况',
          target: '有所改善',
          actual: '有所改善',
          weight: 5,
          score: 5,
        },
        {
          level2: '可持续影响指标',
          name: '提升可持续发展能力',
          target: '有所提升',
          actual: '有所提升',
          weight: 5,
          score: 5,
        },
      ],
    },
    {
      label: '满意度指标\n(10分)',
      items: [
        {
          level2: '服务对象满意度指标',
          name: '服务对象满意度',
          target: '≥95%',
          actual: '95%',
          weight: 10,
          score: 10,
        },
      ],
    },
    {
      label: '成本指标\n（20分）',
      items: [cost, { level2: '社会成本指标' }, { level2: '生态环境成本指标' }],
    },
  ];
}

export const seed004OverallContent: OverallContent = {
  id: 'seed004-overall',
  title: '2024年度部门整体支出绩效自评表',
  unitLabel: '预算部门\n名称',
  unitName: DEPARTMENT,
  fundingLabel: '\n年度预算申请(万元)',
  funding: [0, 123.47, 111.27, 10, pct(0.9012), 9.2],
  byLines: [
    ['按收入性质分：', '按支出性质分：'],
    ['其中：一般公共预算：111.27', '其中：基本支出：111.27'],
    ['政府性基金拨款：0', '项目支出：0'],
    ['纳入专户管理的非税收入拨款：0', undefined],
    ['其他资金：0', undefined],
  ],
  goalLabel: '年度总体 目标',
  goals: [
    '1.强化自身建设，提高履职能力。2.聚焦主责主业，做实“两新”党建。落实两个覆盖。3.致力创新升级，助推基层治理。全域推广“群英断是非”工作法。4.抓好志愿服务，助力文明创建。抓好统筹管理。',
    '完成预期目标',
  ],
  indicatorSide: '\n绩效指标\n',
  groups: groups004(COST_FILED),
  total: ['总分', 100, 98.2, undefined],
  mistakes: [
    {
      at: { part: 'funding', column: 'score' },
      rule: 'execution-score',
      note: '10 × 111.27/123.47 = 9.01, shown 9.2',
    },
    {
      at: { part: 'indicator', group: 3, item: 0, column: 'reason' },
      rule: 'deduction-reason',
      note: '成本 19 of 20, no reason (warning)',
    },
  ],
};

const BLANK_GROUPS: IndicatorGroupSpec[] = [
  {
    label: '产出指标\n(30分)',
    items: [
      { level2: '数量指标' },
      { level2: null },
      { level2: null },
      { level2: '质量指标' },
      { level2: '时效指标' },
    ],
  },
  {
    label: '效益指标\n(30分)',
    items: [
      { level2: '经济效益指标' },
      { level2: '社会效益指标' },
      { level2: '生态效益指标' },
      { level2: '可持续影响指标' },
    ],
  },
  { label: '满意度指标(10分)', items: [{ level2: '服务对象满意度指标' }] },
  {
    label: '成本指标\n（20分）',
    items: [{ level2: '经济成本指标' }, { level2: '社会成本指标' }, { level2: '生态环境成本指标' }],
  },
];

/** Seed 004 attached its project table blank: a template nobody filled in. */
export const seed004BlankProject = projectTable({
  id: 'seed004-project-blank',
  sheetName: '附件3 项目支出自评表',
  title: '2024年度项目支出绩效自评表',
  projectName: undefined,
  department: undefined,
  implementerLabel: '实施\n单位',
  implementer: undefined,
  fundingHeaders: ['年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
  funding: [
    ['年度资金总额', undefined],
    ['其中：当年财政拨款', undefined],
    ['上年结转资金', undefined],
    ['其他资金', undefined],
  ],
  goalLabel: '年度总体目标',
  goals: [undefined, undefined],
  indicatorSide: '\n绩效指标',
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
  groups: BLANK_GROUPS,
  total: ['总分', undefined, undefined],
});

export const seed004: SeedSpec = {
  id: '004',
  year: 2024,
  department: DEPARTMENT,
  tables: [basicDataTable(seed004BasicContent), overallTable(seed004OverallContent), seed004BlankProject],
};

/** Seed 004 with every mistake fixed: 得分 9.01, 总分 98.01, the 成本 deduction explained. */
export const seed004Corrected: SeedSpec = {
  ...seed004,
  id: '004-corrected',
  tables: [
    basicDataTable({ ...seed004BasicContent, id: 'seed004-basic-data-corrected' }),
    overallTable({
      ...seed004OverallContent,
      id: 'seed004-overall-corrected',
      funding: [0, 123.47, 111.27, 10, pct(0.9012), 9.01],
      groups: groups004({ ...COST_FILED, reason: '部分公用经费支出偏高，下年度加强成本控制' }),
      total: ['总分', 100, 98.01, undefined],
      mistakes: [],
    }),
    seed004BlankProject,
  ],
};
