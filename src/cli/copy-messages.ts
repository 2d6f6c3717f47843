// What the command line says about writing copies (annotated, inserted), in zh and en.
import type { Lang } from '../engine/rules/types';

export type CopyFailure =
  'out-not-a-folder' | 'collides-with-input' | 'is-an-input' | 'cannot-write' | 'cannot-edit' | 'crashed';

export const COPY_MESSAGES: Readonly<Record<Lang, Readonly<Record<CopyFailure, string>>>> = {
  zh: {
    'out-not-a-folder': '{file}：无法写出标注副本：--out 指定的 {detail} 不是文件夹',
    'collides-with-input': '{file}：无法写出标注副本：{detail} 处的文件都是输入文件，不会覆盖',
    'is-an-input': '{file}：未写出副本：{detail} 是输入文件，输入文件从不覆盖',
    'cannot-write': '{file}：无法写出副本（{detail}）',
    'cannot-edit': '{file}：无法在副本中标注（{detail}）；原文件未改动',
    crashed: '{file}：检查时出错（{detail}）；其余文件照常检查',
  },
  en: {
    'out-not-a-folder': '{file}: no annotated copy written: --out {detail} is not a folder',
    'collides-with-input':
      '{file}: no annotated copy written: every candidate name at {detail} is an input file',
    'is-an-input': '{file}: no copy written: {detail} is an input file, and inputs are never overwritten',
    'cannot-write': '{file}: the copy could not be written ({detail})',
    'cannot-edit': '{file}: the copy could not be annotated ({detail}); the original is untouched',
    crashed: '{file}: checking failed ({detail}); the other files are checked as usual',
  },
};
