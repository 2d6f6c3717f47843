// What the summary workbook and the HTML report say, in zh and en.
import type { Lang } from '../../engine/rules/types';

export interface ReportMessages {
  readonly title: string;
  readonly generated: string;
  readonly summarySheet: string;
  readonly findingsSheet: string;
  readonly summaryColumns: {
    readonly rank: string;
    readonly file: string;
    readonly unit: string;
    readonly year: string;
    readonly tables: string;
    readonly statedTotal: string;
    readonly recomputedTotal: string;
    readonly grade: string;
    readonly errors: string;
    readonly warnings: string;
    readonly infos: string;
    readonly status: string;
    readonly copy: string;
  };
  readonly findingColumns: {
    readonly file: string;
    readonly unit: string;
    readonly sheet: string;
    readonly cell: string;
    readonly severity: string;
    readonly rule: string;
    readonly expected: string;
    readonly actual: string;
    readonly message: string;
  };
  readonly unreadable: string;
  readonly clean: string;
  readonly hasErrors: string;
  readonly hasWarnings: string;
  readonly openCopy: string;
  readonly statedGrade: string;
  /** How 表中总分 was made from a 合计 of the indicators alone (Sichuan). */
  readonly indicatorTotal: string;
  readonly totals: string;
  readonly noTables: string;
  readonly findingsOf: string;
  readonly noFindings: string;
  readonly outside: string;
  readonly legend: string;
  readonly backToTop: string;
  readonly values: string;
  readonly moreInfo: string;
}

export const REPORT_MESSAGES: Readonly<Record<Lang, ReportMessages>> = {
  zh: {
    title: '绩效自评表审核汇总',
    generated:
      '生成时间 {time} · 共 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示，{unusable} 个文件无法读取',
    summarySheet: '汇总',
    findingsSheet: '问题清单',
    summaryColumns: {
      rank: '序号',
      file: '文件',
      unit: '单位名称',
      year: '年度',
      tables: '识别表数',
      statedTotal: '表中总分',
      recomputedTotal: '复算总分',
      grade: '等级',
      errors: '错误',
      warnings: '警告',
      infos: '提示',
      status: '状态',
      copy: '标注副本',
    },
    findingColumns: {
      file: '文件',
      unit: '单位名称',
      sheet: '工作表',
      cell: '单元格',
      severity: '级别',
      rule: '规则',
      expected: '应为',
      actual: '实为',
      message: '说明',
    },
    unreadable: '无法读取：{reason}',
    clean: '未发现错误',
    hasErrors: '有错误，需退回',
    hasWarnings: '有警告，请核实',
    openCopy: '打开',
    statedGrade: '表中：{grade}',
    indicatorTotal: '表中合计 {indicators} 只含绩效指标得分，另加执行率得分 {execution}',
    totals: '合计',
    noTables: '未识别到绩效自评表',
    findingsOf: '{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    noFindings: '未发现问题',
    outside: '表外',
    legend: '红色 = 错误，黄色 = 警告，蓝色 = 提示；单元格角标为右侧问题的编号。',
    backToTop: '返回汇总',
    values: '应为 {expected}，实为 {actual}',
    moreInfo: '另有 {count} 条同类提示（{rule}），已在表中以蓝色标出',
  },
  en: {
    title: 'Self-assessment review summary',
    generated:
      'Generated {time} · {files} file(s): {errors} error(s), {warnings} warning(s), {infos} info, {unusable} unreadable',
    summarySheet: 'Summary',
    findingsSheet: 'Findings',
    summaryColumns: {
      rank: '#',
      file: 'File',
      unit: 'Unit',
      year: 'Year',
      tables: 'Tables',
      statedTotal: 'Stated total',
      recomputedTotal: 'Recomputed total',
      grade: 'Grade',
      errors: 'Errors',
      warnings: 'Warnings',
      infos: 'Info',
      status: 'Status',
      copy: 'Annotated copy',
    },
    findingColumns: {
      file: 'File',
      unit: 'Unit',
      sheet: 'Sheet',
      cell: 'Cell',
      severity: 'Severity',
      rule: 'Rule',
      expected: 'Expected',
      actual: 'Actual',
      message: 'Message',
    },
    unreadable: 'Could not be read: {reason}',
    clean: 'No errors',
    hasErrors: 'Errors: send back',
    hasWarnings: 'Warnings: verify',
    openCopy: 'open',
    statedGrade: 'stated: {grade}',
    indicatorTotal:
      "the sheet's 合计 {indicators} counts the indicators only; the execution score {execution} is added",
    totals: 'Total',
    noTables: 'No self-assessment table recognised',
    findingsOf: '{errors} error(s), {warnings} warning(s), {infos} info',
    noFindings: 'No findings',
    outside: 'outside',
    legend:
      'Red = error, amber = warning, blue = info; the small number in a cell is its finding on the right.',
    backToTop: 'Back to summary',
    values: 'expected {expected}, actual {actual}',
    moreInfo: '… and {count} more info finding(s) of {rule}, coloured blue in the grid',
  },
};
