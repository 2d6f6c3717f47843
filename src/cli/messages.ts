// Every user-facing string of the command line, in zh and en.
import { TABLE_NAMES } from '../app/table-names';
import type { TableKind } from '../engine/model/tables';
import type { Lang, Severity } from '../engine/rules/types';

export type UnusableReason = 'missing' | 'not-a-file' | 'not-xlsx' | 'encrypted' | 'corrupt';

interface CliMessages {
  readonly help: string;
  readonly unusable: Readonly<Record<UnusableReason, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly kind: Readonly<Record<TableKind, string>>;
  readonly columns: readonly [
    cell: string,
    severity: string,
    rule: string,
    expected: string,
    actual: string,
    message: string,
  ];
  readonly tablesFound: string;
  readonly noTables: string;
  readonly noFindings: string;
  readonly moreInfo: string;
  readonly outsideTables: string;
  readonly fileSummary: string;
  readonly totalSummary: string;
  readonly annotated: string;
  readonly usageError: string;
  readonly badOption: string;
  readonly profileOf: string;
  readonly noFiles: string;
}

export const MESSAGES: Readonly<Record<Lang, CliMessages>> = {
  zh: {
    help: [
      '用法：selfeval check 文件或文件夹 … [--format table|json|html] [--report 汇总.xlsx|汇总.html] [--out 目录] [--jobs N] [--profile 模板] [--lang zh|en]',
      '      selfeval diff 旧.xlsx 新.xlsx …                  比较退回重报的表（selfeval diff --help）',
      '      selfeval new --kind 表类型 --out 文件.xlsx …      生成空白模板（selfeval new --help）',
      '      selfeval insert 文件.xlsx --preset 指标集 --out 新文件.xlsx …  插入预设指标（selfeval insert --help）',
      '      selfeval fix 文件.xlsx --out 修正后.xlsx          只改正出错的根源单元格（selfeval fix --help）',
      '      selfeval help [命令]  ·  selfeval --version',
      '',
      '检查绩效自评表（基础数据表、整体支出自评表、项目支出自评表）中的计算错误：',
      '执行率、得分、小计、分值合计、总分、按收入/支出性质分等。',
      '可给出文件或文件夹：文件夹会逐层查找其中的 .xlsx、.xlsm 和旧版 .xls（Excel 97–2003）文件。',
      '',
      '选项：',
      '  --format table|json|html  输出格式：table 为终端表格（默认），json 为机器可读，html 为网页',
      '  --report 文件        另写一份汇总报告：.xlsx 为审核用工作簿（每个文件一行，最差的在前；另附问题清单），',
      '                       .html 为可离线打开、可打印的网页（表格中标出问题单元格）；.json、.txt 同 --format',
      '  --out 目录           在该目录写出标注副本：有误的单元格填色（红=错误，黄=警告，蓝=提示）并附批注，数值不作任何改动；',
      '                       保留各文件相对所给文件夹的路径，同名文件互不覆盖；.xls 的副本写成 .xlsx；从不覆盖输入文件',
      '  --jobs N             同时检查的文件数（默认为 CPU 核数）；每个文件在独立的工作线程中检查，一个文件出错不影响其他文件',
      '  --profile 模板        按指定模板读表：national（全国）、hunan（湖南）、sichuan（四川）；默认逐表自动匹配',
      '  --lang zh|en         提示语言（默认 zh）',
      '  -h, --help           显示本帮助',
      '',
      '退出码：0 无错误；1 发现错误；2 有文件无法使用（不存在、没有权限、不是工作簿、已损坏、已加密或超出检查上限），其余文件照常检查',
      '',
      '示例：',
      '  selfeval check 收到的/',
      '  selfeval check 收到的/ --report 汇总.xlsx --out 标注/',
      '  selfeval check 收到的/ --report 汇总.html --jobs 2',
      '  selfeval check 旧模板.xls --profile national',
      '  selfeval check *.xlsx --format json > out.json',
    ].join('\n'),
    unusable: {
      missing: '{file}：找不到该文件',
      'not-a-file': '{file}：不是文件（可能是文件夹）',
      'not-xlsx': '{file}：不是 Excel 工作簿（.xlsx），无法检查',
      encrypted: '{file}：工作簿设有打开密码（已加密）或是旧版 .xls 文件；请去掉密码并另存为 .xlsx 后再检查',
      corrupt: '{file}：工作簿已损坏，无法读取（{detail}）',
    },
    severity: { error: '错误', warning: '警告', info: '提示' },
    kind: TABLE_NAMES.zh,
    columns: ['单元格', '级别', '规则', '应为', '实为', '说明'],
    tablesFound: '识别到 {count} 张表',
    noTables: '未识别到绩效自评表',
    noFindings: '未发现问题',
    moreInfo: '……另有 {count} 条同类提示（{rule}），用 --format json 可查看全部',
    outsideTables: '（表外）',
    fileSummary: '{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    totalSummary:
      '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示，{unusable} 个文件无法读取',
    annotated: '已写出标注副本：{file}',
    usageError: '用法错误：{detail}。运行 selfeval --help 查看用法',
    badOption: '选项 {option} 的值只能是 {allowed}',
    profileOf: '模板 {profile}',
    noFiles: '缺少要检查的文件（例如 selfeval check 收到的/*.xlsx）',
  },
  en: {
    help: [
      'Usage: selfeval check FILE|FOLDER … [--format table|json|html] [--report FILE.xlsx|FILE.html] [--out DIR] [--jobs N] [--profile ID] [--lang zh|en]',
      '       selfeval diff OLD.xlsx NEW.xlsx …   compare a resubmission (selfeval diff --help)',
      '       selfeval new --kind KIND --out FILE.xlsx …   a blank template (selfeval new --help)',
      '       selfeval insert FILE.xlsx --preset ID --out FILE.xlsx …   preset indicator rows (selfeval insert --help)',
      '       selfeval fix FILE.xlsx --out FIXED.xlsx           correct only the root-cause cells (selfeval fix --help)',
      '       selfeval help [COMMAND]  ·  selfeval --version',
      '',
      'Checks budget-performance self-assessment tables (basic data, overall and project self-assessment)',
      'for arithmetic mistakes: execution rates, scores, subtotals, weights, totals, funding breakdowns.',
      'Give files or folders: a folder is walked for .xlsx, .xlsm and legacy .xls (Excel 97-2003) files.',
      '',
      'Options:',
      '  --format table|json|html  output: an aligned table for the terminal (default), JSON, or an HTML page',
      "  --report FILE        also write a summary: .xlsx a reviewer's workbook (one row per file, worst first,",
      '                       and every finding), .html an offline, printable page with each table drawn and',
      '                       its flagged cells coloured; .json, .txt as --format',
      '  --out DIR            write an annotated copy of each file to DIR: cells at fault filled (red error,',
      '                       amber warning) with a note; no value is changed. Paths below the folder given are',
      '                       kept, so same-named files stay apart; .xls copies are .xlsx; inputs never overwritten',
      '  --jobs N             files checked at once (default: the number of CPU cores), each in its own worker;',
      '                       one failing file never stops the others',
      '  --profile ID         read every table with one template profile: national, hunan, sichuan',
      '                       (default: each table is matched to the profile that explains it best)',
      '  --lang zh|en         language of messages (default zh)',
      '  -h, --help           show this help',
      '',
      'Exit status: 0 no errors; 1 errors found; 2 a file could not be used (missing, permission denied, not a',
      'workbook, corrupt, encrypted or beyond the limits); the other files are still checked',
      '',
      'Examples:',
      '  selfeval check received/',
      '  selfeval check received/ --report summary.xlsx --out annotated/',
      '  selfeval check received/ --report summary.html --jobs 2',
      '  selfeval check old-template.xls --profile national',
      '  selfeval check *.xlsx --format json > out.json',
    ].join('\n'),
    unusable: {
      missing: '{file}: file not found',
      'not-a-file': '{file}: not a file (a folder?)',
      'not-xlsx': '{file}: not an Excel workbook (.xlsx); cannot check it',
      encrypted:
        '{file}: the workbook is password-protected (encrypted) or an old .xls file; remove the password and save it as .xlsx, then check again',
      corrupt: '{file}: the workbook is corrupt and cannot be read ({detail})',
    },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    kind: TABLE_NAMES.en,
    columns: ['cell', 'severity', 'rule', 'expected', 'actual', 'message'],
    tablesFound: '{count} table(s) recognised',
    noTables: 'no self-assessment table recognised',
    noFindings: 'no findings',
    moreInfo: '… and {count} more info finding(s) of {rule}; --format json lists them all',
    outsideTables: '(outside the tables)',
    fileSummary: '{errors} error(s), {warnings} warning(s), {infos} info',
    totalSummary:
      '{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} info, {unusable} file(s) unreadable',
    annotated: 'annotated copy written: {file}',
    usageError: 'usage error: {detail}. Run selfeval --help for usage',
    badOption: 'option {option} takes one of {allowed}',
    profileOf: 'profile {profile}',
    noFiles: 'no FILE to check (e.g. selfeval check received/*.xlsx)',
  },
};

export { fillTemplate as say } from '../engine/rules/template';
