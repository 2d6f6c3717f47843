// The sample workbooks a reviewer can try in the preview (copied from samples/ into dist/samples/ by webpack).
// The first is built into the page (sample-state.json), so the preview opens without reading an .xlsx.
import type { Lang } from '../engine/rules/types';

export interface PreviewSample {
  /** File name under dist/samples/; the built-in sample has none. */
  readonly file: string | null;
  readonly label: Readonly<Record<Lang, string>>;
}

export const PREVIEW_SAMPLES: readonly PreviewSample[] = [
  { file: null, label: { zh: 'seed-004：部门整体（含错误）', en: 'seed-004: department (with mistakes)' } },
  { file: 'seed-004-corrected.xlsx', label: { zh: 'seed-004：已更正', en: 'seed-004: corrected' } },
  { file: 'seed-000.xlsx', label: { zh: 'seed-000：含错误', en: 'seed-000: with mistakes' } },
  { file: 'seed-002.xlsx', label: { zh: 'seed-002：含错误', en: 'seed-002: with mistakes' } },
  { file: 'seed-003.xlsx', label: { zh: 'seed-003：含错误', en: 'seed-003: with mistakes' } },
  {
    file: 'variant-seed-003-stacked-offset.xlsx',
    label: { zh: '版式变体：表格错位堆叠', en: 'Layout variant: stacked, offset tables' },
  },
  {
    file: 'variant-seed-004-text-figures.xlsx',
    label: { zh: '版式变体：数字存为文本', en: 'Layout variant: figures stored as text' },
  },
];
