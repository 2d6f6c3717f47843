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
}

export const PRESET_MESSAGES: Readonly<Record<Lang, PresetMessages>> = {
  zh: {
    newHelp: [
      '用法：selfeval new --kind overall-self-eval|project-self-eval|basic-data --out 文件.xlsx',
      '                [--scheme 方案] [--preset 指标集] [--year 年度] [--no-formulas] [--force] [--lang zh|en]',
      '按财政局模板生成空白表：权重方案决定一级指标分值，指标集给出三级指标与年度指标值。--list 列出方案与指标集。',
    ].join('\n'),
    insertHelp: [
      '用法：selfeval insert 文件.xlsx --sheet 工作表 --preset 指标集 [--at 行号 | --group 一级指标] --out 新文件.xlsx',
      '                [--scheme 方案] [--year 年度] [--lang zh|en]',
      '在绩效指标区插入预设指标行；已有单元格不会被改写（总分公式除外）。--list 列出方案与指标集。',
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
  },
  en: {
    newHelp: [
      'Usage: selfeval new --kind overall-self-eval|project-self-eval|basic-data --out FILE.xlsx',
      '                    [--scheme ID] [--preset ID] [--year YEAR] [--no-formulas] [--force] [--lang zh|en]',
      "Writes a blank table laid out like the finance bureau's template; --list shows schemes and presets.",
    ].join('\n'),
    insertHelp: [
      'Usage: selfeval insert FILE.xlsx --sheet NAME --preset ID [--at ROW | --group NAME] --out FILE.xlsx',
      '                       [--scheme ID] [--year YEAR] [--lang zh|en]',
      'Inserts preset indicator rows into the 绩效指标 section; existing cells are never overwritten (the 总分 formula aside).',
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
  },
};
