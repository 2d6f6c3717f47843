// `selfeval help [COMMAND]`, and what an unknown command gets: the closest command and the list.
import type { Lang } from '../../engine/rules/types';
import { langIn } from '../args';
import { MESSAGES } from '../messages';
import type { CliIo } from '../run';
import { closest } from '../suggest';
import { DIFF_MESSAGES } from './diff-messages';
import { FIX_MESSAGES } from './fix-messages';
import { PRESET_MESSAGES } from './preset-messages';

export const COMMANDS = ['check', 'diff', 'fix', 'new', 'insert', 'help'] as const;

const HELP: Readonly<Record<(typeof COMMANDS)[number], (lang: Lang) => string>> = {
  check: (lang) => MESSAGES[lang].help,
  diff: (lang) => DIFF_MESSAGES[lang].help,
  fix: (lang) => FIX_MESSAGES[lang].help,
  new: (lang) => PRESET_MESSAGES[lang].newHelp,
  insert: (lang) => PRESET_MESSAGES[lang].insertHelp,
  help: (lang) => MESSAGES[lang].help,
};

export async function runHelp(argv: readonly string[], io: CliIo): Promise<number> {
  const explicitLang = argv.some((a) => a === '--lang' || a === '-l' || a.startsWith('--lang='));
  const lang = langIn(argv);
  const topic = argv.find((a, k) => !a.startsWith('-') && argv[k - 1] !== '--lang' && argv[k - 1] !== '-l');
  const known = COMMANDS.find((c) => c === topic);
  if (topic !== undefined && !known) {
    io.stderr(unknownCommand(topic, lang));
    return 2;
  }
  const show = HELP[known ?? 'check'];
  // Without --lang, help is shown in both languages.
  io.stdout(explicitLang ? show(lang) : `${show('zh')}\n\n${show('en')}`);
  return 0;
}

export function unknownCommand(command: string | undefined, lang: Lang): string {
  const suggestion = command ? closest(command, COMMANDS) : undefined;
  const list = COMMANDS.join(lang === 'zh' ? '、' : ', ');
  if (lang === 'zh')
    return (
      `未知命令“${command ?? ''}”` +
      (suggestion ? `；是不是要输入 selfeval ${suggestion}？` : '') +
      `（可用命令：${list}；运行 selfeval help 查看用法）`
    );
  return (
    `unknown command "${command ?? ''}"` +
    (suggestion ? `; did you mean selfeval ${suggestion}?` : '') +
    ` (commands: ${list}; run selfeval help for usage)`
  );
}
