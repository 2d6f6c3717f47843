// `--report FILE`: the format named by the file's ending, written next to nothing else, never over an input.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../engine/rules/types';
import { FORMATTERS, formatterForFile, type Formatter } from '../formatters';
import type { FileOutcome } from './outcome';

const TEXT: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: {
    unknownKind: '无法从文件名 {file} 判断报告格式；请使用 {endings} 结尾',
    written: '已写出汇总报告：{file}',
    failed: '无法写出汇总报告 {file}：{detail}',
    isInput: '--report 指向了待检查的文件 {file}；请另选文件名',
  },
  en: {
    unknownKind: 'cannot tell the report format from {file}; end the name in {endings}',
    written: 'summary report written: {file}',
    failed: 'could not write the summary report {file}: {detail}',
    isInput: '--report points at an input file, {file}; choose another name',
  },
};

export function reportText(lang: Lang, key: string, data: Record<string, string>): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, k: string) => data[k] ?? whole);
}

/** The formatter for a `--report` path, or the message saying which endings are understood. */
export function reportFormatter(file: string, lang: Lang): Formatter | string {
  const formatter = formatterForFile(file);
  if (formatter) return formatter;
  // The reviewer's two formats first.
  const endings = [FORMATTERS.xlsx, FORMATTERS.html, FORMATTERS.json, FORMATTERS.table]
    .flatMap((f) => f.extensions)
    .join(lang === 'zh' ? '、' : ', ');
  return reportText(lang, 'unknownKind', { file, endings });
}

/** Writes the report; returns the message to show (written, or why not). */
export async function writeReport(
  file: string,
  formatter: Formatter,
  outcomes: readonly FileOutcome[],
  lang: Lang,
): Promise<{ ok: boolean; message: string }> {
  try {
    const body = await formatter.format(outcomes, { lang, reportPath: file });
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, body);
    return { ok: true, message: reportText(lang, 'written', { file }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: reportText(lang, 'failed', { file, detail }) };
  }
}
