// What `selfeval new` and `selfeval insert` say, in zh and en.
import type { Lang } from '../../engine/rules/types';

export interface PresetMessages {
  readonly newHelp: string;
  readonly insertHelp: string;
  readonly usage: string;
  readonly unknown: string;
  readonly exists: string;
  readonly created: string;
  readonly inserted: string;
  readonly noSheet: string;
  readonly noSection: string;
  readonly sameFile: string;
  readonly recheck: string;
  readonly list: string;
  readonly atOrGroup: string;
  readonly badRow: string;
  readonly ambiguousSheet: string;
  readonly missingInput: string;
  readonly missingOut: string;
  readonly newMissingOut: string;
}

export const PRESET_MESSAGES: Readonly<Record<Lang, PresetMessages>> = {
  zh: {
    newHelp: [
      '用法：selfeval new --kind overall-self-eval|project-self-eval|basic-data --out 文件.xlsx',
      '                [--scheme 方案] [--preset 指标集] [--year 年度] [--no-formulas] [--force] [--lang zh|en]',
      '按财政局模板生成空白表：权重方案决定一级指标分值，指标集给出三级指标与年度指标值。--list 列出方案与指标集。',
      '',
      '示例：',
      '  selfeval new --kind overall-self-eval --out 整体支出自评表.xlsx',
      '  selfeval new --kind overall-self-eval --scheme hunan-cost-last --preset petition --year 2024 --out 新表.xlsx',
      '  selfeval new --kind project-self-eval --out 项目支出自评表.xlsx',
      '  selfeval new --list',
    ].join('\n'),
    insertHelp: [
      '用法：selfeval insert 文件.xlsx --sheet 工作表 --preset 指标集 [--at 行号 | --group 一级指标] --out 新文件.xlsx',
      '                [--scheme 方案] [--year 年度] [--lang zh|en]',
      '在绩效指标区插入预设指标行；已有单元格不会被改写（总分公式除外）。--list 列出方案与指标集。',
      '--sheet 可只写工作表名称的开头（如 附件2）；省略时用第一个有绩效指标区的工作表。',
      '年度指标值中的年份取自表头（如“2024年度”），表头没有年份时为上一年；--year 可指定。',
      '',
      '示例：',
      '  selfeval insert 表.xlsx --sheet 附件2 --preset department --group 产出指标 --out 表-插入后.xlsx',
      '  selfeval insert 表.xlsx --preset department --at 18 --out 表-插入后.xlsx',
      '  selfeval insert --list',
    ].join('\n'),
    usage: '参数有误：{detail}',
    unknown: '未知的{what}：{value}（可选：{allowed}）',
    exists: '{file} 已存在；如需覆盖请加 --force',
    created: '已生成 {file}（工作表“{sheet}”）',
    inserted: '已在“{sheet}”第 {row} 行起插入 {count} 行，写入 {file}',
    noSheet: '找不到工作表“{sheet}”（现有：{sheets}）',
    noSection: '工作表“{sheet}”中没有识别到绩效指标区',
    sameFile: '--out 指向输入文件本身；输入文件从不覆盖，请另选输出文件',
    recheck: '插入后复核：错误 {after} 条（插入前 {before} 条）',
    list: '权重方案：\n{schemes}\n指标集：\n{presets}',
    atOrGroup: '--at 与 --group 只能选一个：--at 指定行号，--group 指定一级指标',
    badRow: '--at 的值“{value}”不是行号；请写 Excel 左侧显示的行号，如 --at 18',
    ambiguousSheet: '“{sheet}”可指多个工作表：{sheets}；请写出完整名称',
    missingInput:
      '缺少要插入的工作簿（例如 selfeval insert 表.xlsx --preset department --out 表-插入后.xlsx）',
    missingOut: '缺少 --out 新文件.xlsx：插入结果另存为新文件，原文件不改动',
    newMissingOut: '缺少 --out 文件.xlsx：生成的空白表要写到哪个文件（例如 --out 整体支出自评表.xlsx）',
  },
  en: {
    newHelp: [
      'Usage: selfeval new --kind overall-self-eval|project-self-eval|basic-data --out FILE.xlsx',
      '                    [--scheme ID] [--preset ID] [--year YEAR] [--no-formulas] [--force] [--lang zh|en]',
      "Writes a blank table laid out like the finance bureau's template; --list shows schemes and presets.",
      '',
      'Examples:',
      '  selfeval new --kind overall-self-eval --out overall.xlsx',
      '  selfeval new --kind overall-self-eval --scheme hunan-cost-last --preset petition --year 2024 --out new.xlsx',
      '  selfeval new --kind project-self-eval --out project.xlsx --lang en',
      '  selfeval new --list',
    ].join('\n'),
    insertHelp: [
      'Usage: selfeval insert FILE.xlsx --sheet NAME --preset ID [--at ROW | --group NAME] --out FILE.xlsx',
      '                       [--scheme ID] [--year YEAR] [--lang zh|en]',
      'Inserts preset indicator rows into the 绩效指标 section; existing cells are never overwritten (the 总分 formula aside).',
      '--sheet may give just the start of the sheet name (附件2); without it, the first sheet with indicators is used.',
      "Targets' year comes from the table's title (2024年度…), else last year; --year overrides it.",
      '',
      'Examples:',
      '  selfeval insert table.xlsx --sheet 附件2 --preset department --group output --out table-new.xlsx',
      '  selfeval insert table.xlsx --preset department --at 18 --out table-new.xlsx',
      '  selfeval insert --list',
    ].join('\n'),
    usage: 'Bad arguments: {detail}',
    unknown: 'Unknown {what}: {value} (one of: {allowed})',
    exists: '{file} exists; add --force to overwrite it',
    created: 'Created {file} (sheet “{sheet}”)',
    inserted: 'Inserted {count} rows into “{sheet}” from row {row}; wrote {file}',
    noSheet: 'No sheet “{sheet}” (sheets: {sheets})',
    noSection: 'No 绩效指标 section recognised in sheet “{sheet}”',
    sameFile: '--out points at the input file; inputs are never overwritten, so choose another output file',
    recheck: 'Re-check after inserting: {after} errors (before: {before})',
    list: 'Weight schemes:\n{schemes}\nIndicator presets:\n{presets}',
    atOrGroup: 'give either --at (a row number) or --group (a first-level group), not both',
    badRow: '--at "{value}" is not a row number; give the row number Excel shows, e.g. --at 18',
    ambiguousSheet: '"{sheet}" could be several sheets: {sheets}; write the full name',
    missingInput:
      'no workbook to insert into (e.g. selfeval insert table.xlsx --preset department --out new.xlsx)',
    missingOut: 'missing --out FILE.xlsx: the result is saved as a new file, the input is left as it was',
    newMissingOut: 'missing --out FILE.xlsx: the file to write the blank table to (e.g. --out overall.xlsx)',
  },
};
