// Preset indicator blocks: plain data (framework, weight schemes, indicator sets) and the plans that place them.
export * from './types';
export { FRAMEWORK, frameworkGroup, level2Labels } from './framework';
export { WEIGHT_SCHEMES, DEFAULT_SCHEME_ID, findScheme, schemeTotal } from './schemes';
export { INDICATOR_PRESETS, DEFAULT_PRESET_ID, findPreset } from './sets';
export { buildIndicatorBlock, groupHeader } from './block';
export type { BlockRow, BlockGroup, IndicatorBlock, BlockOptions } from './block';
export { distributePoints } from './weights';
export { unsafeTextReason, isSafeText } from './safe-text';
export * from './plan';
export { planBlockInsertion, assertWritesInsideInserts, finalInsertedRows } from './insert';
export type { InsertPosition, InsertRequest } from './insert';
export { sectionLayout, resolveGroupKind, inferScheme } from './section';
export type { GroupSpan, SectionLayout } from './section';
export { shiftFormulaRows, widenRangesOver } from './formula';
export { applyPlanToGrid } from './apply-grid';
export { planNewTemplate, TEMPLATE_SHEET_NAMES } from './templates';
export type { TemplateKind, TemplateRequest } from './templates';
export { blockCells } from './block-cells';
