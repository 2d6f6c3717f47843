// Seed 003: 洪江区信访局, 2024. Figures as filed, mistakes included (see DOMAIN.md).
import { toA1 } from '../../src/engine/grid/a1';
import { BASIC_DATA_NOTE, basicDataTable } from './basic-data';
import type { BasicDataContent, MoneyLine } from './basic-data';
import { indicatorBlock, span, TableBuilder } from './builder';
import type { IndicatorGroupSpec, IndicatorItem } from './builder';
import { pct } from './cells';
import { projectTable } from './project';
import type { FundingFigures, ProjectContent } from './project';
import type { SeedSpec, SpecEntry, TableSpec } from './types';

const DEPARTMENT = '洪江区信访局';
const REMARK = '34（其中 26 万元纳入基本支出，8 万元为年中追加）';

const money003: MoneyLine[] = [
  ['一、部门基本支出', 241.55, 127.73, 163.38],
  ['其中：公用经费', 125.83, 39.88, 43.04],
  ['其中：办公经费', undefined, undefined, undefined],
  ['水费、电费、差旅费', 5, 4, 4],
  ['会议费、培训费', 0, 0, 0],
  ['“三公”经费', 0.64, 0, 0],
  ['1、公务用车购置和维护经费', 0, 0, 0],
  ['其中：公务车购置', 0, 0, 0],
  ['公务车运行维护', 0, 0, 0],
  ['2、出国经费', 0, 0, 0],
  ['3、公务接待', 0.64, 0, 0],
  ['二、部门项目支出', 34, 34, 34],
  ['1、业务工作经费（一个项目一行）', 34, REMARK, REMARK],
  ['付驻京办工作经费 25 万元', 25, 25, 25],
  ['信访接待工作经费 7.2 万元', 7.2, 7.2, 7.2],
  ['网络投诉中心工作经费', 1.8, 1.8, 1.8],
  ['2、运行维护经费（一个专项一行）', undefined, undefined, undefined],
  ['3、专项资金（一个项目一行）', undefined, undefined, undefined],
  ['政府采购金额', '——', 0, 0],
  ['部门基本支出预算调整', '——', undefined, undefined],
];

export const seed003BasicContent: BasicDataContent = {
  id: 'seed003-basic-data',
  titleLines: ['附件 2', '2024 年度洪江区信访局整体支出绩效评价\n基础数据表'],
  staffHeader: ['财政供养人员情况（人）', '编制数', '2024 年实际在职人数', '控制率'],
  // The filer typed 100 for 100%: read as a percent, reported as info.
  staff: [8, 8, 100],
  moneyHeader: ['经费控制情况（万元）', '2023 年决算数', '2024 年预算数', '2024 年决算数'],
  money: money003,
  buildingHeader: [
    '楼堂馆所控制情况',
    '批复规模（m²）',
    '实际规模（m²）',
    '规模控制率',
    '预算投资（万元）',
    '实际投资（万元）',
    '投资概算控制率',
  ],
  building: ['(2024 年完工项目)', 0, 0, 0, 0, 0, 0],
  measures:
    '贯彻上级文件精神，加强节约宣传，推广节能设备，增强节约意识，人人节约；完善财务、采购管理制度；严格遵守八项规定、四项禁令，严格控制非必要开支，合理节约开支，高效办实事。',
  note: BASIC_DATA_NOTE,
};

const INDICATOR_HEADERS_003 = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const PROJECT_HEADERS_003 = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度 指标值',
  '实际 完成值',
  '分值',
  '得分',
  '偏差原因 分析及 改进措施',
];

const zeroCost = (name: string): IndicatorItem => ({
  level2: '',
  name,
  target: 0,
  actual: 0,
  weight: 0,
  score: 0,
});

export function seed003OverallGroups(costControl: IndicatorItem): IndicatorGroupSpec[] {
  return [
    {
      label: '成本指标 (20分)',
      items: [
        costControl,
        { ...zeroCost('社会成本节约率'), level2: '社会成本指标' },
        { ...zeroCost('生态环境成本节约率'), level2: '生态成本指标' },
      ],
    },
    {
      label: '产出指标 (40分)',
      items: [
        {
          level2: '数量指标',
          name: '调研报告、专题党课完成率',
          target: '=100%',
          actual: '=100%',
          weight: 15,
          score: 15,
        },
        { level2: '质量指标', name: '完成达标率', target: '=100%', actual: '=100%', weight: 15, score: 15 },
        {
          level2: '时效指标',
          name: '完成及时率',
          target: '2024年12月31日之前完成',
          actual: '2024年12月31日之前完成',
          weight: 10,
          score: 10,
        },
      ],
    },
    {
      label: '效益指标 (20分)',
      items: [
        {
          level2: '经济效益指标',
          name: '提高财政资金的使用效益',
          target: '效果明显',
          actual: '效果明显',
          weight: 5,
          score: 5,
        },
        {
          level2: '社会效益指标',
          name: '保障民众合法权益',
          target: '效果明显',
          actual: '效果明显',
          weight: 5,
          score: 5,
        },
        {
          level2: '生态效益指标',
          name: '生态效益情况',
          target: '效果明显',
          actual: '效果明显',
          weight: 5,
          score: 5,
        },
        {
          level2: '可持续影响指标',
          name: '提高政府公信力',
          target: '效果明显',
          actual: '效果明显',
          weight: 5,
          score: 5,
        },
      ],
    },
    {
      label: '满意度 指标 (10分)',
      items: [
        {
          level2: '服务对 象满意 度指标',
          name: '服务对 象满意 度',
          target: '≥95%',
          actual: '=95%',
          weight: 10,
          score: 10,
        },
      ],
    },
  ];
}

