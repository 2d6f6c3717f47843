// What `selfeval diff` says, in zh and en.
import type { Lang } from '../../engine/rules/types';

export interface DiffMessages {
  readonly help: string;
  readonly heading: string;
  readonly corrected: string;
  readonly open: string;
  readonly added: string;
  readonly changes: string;
  readonly none: string;
  readonly summary: string;
  readonly needTwo: string;
  readonly changeColumns: readonly [sheet: string, cell: string, before: string, after: string];
  readonly status: { readonly corrected: string; readonly open: string; readonly added: string };
  readonly statusColumn: string;
  readonly findingsSheet: string;
  readonly changesSheet: string;
}

export const DIFF_MESSAGES: Readonly<Record<Lang, DiffMessages>> = {
  zh: {
    help: [
      '用法：selfeval diff 旧.xlsx 新.xlsx [--format table|json] [--report 对比.xlsx|对比.html|对比.json] [--lang zh|en]',
      '',
      '比较单位退回后重报的表与原表：哪些问题已改正、哪些仍未改正、哪些是新出现的，以及已识别表格中逐个单元格的数值变化。',
      '',
      '选项：',
      '  --format table|json  输出格式（默认 table）',
      '  --report 文件        另写一份对比报告（.xlsx、.html、.json 或 .txt）',
      '  --lang zh|en         提示语言（默认 zh）',
      '',
      '退出码：0 没有未改正或新出现的错误、警告；1 仍有；2 有文件无法读取',
      '',
      '示例：',
      '  selfeval diff 第一次/教育局.xlsx 第二次/教育局.xlsx',
      '  selfeval diff 旧.xlsx 新.xlsx --format json',
      '  selfeval diff 旧.xlsx 新.xlsx --report 对比.xlsx',
    ].join('\n'),
    heading: '{old} → {new}',
    corrected: '已改正（{count}）',
    open: '仍未改正（{count}）',
    added: '新出现（{count}）',
    changes: '数值变化（{count} 个单元格）',
    none: '无',
    summary: '已改正 {corrected} 条，仍未改正 {open} 条，新出现 {added} 条，{changes} 个单元格有变化',
    needTwo: '需要两个文件：旧表和重报的新表（例如 selfeval diff 旧.xlsx 新.xlsx）',
    changeColumns: ['工作表', '单元格', '原值', '新值'],
    status: { corrected: '已改正', open: '仍未改正', added: '新出现' },
    statusColumn: '状态',
    findingsSheet: '问题对比',
    changesSheet: '数值变化',
  },
  en: {
    help: [
      'Usage: selfeval diff OLD.xlsx NEW.xlsx [--format table|json] [--report FILE.xlsx|.html|.json] [--lang zh|en]',
      '',
      "Compares a unit's resubmission with the file it replaces: findings corrected, still open and new, and the",
      'cells of the recognised tables that changed.',
      '',
      'Options:',
      '  --format table|json  output (default table)',
      '  --report FILE        also write the comparison to a file (.xlsx, .html, .json or .txt)',
      '  --lang zh|en         language of messages (default zh)',
      '',
      'Exit status: 0 no error or warning is still open or new; 1 some are; 2 a file could not be read',
      '',
      'Examples:',
      '  selfeval diff first/education.xlsx second/education.xlsx',
      '  selfeval diff old.xlsx new.xlsx --format json',
      '  selfeval diff old.xlsx new.xlsx --report diff.xlsx --lang en',
    ].join('\n'),
    heading: '{old} → {new}',
    corrected: 'Corrected ({count})',
    open: 'Still open ({count})',
    added: 'New ({count})',
    changes: 'Changed cells ({count})',
    none: 'none',
    summary: '{corrected} corrected, {open} still open, {added} new, {changes} cell(s) changed',
    needTwo: 'needs two files: the old one and the resubmission (e.g. selfeval diff old.xlsx new.xlsx)',
    changeColumns: ['sheet', 'cell', 'before', 'after'],
    status: { corrected: 'corrected', open: 'still open', added: 'new' },
    statusColumn: 'status',
    findingsSheet: 'Findings',
    changesSheet: 'Changed cells',
  },
};
