import type { SheetPlan } from '../plan';
import { MONEY, RATE, TemplateBuilder, span, type TemplateEntry } from './builder';
import { money } from './funding';

export interface BasicDataContent {
  readonly sheet: string;
  readonly year: number;
  readonly formulas: boolean;
}

/** A money line: its label and, with formulas, the lines it adds up (three-column sums). */
interface MoneyLine {
  readonly label: string;
  readonly sumOf?: readonly string[];
}

/** seed 000's 经费控制情况, with the 其中 lines the sub-total rules read. */
const MONEY_LINES: readonly MoneyLine[] = [
  { label: '“三公”经费', sumOf: ['1、公务用车购置和维护经费', '2、出国经费', '3、公务接待'] },
  { label: '1、公务用车购置和维护经费', sumOf: ['其中：公车购置', '公车运行维护'] },
  { label: '其中：公车购置' },
  { label: '公车运行维护' },
  { label: '2、出国经费' },
  { label: '3、公务接待' },
  { label: '项目支出', sumOf: ['1、业务工作经费', '2、运行维护经费', '3、专项资金（一个专项一行）'] },
  { label: '1、业务工作经费' },
  { label: '2、运行维护经费' },
  { label: '3、专项资金（一个专项一行）' },
  { label: '公用经费' },
  { label: '其中：办公经费' },
  { label: '水费、电费、差旅费' },
  { label: '会议费、培训费' },
  { label: '政府采购金额' },
  { label: '部门基本支出预算调整' },
];

export const BASIC_DATA_NOTE =
  '说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。';

/**
 * The 部门整体支出绩效评价基础数据表 (seeds 000, 002, 004): seven columns, each staff and money figure merged
 * over two columns (B:C, D:E, F:G), the 楼堂馆所 figures one per column.
 */
export function basicDataTemplate(content: BasicDataContent): SheetPlan {
  const { year, formulas } = content;
  const b = new TemplateBuilder(7);
  const title = b.title(`${year}年度部门整体支出绩效评价基础数据表`);
  const staffTop = b.row(
    '财政供养人员情况（人）',
    span(2, '编制数'),
    span(2, `${year}年实际在职人数`),
    span(2, '控制率'),
  );
  b.header(staffTop);
  const staff = b.rowCount;
  const ratio = (row: number, over: number, under: number): TemplateEntry =>
    formulas
      ? {
          formula: `=IF(${TemplateBuilder.at(row, under)}=0,"",${TemplateBuilder.at(row, over)}/${TemplateBuilder.at(row, under)})`,
          numberFormat: RATE,
        }
      : { value: null, numberFormat: RATE };
  b.row(undefined, span(2, undefined), span(2, undefined), span(2, ratio(staff, 3, 1)));
  b.merge(staffTop, 0, staff, 0);
  b.header(
    b.row(
      '经费控制情况（万元）',
      span(2, `${year - 1}年决算数`),
      span(2, `${year}年预算数`),
      span(2, `${year}年决算数`),
    ),
  );
  const first = b.rowCount;
  const rowOf = new Map(MONEY_LINES.map((line, index) => [line.label, first + index]));
  for (const line of MONEY_LINES) {
    const row = b.rowCount;
    const value = (col: number): TemplateEntry => {
      if (!formulas || !line.sumOf) return money;
      const parts = line.sumOf.map((label) => TemplateBuilder.at(rowOf.get(label) ?? row, col));
      return { formula: `=SUM(${parts.join(',')})`, numberFormat: MONEY };
    };
    b.row(line.label, span(2, value(1)), span(2, value(3)), span(2, value(5)));
  }
  const buildingTop = b.row(
    `楼堂馆所控制情况\n（${year}年完工项目）`,
    '批复规模\n（㎡）',
    '实际规模\n（㎡）',
    '规模控制率',
    '预算投资\n（万元）',
    '实际投资\n（万元）',
    '投资概算\n控制率',
  );
  b.header(buildingTop);
  const building = b.rowCount;
  b.row(undefined, money, money, ratio(building, 2, 1), money, money, ratio(building, 5, 4));
  b.merge(buildingTop, 0, building, 0);
  const measures = b.row('厉行节约保障措施', span(6, undefined));
  b.height(measures, 45);
  const note = b.row(span(7, BASIC_DATA_NOTE));
  b.style(note, 0, note, 6, { wrap: true, fontSize: 9, vertical: 'top' });
  return b.toPlan(content.sheet, {
    columnWidths: [34, 12, 12, 12, 12, 12, 12],
    tableTop: staffTop,
    tableBottom: measures,
    printTitleRows: { top: title, bottom: title },
    orientation: 'portrait',
  });
}
