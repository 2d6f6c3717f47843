// The note a marked cell carries, in the clerk's language: per finding its severity and rule, the message, and
// expected vs actual. The add-in's notes and the CLI's annotated copies both use it.
import { fillTemplate } from '../engine/check';
import type { Finding, Lang, Severity } from '../engine/rules/types';

export const NOTE_MARKER = '[selfeval]';

interface NoteWords {
  readonly severity: Readonly<Record<Severity, string>>;
  /** A consequence of a root cell's mistake (see marking.ts). */
  readonly consequence: string;
  readonly header: string;
  readonly values: string;
}

const WORDS: Readonly<Record<Lang, NoteWords>> = {
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示' },
    consequence: '连带',
    header: `${NOTE_MARKER} {severity}（{rule}）`,
    values: '应为 {expected}，实为 {actual}',
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    consequence: 'consequence',
    header: `${NOTE_MARKER} {severity} ({rule})`,
    values: 'expected {expected}, actual {actual}',
  },
};

export function noteText(findings: readonly Finding[], lang: Lang): string {
  const words = WORDS[lang];
  return findings
    .map((finding) => {
      const lines = [
        fillTemplate(words.header, {
          severity: finding.role === 'consequence' ? words.consequence : words.severity[finding.severity],
          rule: finding.rule,
        }),
        finding.message,
      ];
      if (finding.expected !== null || finding.actual !== null)
        lines.push(
          fillTemplate(words.values, { expected: finding.expected ?? '—', actual: finding.actual ?? '—' }),
        );
      return lines.join('\n');
    })
    .join('\n\n');
}
