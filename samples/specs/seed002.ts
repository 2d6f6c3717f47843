// Seed 002: 中共邵阳市北塔区委办公室, 2023. Figures as filed, mistakes included (see DOMAIN.md).
import { BASIC_DATA_NOTE, basicDataTable } from './basic-data';
import type { BasicDataContent, MoneyLine } from './basic-data';
import { FW_SPACE as S, money, pct } from './cells';
import type { IndicatorGroupSpec } from './builder';
import { overallTable } from './overall';
import type { OverallContent } from './overall';
import type { SeedSpec } from './types';

const DEPARTMENT = '中共邵阳市北塔区委办公室';
const TWO_SPACES = `${S}\n${S}`;

const money002: MoneyLine[] = [
  ['三公经费', 5.41, 0, 0.1],
  ['1、公务用车购置和维护经费', 5.41, 0, 0],
  ['其中：公车购置', 0, 0, 0],
  ['公车运行维护', 0, 0, 0],
  ['2、出国经费', 0, 0, 0],
  ['3、公务接待', 5.41, 0, 0.1],
  ['项目支出：', 148.58, 0, 0],
  ['1、业务工作经费', 148.58, 0, 0],
  ['2、运行维护经费', 0, 0, 0],
  ['3、本级专项资金（一个专项一行）', 0, 0, 0],
  ['', undefined, undefined, undefined],
  ['公用经费：', 117.65, 111.88, 206.7],
  ['其中：办公经费', 19.9, 3.5, 19.86],
  ['水费、电费、差旅费', 0.3, 2, 2.46],
  ['会议费、培训费', 10.74, 2, 11.86],
  ['政府采购金额', 120.8, 111.8, 182.62],
  ['部门基本支出预算调整 ', undefined, undefined, undefined],
];

export const seed002BasicContent: BasicDataContent = {
  id: 'seed002-basic-data',
  titleLines: ['部门整体支出绩效评价基础数据表', `填报单位： ${DEPARTMENT}`],
  staffHeader: ['财政供养人员情况', '编制数', '2023年实际在职人数', '控制率'],
  staff: [20, 20, pct(1)],
  moneyHeader: ['经费控制情况(万元)', '2022年决算数', '2023年预算数', '2023年决算数'],
  money: money002,
  buildingHeader: [
    '楼堂馆所控制情况 \n（2023年完工项目）',
    '批复规模 \n（㎡）',
    '\n实际规模\n（㎡）',
    '规模控制率',
    '预算投资\n（万元）',
    '实际投资\n（万元）',
    '投资概算控制率',
  ],
  building: [undefined, money(0), 0, 0, 0, 0, 0],
  measures: '我单位无新建楼堂馆所控制情况',
  note: BASIC_DATA_NOTE,
  moneyMistakes: [
    { label: '三公经费', column: 1, rule: 'sub-total', note: '2022: 5.41 ≠ 5.41 + 0 + 5.41 = 10.82' },
    {
      label: '1、公务用车购置和维护经费',
      column: 1,
      rule: 'sub-total',
      note: '2022: 5.41 ≠ 公车购置 0 + 公车运行维护 0',
    },
  ],
};

export const seed002Groups: IndicatorGroupSpec[] = [
  {
    label: '产出指标\n（50分)',
    items: [
      {
        level2: '数量\n指标',
        name: '重要会议活动和法规办文工作',
        target: '优化“四大家”“五小家”办公室联动工作机制，构建“三个一”工作格局',
        actual: '统筹协调各类会议150余场次，确保重要会议零失误',
        weight: 20,
        score: 20,
        reason: TWO_SPACES,
      },
      {
        level2: '质量\n指标',
        name: '加强政治建设',
        target: '健全完善区委办公室“第一议题”制度',
        actual: '组织理论学习中心组学习12次，专题研讨5次；完成各类调研报告12篇，提出工作建议46条',
        weight: 10,
        score: 10,
        reason: TWO_SPACES,
      },
      { level2: '时效\n指标', target: S, actual: S, weight: S, score: S, reason: S },
      { level2: null, name: '……', target: S, actual: S, weight: S, score: S, reason: S },
      {
        level2: '成本\n指标',
        name: '党办队伍建设',
        target: '开展“政治练兵、岗位砺才、工作争先”活动',
        actual: '全年完成各类调研报告12篇，47条工作建议被区委决策采纳',
        weight: 17,
        score: 17,
        reason: TWO_SPACES,
      },
    ],
  },
  {
    label: '效益指标\n（30分）',
    items: [
      { level2: '经济效\n益指标', target: S, actual: S, weight: S, score: S, reason: S },
      { level2: null, name: '……', target: S, actual: S, weight: S, score: S, reason: S },
      {
        level2: '社会效\n益指标',
        name: '信息化建设',
        target: '紧紧围绕区委的中心工作和领导需求，抓住热点、难点问题',
        actual: '全年共编发上报信息80余条，上报信息选题90余个',
        weight: 20,
        score: 20,
        reason: TWO_SPACES,
      },
      { level2: '生态效\n益指标', target: S, actual: S, weight: S, score: S, reason: S },
      { level2: null, name: '……', target: S, actual: S, weight: S, score: S, reason: S },
      {
        level2: '可持续影响指标',
        name: '法规工作',
        target: '严格执行前置审核制度',
        actual: '按要求向市委办报送备案文件2个；对全区5个镇（街道）开展下备一级工作。',
        weight: 20,
        score: 20,
        reason: S,
      },
      { level2: null, reason: S },
    ],
  },
  { label: '满意度\n指标\n（10分）', items: [{ level2: '', reason: TWO_SPACES }] },
];

