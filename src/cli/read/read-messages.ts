// Why a file could not be checked, in zh and en: one sentence naming the file and the real reason, its figures
// written in the run's language (a refusal arrives as data: limits.ts RefusalCause). The only Latin left in a zh
// line is what is a name or a unit: the file, a sheet or part name, a cell range, MB.
import type { Lang } from '../../engine/rules/types';
import { systemErrorText } from '../error-text';
import type { WorkerFailure } from '../batch/check-file';
import type { FileKind } from './identify';
import type { RefusalCause } from './limits';
import type { ReadFailure } from './read-grids';

const KIND_NAMES: Readonly<
  Record<Lang, Readonly<Record<Exclude<FileKind, 'xlsx' | 'xls' | 'encrypted'>, string>>>
> = {
  zh: {
    xlsb: 'Excel 二进制工作簿（.xlsb）',
    ods: 'OpenDocument 电子表格（.ods）',
    odf: 'OpenDocument 文档（.odt/.odp 等）',
    docx: 'Word 文档（.docx）',
    pptx: 'PowerPoint 演示文稿（.pptx）',
    doc: 'Word 97-2003 文档（.doc）',
    ppt: 'PowerPoint 97-2003 演示文稿（.ppt）',
    ole: '不含工作簿的 OLE 复合文档',
    zip: '不含工作簿的 zip 压缩包',
    pdf: 'PDF 文件',
    text: '文本文件（如 .csv/.txt）',
    unknown: '无法识别的文件',
  },
  en: {
    xlsb: 'an Excel binary workbook (.xlsb)',
    ods: 'an OpenDocument spreadsheet (.ods)',
    odf: 'an OpenDocument document (.odt/.odp …)',
    docx: 'a Word document (.docx)',
    pptx: 'a PowerPoint presentation (.pptx)',
    doc: 'a Word 97-2003 document (.doc)',
    ppt: 'a PowerPoint 97-2003 presentation (.ppt)',
    ole: 'an OLE compound file with no workbook',
    zip: 'a zip archive with no workbook inside',
    pdf: 'a PDF file',
    text: 'a text file (.csv/.txt …)',
    unknown: 'an unrecognised file',
  },
};

const SAVE_AS: Readonly<Record<Lang, string>> = {
  zh: '请用 Excel 或 WPS 另存为 .xlsx 后再检查',
  en: 'save it as .xlsx in Excel or WPS, then check again',
};

/** One line for a file that could not be checked; `file` is already made safe for the terminal. */
export function describeFailure(file: string, failure: ReadFailure | WorkerFailure, lang: Lang): string {
  const zh = lang === 'zh';
  switch (failure.reason) {
    case 'missing':
      return zh ? `${file}：找不到该文件` : `${file}: file not found`;
    case 'not-a-file':
      return zh ? `${file}：不是文件` : `${file}: not a file`;
    case 'permission-denied':
      return zh ? `${file}：没有读取权限（permission denied）` : `${file}: permission denied`;
    case 'encrypted':
      return zh
        ? `${file}：工作簿设有打开密码（已加密）；请去掉密码后再检查`
        : `${file}: the workbook is password-protected (encrypted); remove the password, then check again`;
    case 'wrong-type':
      return zh
        ? `${file}：这是${KIND_NAMES.zh[failure.kind as keyof (typeof KIND_NAMES)['zh']] ?? KIND_NAMES.zh.unknown}，不是 Excel 工作簿；${SAVE_AS.zh}`
        : `${file}: this is ${KIND_NAMES.en[failure.kind as keyof (typeof KIND_NAMES)['en']] ?? KIND_NAMES.en.unknown}, not an Excel workbook; ${SAVE_AS.en}`;
    case 'too-large':
      return zh
        ? `${file}：文件超出检查上限，未检查（${describeCause(failure.cause, lang)}）`
        : `${file}: beyond what selfeval checks, not checked (${describeCause(failure.cause, lang)})`;
    case 'corrupt':
      return zh
        ? `${file}：工作簿已损坏，无法读取（${describeCause(failure.cause, lang)}）`
        : `${file}: the workbook is corrupt and cannot be read (${describeCause(failure.cause, lang)})`;
    case 'out-of-memory':
    case 'timed-out':
    case 'crashed':
      return describeWorkerFailure(file, workerCause(failure), lang);
  }
}

const MEGABYTE = 1024 * 1024;
const mb = (bytes: number) => Math.ceil(bytes / MEGABYTE);

