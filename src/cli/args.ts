// Option parsing for every command, with our own messages: Node's parser errors are English sentences that
// would land inside Chinese output, and say nothing about what was probably meant.
import { parseArgs } from 'node:util';
import type { Lang } from '../engine/rules/types';
import { say } from './messages';
import { closest } from './suggest';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly default?: string | boolean;
  /** What the value is, for "--out needs a value (DIR)". */
  readonly value?: Readonly<Record<Lang, string>>;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type ParsedValues = Record<string, string | boolean | undefined>;

export type ParseResult =
  | { readonly ok: true; readonly values: ParsedValues; readonly positionals: string[] }
  | { readonly ok: false; readonly message: string };

const TEXT: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: {
    unknown: '未知选项 {option}',
    didYouMean: '；是不是要输入 {suggestion}？',
    missing: '选项 {option} 缺少取值{what}',
    noValue: '选项 {option} 不带取值（写成 {option} 即可）',
    positional: '多余的参数：{value}',
    seeHelp: '运行 selfeval {command} --help 查看用法和示例',
  },
  en: {
    unknown: 'unknown option {option}',
    didYouMean: '; did you mean {suggestion}?',
    missing: 'option {option} needs a value{what}',
    noValue: 'option {option} takes no value (write just {option})',
    positional: 'unexpected argument: {value}',
    seeHelp: 'Run selfeval {command} --help for usage and examples',
  },
};

/** The language asked for anywhere on the line (`--lang en`, `-l en`, `--lang=en`), before anything is parsed. */
export function langIn(argv: readonly string[]): Lang {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--') break;
    if ((arg === '--lang' || arg === '-l') && argv[k + 1] === 'en') return 'en';
    if (arg === '--lang=en' || arg === '-len') return 'en';
  }
  return 'zh';
}

export function parseCommandLine(
  argv: readonly string[],
  options: OptionSpecs,
  context: { command: string; lang: Lang; positionals: boolean },
): ParseResult {
  const t = TEXT[context.lang];
  const fail = (message: string): ParseResult => {
    const question = /[？?]$/.test(message);
    const joint = context.lang === 'zh' ? (question ? '' : '。') : question ? ' ' : '. ';
    const help = say(t.seeHelp, { command: context.command }).replace('selfeval  ', 'selfeval ');
    return { ok: false, message: message + joint + help };
  };
  const { tokens, values, positionals } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(options).map(([name, spec]) => [
        name,
        { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const longNames = Object.keys(options).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind === 'positional' && !context.positionals)
      return fail(say(t.positional, { value: token.value }));
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) {
      const suggestion = token.rawName.startsWith('--') ? closest(token.rawName, longNames) : undefined;
      return fail(
        say(t.unknown, { option: token.rawName }) + (suggestion ? say(t.didYouMean, { suggestion }) : ''),
      );
    }
    const what = spec.value ? `（${spec.value[context.lang]}）` : '';
    const shownWhat = context.lang === 'en' && spec.value ? ` (${spec.value.en})` : what;
    if (spec.type === 'string') {
      const value = token.value;
      if (value === undefined || (!token.inlineValue && value.startsWith('--')))
        return fail(say(t.missing, { option: token.rawName, what: shownWhat }));
    } else if (token.value !== undefined) {
      return fail(say(t.noValue, { option: token.rawName }));
    }
  }
  const withDefaults: ParsedValues = {};
  for (const [name, spec] of Object.entries(options)) {
    const value = values[name];
    withDefaults[name] = value !== undefined ? value : spec.default;
  }
  return { ok: true, values: withDefaults, positionals };
}

/** An enumerated value's error: what was given, the values allowed, and the likely one. */
export function badValueMessage(
  lang: Lang,
  option: string,
  value: string | undefined,
  allowed: readonly string[],
): string {
  const suggestion = value ? closest(value, allowed) : undefined;
  if (lang === 'zh') {
    const head = value ? `选项 ${option} 的值“${value}”无效` : `缺少选项 ${option}`;
    return `${head}；可选：${allowed.join('、')}${suggestion ? `；是不是要输入 ${suggestion}？` : ''}`;
  }
  const head = value ? `option ${option}: "${value}" is not valid` : `missing option ${option}`;
  return `${head}; one of: ${allowed.join(', ')}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
}
