// What `selfeval fix` says, in zh and en.
import type { Lang } from '../../engine/rules/types';

export interface FixMessages {
  readonly help: string;
  readonly usage: string;
  readonly sameFile: string;
  readonly outExists: string;
  readonly noChanges: string;
  /** How a blank cell's old value reads in a change line. */
  readonly blank: string;
  readonly change: string;
  readonly changeFormula: string;
  readonly recalculated: string;
  readonly written: string;
  readonly remaining: string;
  readonly remainingLine: string;
  readonly clean: string;
  readonly unresolved: Readonly<Record<'tie' | 'needs-value' | 'by-hand' | 'no-solution', string>>;
}

export const FIX_MESSAGES: Readonly<Record<Lang, FixMessages>> = {
  zh: {
    help: [
      '用法：selfeval fix 文件.xlsx --out 修正后.xlsx [--lang zh|en] [--force]',
      '',
      '找出最少的出错单元格（根源），只改正这些单元格，写出修正后的副本；原文件不作任何改动。',
      '由根源引起的其他不符（如合计随之不符）不单独改写；公式单元格不会被写成常量，公式漏项时改为补全的公式。',
      '多种改法同样可能时不作猜测，留待人工核对。',
      '',
      '  --out 文件     修正后的副本（必填，不能是输入文件本身）',
      '  --force        副本已存在时覆盖它',
      '  --lang zh|en   提示语言（默认 zh）',
      '',
      '退出码：0 修正后复查无错误；1 仍有须人工处理的错误；2 文件无法读取或用法错误',
      '',
      '示例：',
      '  selfeval fix 表.xlsx --out 表-修正后.xlsx',
      '  selfeval fix 收到的/教育局.xlsx --out 修正/教育局.xlsx --force',
    ].join('\n'),
    usage: '用法错误：{detail}。运行 selfeval fix --help 查看用法',
    sameFile: '--out 不能是输入文件本身：selfeval 从不覆盖原文件',
    outExists: '{file} 已存在；换一个文件名，或加 --force 覆盖',
    noChanges: '没有可自动修正的单元格',
    blank: '（空白）',
    change: '  {sheet}!{cell}  {old} → {new}  （{rule}）',
    changeFormula: '  {sheet}!{cell}  {old} → {new}  （{rule}，补全公式）',
    recalculated: '  {sheet}!{cell}  公式结果随之变为 {value}',
    written: '已写出修正后的副本：{file}（改动 {count} 个单元格）',
    remaining: '复查：仍有 {count} 个错误须人工处理：',
    remainingLine: '  {sheet}!{cell}  {rule}  {message}',
    clean: '复查：修正后未发现错误',
    unresolved: {
      tie: '  {sheet}：{cells} 有多种同样少的改法（{options}），未作修正',
      'needs-value': '  {sheet}：{cells} 有误，但正确值须人工确定',
      'by-hand': '  {sheet}：{cells} 应为 {expected}，但该数字写在文字或无法识别的公式中，请手工改正',
      'no-solution': '  {sheet}：{cells} 找不到可靠的自动修正',
    },
  },
  en: {
    help: [
      'Usage: selfeval fix FILE.xlsx --out FIXED.xlsx [--lang zh|en] [--force]',
      '',
      'Finds the fewest cells that explain every mismatch (the root causes), corrects only those, and writes a',
      'corrected copy; the input file is never changed. Mismatches that follow from a root (a total that is off',
      'because one of its parts is) are not rewritten; a formula is never replaced by a constant: a formula that',
      'leaves out a term is corrected as a formula. When several corrections are equally likely nothing is guessed.',
      '',
      '  --out FILE     the corrected copy (required; never the input itself)',
      '  --force        overwrite FILE when it exists',
      '  --lang zh|en   language of messages (default zh)',
      '',
      'Exit status: 0 the corrected copy checks without errors; 1 errors needing a person remain; 2 unreadable file or usage error',
      '',
      'Examples:',
      '  selfeval fix table.xlsx --out table-fixed.xlsx',
      '  selfeval fix received/education.xlsx --out fixed/education.xlsx --force --lang en',
    ].join('\n'),
    usage: 'usage error: {detail}. Run selfeval fix --help for usage',
    sameFile: '--out cannot be the input file itself: selfeval never overwrites the original',
    outExists: '{file} exists; choose another name, or add --force to overwrite it',
    noChanges: 'nothing can be corrected automatically',
    blank: '(blank)',
    change: '  {sheet}!{cell}  {old} → {new}  ({rule})',
    changeFormula: '  {sheet}!{cell}  {old} → {new}  ({rule}, formula completed)',
    recalculated: '  {sheet}!{cell}  formula result becomes {value}',
    written: 'corrected copy written: {file} ({count} cell(s) changed)',
    remaining: 'Re-check: {count} error(s) need a person:',
    remainingLine: '  {sheet}!{cell}  {rule}  {message}',
    clean: 'Re-check: no errors after the corrections',
    unresolved: {
      tie: '  {sheet}: {cells} — several equally small corrections ({options}); not corrected',
      'needs-value': '  {sheet}: {cells} is wrong, but its right value needs a person',
      'by-hand':
        '  {sheet}: {cells} should be {expected}, but its figure sits inside text or a formula we cannot read; correct it by hand',
      'no-solution': '  {sheet}: {cells} — no reliable automatic correction',
    },
  },
};