/** What was refused and how much, in the run's language (no file name: the caller puts it in front). */
export function describeCause(cause: RefusalCause, lang: Lang): string {
  const zh = lang === 'zh';
  switch (cause.kind) {
    case 'file-size':
      return zh
        ? `文件 ${mb(cause.bytes)} MB，上限 ${mb(cause.limitBytes)} MB`
        : `${mb(cause.bytes)} MB, limit ${mb(cause.limitBytes)} MB`;
    case 'part-size':
      if (cause.bytes === undefined)
        return zh
          ? `${cause.part} 解压后超过 ${mb(cause.limitBytes)} MB 的上限（实际比文件声明的大）`
          : `${cause.part}: more than ${mb(cause.limitBytes)} MB uncompressed (it declares less), limit ${mb(cause.limitBytes)} MB`;
      return zh
        ? `${cause.part} 解压后 ${mb(cause.bytes)} MB，上限 ${mb(cause.limitBytes)} MB`
        : `${cause.part}: ${mb(cause.bytes)} MB uncompressed, limit ${mb(cause.limitBytes)} MB`;
    case 'zip64':
      return zh
        ? '压缩包超过 65535 个部件或 4 GB，不是报表模板'
        : 'a zip64 archive (over 65535 parts or 4 GB), not a report template';
    case 'sheet-cells':
      if (cause.cells === undefined)
        return zh
          ? `工作表“${cause.sheet}”超过 ${cause.limit} 个单元格的上限`
          : `${cause.sheet}: more than ${cause.limit} cells`;
      return zh
        ? `工作表“${cause.sheet}”有 ${cause.cells} 个单元格，上限 ${cause.limit} 个`
        : `${cause.sheet}: ${cause.cells} cells, limit ${cause.limit}`;
    case 'merged-area':
      return zh
        ? `工作表“${cause.sheet}”的合并区域 ${cause.ref} 含 ${cause.cells} 个单元格，上限 ${cause.limit} 个`
        : `${cause.sheet}: merged area ${cause.ref}, ${cause.cells} cells, limit ${cause.limit}`;
    case 'merged-cells':
      return zh
        ? `工作表“${cause.sheet}”合并的单元格超过 ${cause.limit} 个的上限`
        : `${cause.sheet}: more than ${cause.limit} merged cells`;
    case 'zip-directory':
      return zh ? '压缩包目录已损坏' : 'damaged zip directory';
    case 'no-zip-directory':
      return zh ? '找不到压缩包目录，文件可能不完整' : 'no zip directory: the file may be incomplete';
    case 'zip-entry':
      return zh ? `部件 ${cause.part} 已损坏` : `damaged zip entry ${cause.part}`;
    case 'zip-method':
      return zh
        ? `部件 ${cause.part} 使用了不支持的压缩方式（编号 ${cause.method}）`
        : `zip method ${cause.method} in ${cause.part} is not supported`;
    case 'inflate':
      // zlib's own words stay in JSON (cause.message) and in the English line.
      return zh ? `部件 ${cause.part} 无法解压` : `${cause.part} cannot be inflated: ${cause.message}`;
    case 'missing-part':
      return zh ? `缺少部件 ${cause.part}` : `no ${cause.part}`;
    case 'unterminated-cell':
      return zh ? `工作表“${cause.sheet}”中有未结束的单元格` : `${cause.sheet}: unterminated cell`;
    case 'reader-error':
      // A third-party reader's message, English only: the zh line says what happened; JSON keeps the words.
      return zh ? '读取程序无法解析其内容' : cause.message;
    case 'system-error':
      return systemErrorText(cause.code, lang);
  }
}

/** A stopped worker's failure as data (JSON's cause), from the figures the pool writes in `detail`. */
export type WorkerCause =
  | { readonly kind: 'out-of-memory'; readonly limitMb?: number }
  | { readonly kind: 'timed-out'; readonly limitSeconds?: number }
  | { readonly kind: 'crashed'; readonly exitCode?: number; readonly message?: string };

/**
 * The pool (batch/pool.ts) states its figures as `48 MB`, `60 s` and `exit 1`; anything else in a crash is the
 * error's own message. Read here so that messages and JSON need no English from the pool.
 */
export function workerCause(failure: WorkerFailure): WorkerCause {
  const detail = failure.detail.trim();
  switch (failure.reason) {
    case 'out-of-memory': {
      const match = /^(\d+(?:\.\d+)?)\s*MB$/i.exec(detail);
      return match ? { kind: 'out-of-memory', limitMb: Number(match[1]) } : { kind: 'out-of-memory' };
    }
    case 'timed-out': {
      const match = /^(\d+(?:\.\d+)?)\s*s$/i.exec(detail);
      return match ? { kind: 'timed-out', limitSeconds: Number(match[1]) } : { kind: 'timed-out' };
    }
    case 'crashed': {
      const match = /^exit (-?\d+)$/i.exec(detail);
      if (match) return { kind: 'crashed', exitCode: Number(match[1]) };
      return detail ? { kind: 'crashed', message: detail } : { kind: 'crashed' };
    }
  }
}

function describeWorkerFailure(file: string, cause: WorkerCause, lang: Lang): string {
  const zh = lang === 'zh';
  switch (cause.kind) {
    case 'out-of-memory': {
      const limit = cause.limitMb === undefined ? '' : `${cause.limitMb} MB`;
      return zh
        ? `${file}：检查所需内存超过上限${limit && `（${limit}）`}，未检查`
        : `${file}: needs more memory than the limit${limit && ` (${limit})`}, not checked`;
    }
    case 'timed-out': {
      const seconds = cause.limitSeconds;
      return zh
        ? `${file}：检查超时${seconds === undefined ? '' : `（上限 ${seconds} 秒）`}，未检查`
        : `${file}: took longer than the limit${seconds === undefined ? '' : ` (${seconds} s)`}, not checked`;
    }
    case 'crashed':
      if (cause.exitCode !== undefined)
        return zh
          ? `${file}：检查该文件的工作进程意外退出（退出码 ${cause.exitCode}）`
          : `${file}: the worker checking this file exited unexpectedly (exit ${cause.exitCode})`;
      // The error's own words are English (a program error, not the file's); zh says what happened, JSON keeps them.
      return zh
        ? `${file}：检查该文件时程序出错，其余文件照常检查`
        : `${file}: checking this file failed (${cause.message ?? 'unknown error'})`;
  }
}

/** The failure's figures for JSON (`failed[].cause`): what a program reads instead of the sentence. */
export function failureCause(failure: ReadFailure | WorkerFailure): RefusalCause | WorkerCause | undefined {
  switch (failure.reason) {
    case 'too-large':
    case 'corrupt':
      return failure.cause;
    case 'out-of-memory':
    case 'timed-out':
    case 'crashed':
      return workerCause(failure);
    default:
      return undefined;
  }
}
