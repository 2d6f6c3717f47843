// An error's detail for a message in the run's language. Node's system errors ("EACCES: permission denied, open
// '…'") are English sentences: a common code is put in words in either language, any other is named by its code in
// a zh line, and our own program errors are English text too, so a zh line says only that the program failed
// (the en line keeps the text, for a report to the developers).
import type { Lang } from '../engine/rules/types';

/** Common system error codes in words. */
const SYSTEM_ERRORS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  EACCES: { zh: '没有写入或读取的权限', en: 'permission denied' },
  EPERM: {
    zh: '操作不被允许（文件可能被占用或只读）',
    en: 'operation not permitted (the file may be in use or read-only)',
  },
  EBUSY: { zh: '文件正被其他程序占用', en: 'the file is in use by another program' },
  ENOSPC: { zh: '磁盘空间已满', en: 'no space left on the disk' },
  EDQUOT: { zh: '磁盘配额已用完', en: 'disk quota exceeded' },
  EROFS: { zh: '磁盘只读', en: 'read-only file system' },
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EISDIR: { zh: '该位置是一个文件夹', en: 'a folder stands there' },
  EEXIST: { zh: '该位置已有文件', en: 'a file already exists there' },
  ENAMETOOLONG: { zh: '文件名或路径过长', en: 'file name or path too long' },
  EIO: { zh: '磁盘或网络读写出错', en: 'input/output error' },
  EMFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  ETIMEDOUT: { zh: '网络读取超时', en: 'network read timed out' },
};

/** The system error code an error carries (EACCES …), if any. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A system error code in words (a common one) or named, in `lang`. */
export function systemErrorText(code: string, lang: Lang): string {
  const known = SYSTEM_ERRORS[code];
  if (known) return lang === 'zh' ? `${known.zh}，错误代码 ${code}` : `${known.en}, ${code}`;
  return lang === 'zh' ? `系统报错，错误代码 ${code}` : `system error ${code}`;
}

/** One short detail for `error` in `lang`. */
export function errorDetail(error: unknown, lang: Lang): string {
  const code = systemErrorCode(error);
  if (code) return systemErrorText(code, lang);
  if (lang === 'zh') return '程序出错';
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 200);
}