interface Overall003 {
  readonly id: string;
  readonly funding: FundingFigures;
  readonly byLines: readonly (readonly [SpecEntry, SpecEntry])[];
  readonly groups: readonly IndicatorGroupSpec[];
  readonly totalScore: SpecEntry;
  readonly withMistakes: boolean;
}

/** Seed 003's own layout: funding figures in C:H (得分 over H:I), 按收入 over B:D and 按支出 over E:I. */
function overall003(content: Overall003): TableSpec {
  const b = new TableBuilder();
  b.header(span(9, '2024 年度信访局整体支出绩效自评表'));
  b.row(span(2, '预算单位名称'), span(7, DEPARTMENT));
  const f = content.funding;
  const fundingTop = b.header(
    '年度预算申请 (万元)',
    undefined,
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    span(2, '得分'),
  );
  b.row(undefined, '年度资金总额', f[0], f[1], f[2], f[3], f[4], span(2, f[5]));
  const byRows = content.byLines.map(([left, right]) => b.row(undefined, span(3, left), span(5, right)));
  b.merge(fundingTop, 0, b.rowCount - 1, 0);
  const goalTop = b.header('年度总体目标', span(3, '预期目标'), span(5, '实际完成情况'));
  const goal =
    '处理并协调群众信访事项，并向上级机关提供信访信息和解决问题的建议。同时，指导、检查基层信访工作，起草信访工作制度和总结推广经验，并管理信访部门工作人员的队伍和业务培训。此外，承办上级机关和领导交办的其他事项。';
  b.row(undefined, span(3, goal), span(5, goal));
  b.merge(goalTop, 0, goalTop + 1, 0);
  const groupRows = indicatorBlock(b, '绩效指标', INDICATOR_HEADERS_003, content.groups);
  b.row(span(6, '总分(含预算执行率10分)'), 100, content.totalScore);
  const mistakes = content.withMistakes
    ? [
        {
          rule: 'funding-breakdown',
          cell: toA1(byRows[1], 1),
          note: '按收入性质分 161.73 ≠ 全年执行数 171.38',
        },
        {
          rule: 'funding-breakdown',
          cell: toA1(byRows[1], 4),
          note: '基本支出 127.73 + 项目支出 34 = 161.73 ≠ 171.38 (warning)',
        },
        {
          rule: 'target-unmet',
          cell: toA1(groupRows[0], 7),
          note: '整体支出控制额 ≤127.73万元, actual 161.73万元, full 20 points (warning)',
        },
      ]
    : [];
  return b.build({
    id: content.id,
    kind: 'overall-self-eval',
    sheetName: '附件2 整体支出自评表',
    columnWidths: [8, 14, 14, 20, 16, 16, 8, 8, 16],
    mistakes,
  });
}

const GOAL_PROJECT = '有效解决京外群众涉及怀化市洪江区的信访问题，维护社会稳定和谐。';

function projectGroups(
  amount: string,
  quality: string,
  social: string,
  sustain: string,
): IndicatorGroupSpec[] {
  return [
    {
      label: '成本指标 (20 分)',
      items: [
        {
          level2: '经济成本指标',
          name: '成本控制',
          target: `≤${amount}万元`,
          actual: `=${amount}万元`,
          weight: 20,
          score: 20,
        },
        { ...zeroCost('社会成本节约率'), level2: '社会成本指标' },
        { ...zeroCost('生态环境成本节约率'), level2: '生态成本指标' },
      ],
    },
    {
      label: '产出指标 (40 分)',
      items: [
        {
          level2: '数量指标',
          name: '专项工作完成率',
          target: '=100%',
          actual: '=100%',
          weight: 15,
          score: 15,
        },
        { level2: '质量指标', name: quality, target: '效果明显', actual: '效果明显', weight: 15, score: 15 },
        {
          level2: '时效指标',
          name: '完成及时性',
          target: '2024 年 12 月 31 日之前完成',
          actual: '2024 年 12 月 31 日之前完成',
          weight: 10,
          score: 10,
        },
      ],
    },
    {
      label: '效益指标 (20 分)',
      items: [
        {
          level2: '经济效益指标',
          name: '专项资金使用效益',
          target: '效果显著',
          actual: '效果显著',
          weight: 5,
          score: 5,
        },
        {
          level2: '社会效益指标',
          name: social,
          target: '有效保障',
          actual: '有效保障',
          weight: 10,
          score: 10,
        },
        { level2: '生态效益指标', name: '生态效益情况', target: '无' },
        {
          level2: '可持续影响指标',
          name: sustain,
          target: '效果明显',
          actual: '效果明显',
          weight: 5,
          score: 5,
        },
      ],
    },
    {
      label: '满意度 指标 (10分)',
      items: [
        {
          level2: '服务对象满意度 指标',
          name: '服务对象满 意率',
          target: '≥90%',
          actual: '=90%',
          weight: 10,
          score: 10,
        },
      ],
    },
  ];
}

