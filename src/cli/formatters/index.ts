// Every output format, by id. A new format is one file here and one line below.
import { htmlFormatter } from './html';
import { jsonFormatter } from './json';
import { tableFormatter } from './table';
import type { FormatId, Formatter } from './types';
import { xlsxFormatter } from './xlsx';

export const FORMATTERS: Readonly<Record<FormatId, Formatter>> = {
  table: tableFormatter,
  json: jsonFormatter,
  html: htmlFormatter,
  xlsx: xlsxFormatter,
};

export const FORMAT_IDS = Object.keys(FORMATTERS) as FormatId[];

/** The format a report file's name asks for (汇总.xlsx → xlsx), if any. */
export function formatterForFile(file: string): Formatter | undefined {
  const lower = file.toLowerCase();
  return Object.values(FORMATTERS).find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}

export type { FormatContext, FormatId, Formatter } from './types';