export const seed002OverallContent: OverallContent = {
  id: 'seed002-overall',
  title: '整体支出绩效自评表',
  unitLabel: '预算单位名称',
  unitName: ` ${DEPARTMENT}  `,
  fundingLabel: '年度预\n算申请\n（万元）',
  funding: [money(394.5), 594.67, 594.67, 10, pct(1, '0%'), money(10)],
  byLines: [
    ['按收入性质分：', '按支出性质分：'],
    ['  其中：  一般公共预算：594.67万元', '其中：基本支出：594.67万元'],
    ['政府性基金拨款：0万元', '项目支出：0万元'],
    ['纳入专户管理的非税收入拨款：', '0'],
    ['其他资金：', '0'],
  ],
  goalLabel: '年度总体目标',
  goals: [
    `${S}2023年，北塔区委办紧紧围绕市委决策部署、区委中心工作，积极发挥参谋助手、综合协调、督促检查和后勤保障职能作用，不断提升“三服务”水平。`,
    `${S}一是加强政治建设；二是落实中央八项规定及其实施细则精神；三是督促检查工作；四是加强信息工作；五是党办队伍建设。`,
  ],
  indicatorSide: '绩\n效\n指\n标',
  groups: seed002Groups,
  total: ['总分', undefined, 97, undefined],
  mistakes: [
    {
      at: { part: 'group-label', group: 0 },
      rule: 'group-weight',
      note: '产出指标（50分) weights 20 + 10 + 17 = 47',
    },
    {
      at: { part: 'group-label', group: 1 },
      rule: 'group-weight',
      note: '效益指标（30分） weights 20 + 20 = 40',
    },
    {
      at: { part: 'group-label', group: 2 },
      rule: 'group-weight',
      note: '满意度指标（10分） has no weighted indicator',
    },
    {
      at: { part: 'indicator', group: 0, item: 0, column: 'weight' },
      rule: 'total-weight',
      note: 'weights 47 + 40 + 0 + 10 = 97 ≠ 100',
    },
  ],
};

export const seed002: SeedSpec = {
  id: '002',
  year: 2023,
  department: DEPARTMENT,
  tables: [basicDataTable(seed002BasicContent), overallTable(seed002OverallContent)],
};

/** Seed 002 with every mistake fixed: 公务用车 2022 = 0, weights 50/30/10, a 满意度 indicator, 总分 100. */
export const seed002Corrected: SeedSpec = {
  ...seed002,
  id: '002-corrected',
  tables: [
    basicDataTable({
      ...seed002BasicContent,
      id: 'seed002-basic-data-corrected',
      money: money002.map((line): MoneyLine =>
        line[0] === '1、公务用车购置和维护经费' ? [line[0], 0, 0, 0] : line,
      ),
      moneyMistakes: [],
    }),
    overallTable({
      ...seed002OverallContent,
      id: 'seed002-overall-corrected',
      byLines: [
        ['按收入性质分：', '按支出性质分：'],
        ['  其中：  一般公共预算：594.67万元', '其中：基本支出：594.67万元'],
        ['政府性基金拨款：0万元', '项目支出：0万元'],
        ['纳入专户管理的非税收入拨款：0', undefined],
        ['其他资金：0', undefined],
      ],
      groups: [
        {
          ...seed002Groups[0],
          items: seed002Groups[0].items.map((item) =>
            item.weight === 17 ? { ...item, weight: 20, score: 20 } : item,
          ),
        },
        {
          ...seed002Groups[1],
          items: seed002Groups[1].items.map((item) =>
            item.weight === 20 ? { ...item, weight: 15, score: 15 } : item,
          ),
        },
        {
          ...seed002Groups[2],
          items: [
            {
              level2: '服务对象满意度指标',
              name: '服务对象满意度',
              target: '≥90%',
              actual: '95%',
              weight: 10,
              score: 10,
            },
          ],
        },
      ],
      total: ['总分', 100, 100, undefined],
      mistakes: [],
    }),
  ],
};