function project003(
  id: string,
  name: string,
  department: SpecEntry,
  amount: number,
  rate: SpecEntry,
  second: boolean,
): TableSpec {
  const figures: FundingFigures = [amount, amount, amount, 10, rate, 10];
  const content: ProjectContent = {
    id,
    sheetName: second ? '附件3 项目支出自评表2' : '附件3 项目支出自评表1',
    title: '2024 年度项目支出绩效自评表',
    projectName: name,
    department,
    implementerLabel: '实施单位',
    implementer: DEPARTMENT,
    fundingHeaders: ['年初 预算数', '全年 预算数', '全年 执行数', '分值', '执行率', '得分'],
    funding: [
      ['年度资金总额', figures],
      ['其中：当年财政拨款', figures],
      ['上年结转资金', undefined],
      ['其他资金', undefined],
    ],
    goalLabel: '年度总体 目标',
    goals: [GOAL_PROJECT, GOAL_PROJECT],
    indicatorSide: '绩效 指标',
    indicatorHeaders: PROJECT_HEADERS_003,
    groups: second
      ? projectGroups(String(amount), '项目绩效目标达成率', '解决群众诉求', '逐步建立完善的信访接待工作机制')
      : projectGroups(
          String(amount),
          '提高信访问题审核判定水平',
          '加强政府与群众的沟通',
          '逐步建立完善的信访移交机制',
        ),
    total: ['总分', 100, 100],
    totalUnderSide: second,
  };
  return projectTable(content);
}

const COST_CONTROL_FILED: IndicatorItem = {
  level2: '经济成本指标',
  name: '整体支出控制额',
  target: '≤127.73 万元',
  actual: '=161.73 万元',
  weight: 20,
  score: 20,
};

export const seed003: SeedSpec = {
  id: '003',
  year: 2024,
  department: DEPARTMENT,
  tables: [
    basicDataTable(seed003BasicContent),
    overall003({
      id: 'seed003-overall',
      // 执行率 typed as 100 meaning 100%.
      funding: [161.73, 171.38, 171.38, 10, 100, 10],
      byLines: [
        ['按收入性质分:', '按支出性质分:'],
        ['其中: 一般公共预算: 161.73', '其中: 基本支出: 127.73'],
        ['政府性基金拨款:', '项目支出: 34'],
        ['纳入专户管理的非税收入拨款:', undefined],
        ['其他资金:', undefined],
      ],
      groups: seed003OverallGroups(COST_CONTROL_FILED),
      totalScore: 100,
      withMistakes: true,
    }),
    project003('seed003-project-1', '付市驻京办工作经费', DEPARTMENT, 25, 100, false),
    project003('seed003-project-2', '信访接待工作经费', undefined, 7.2, 100, true),
  ],
};

/**
 * Seed 003 with every mistake fixed: rates as real percents, 按收入/按支出 summing to 171.38, and the
 * overspent 整体支出控制额 scored 20 × 127.73/161.73 = 15.80 with a reason (总分 95.8).
 */
export const seed003Corrected: SeedSpec = {
  ...seed003,
  id: '003-corrected',
  tables: [
    basicDataTable({
      ...seed003BasicContent,
      id: 'seed003-basic-data-corrected',
      staff: [8, 8, pct(1)],
      money: money003.map((line): MoneyLine =>
        line[1] === 34 && line[2] === REMARK ? [line[0], 34, 34, 34] : line,
      ),
    }),
    overall003({
      id: 'seed003-overall-corrected',
      funding: [161.73, 171.38, 171.38, 10, pct(1, '0%'), 10],
      byLines: [
        ['按收入性质分:', '按支出性质分:'],
        ['其中: 一般公共预算: 171.38', '其中: 基本支出: 137.38'],
        ['政府性基金拨款: 0', '项目支出: 34'],
        ['纳入专户管理的非税收入拨款: 0', undefined],
        ['其他资金: 0', undefined],
      ],
      groups: seed003OverallGroups({
        ...COST_CONTROL_FILED,
        score: 15.8,
        reason: '年中追加信访专项经费，支出超出控制额，下年度严格控制支出',
      }),
      totalScore: 95.8,
      withMistakes: false,
    }),
    project003('seed003-project-1-corrected', '付市驻京办工作经费', DEPARTMENT, 25, pct(1, '0%'), false),
    project003('seed003-project-2-corrected', '信访接待工作经费', DEPARTMENT, 7.2, pct(1, '0%'), true),
  ],
};
