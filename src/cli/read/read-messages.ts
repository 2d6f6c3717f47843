// Why a file could not be checked, in zh and en: one sentence naming the file and the real reason.
import type { Lang } from '../../engine/rules/types';
import type { WorkerFailure } from '../batch/check-file';
import type { FileKind } from './identify';
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
        ? `${file}：文件超出检查上限，未检查（${failure.detail}）`
        : `${file}: beyond what selfeval checks, not checked (${failure.detail})`;
    case 'corrupt':
      return zh
        ? `${file}：工作簿已损坏，无法读取（${failure.detail}）`
        : `${file}: the workbook is corrupt and cannot be read (${failure.detail})`;
    case 'out-of-memory':
      return zh
        ? `${file}：检查所需内存超过上限（${failure.detail}），未检查`
        : `${file}: needs more memory than the limit (${failure.detail}), not checked`;
    case 'timed-out':
      return zh
        ? `${file}：检查超时（${failure.detail}），未检查`
        : `${file}: took longer than the limit (${failure.detail}), not checked`;
    case 'crashed':
      return zh
        ? `${file}：检查该文件时出错（${failure.detail}）`
        : `${file}: checking this file failed (${failure.detail})`;
  }
}
