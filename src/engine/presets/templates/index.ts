import { buildIndicatorBlock } from '../block';
import type { SheetPlan } from '../plan';
import type { IndicatorPreset, WeightScheme } from '../types';
import { basicDataTemplate } from './basic-data';
import { overallTemplate } from './overall';
import { projectTemplate } from './project';

export type TemplateKind = 'basic-data' | 'overall-self-eval' | 'project-self-eval';

export interface TemplateRequest {
  readonly kind: TemplateKind;
  readonly year: number;
  /** For the self-evaluation tables: the weights and the 三级指标 to lay out. */
  readonly scheme: WeightScheme;
  readonly preset: IndicatorPreset;
  /** Write formulas for 控制率, 执行率, 得分, sums and 总分 (default true). */
  readonly formulas?: boolean;
  readonly sheet?: string;
}

export const TEMPLATE_SHEET_NAMES: Readonly<Record<TemplateKind, string>> = {
  'basic-data': '基础数据表',
  'overall-self-eval': '整体支出绩效自评表',
  'project-self-eval': '项目支出绩效自评表',
};

/** A blank table laid out like the finance bureau's template, as a plan for an empty sheet. */
export function planNewTemplate(request: TemplateRequest): SheetPlan {
  const sheet = request.sheet ?? TEMPLATE_SHEET_NAMES[request.kind];
  const formulas = request.formulas ?? true;
  if (request.kind === 'basic-data') return basicDataTemplate({ sheet, year: request.year, formulas });
  const groups = buildIndicatorBlock(request.preset, request.scheme, { year: request.year }).groups;
  const content = {
    sheet,
    year: request.year,
    groups,
    executionWeight: request.scheme.executionWeight,
    formulas,
  };
  return request.kind === 'overall-self-eval' ? overallTemplate(content) : projectTemplate(content);
}
