// The preview page's own words (its header around the real pane); the pane keeps its catalogue.
import { fillTemplate } from '../engine/check';
import type { Lang } from '../engine/rules/types';

const zh = {
  title: 'selfeval 试用',
  about: '右侧是真实的任务窗格，运行在浏览器模拟的 Excel 工作簿上。文件只在本机浏览器中读取，不会上传。',
  sample: '示例工作簿',
  openOwn: '打开自己的 .xlsx',
  dropHint: '也可以把 .xlsx 文件拖到表格上。',
  dropHere: '松开以打开此工作簿',
  loading: '正在读取 {name}…',
  loaded: '已打开 {name}。',
  failed: '无法读取 {name}：{detail}',
  notXlsx: '{name} 不是 .xlsx 文件（.xls 请先在 Excel 或 WPS 中另存为 .xlsx）。',
  ownFile: '自己的文件：{name}',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Try selfeval',
  about:
    'On the right is the real task pane, working on a workbook simulated in your browser. Files are read in this browser only; nothing is uploaded.',
  sample: 'Sample workbook',
  openOwn: 'Open your own .xlsx',
  dropHint: 'Or drop an .xlsx file on the sheet.',
  dropHere: 'Drop to open this workbook',
  loading: 'Reading {name}…',
  loaded: 'Opened {name}.',
  failed: 'Could not read {name}: {detail}',
  notXlsx: '{name} is not an .xlsx file (save an .xls as .xlsx in Excel or WPS first).',
  ownFile: 'Your file: {name}',
};

export function previewText(lang: Lang, key: Key, data: Readonly<Record<string, string>> = {}): string {
  return fillTemplate((lang === 'en' ? en : zh)[key], data);
}
