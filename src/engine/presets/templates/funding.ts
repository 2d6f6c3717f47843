import { MONEY, RATE, SCORE, TemplateBuilder, type TemplateEntry } from './builder';

/** 执行率 = 全年执行数 / 全年预算数, blank while 全年预算数 is. */
export function rateFormula(row: number, budgetCol: number, executedCol: number): TemplateEntry {
  const budget = TemplateBuilder.at(row, budgetCol);
  const executed = TemplateBuilder.at(row, executedCol);
  return { formula: `=IF(${budget}=0,"",${executed}/${budget})`, numberFormat: RATE };
}

/** 得分 = 分值 × min(执行率, 1), rounded to 0.01 as the execution-score rule expects. */
export function scoreFormula(row: number, weightCol: number, rateCol: number): TemplateEntry {
  const weight = TemplateBuilder.at(row, weightCol);
  const rate = TemplateBuilder.at(row, rateCol);
  return { formula: `=IF(${rate}="","",ROUND(${weight}*MIN(${rate},1),2))`, numberFormat: SCORE };
}

export const money: TemplateEntry = { value: null, numberFormat: MONEY };

/** Cells left for the clerk, already in the format their figure takes. */
export const blankRate: TemplateEntry = { value: null, numberFormat: RATE };
export const blankScore: TemplateEntry = { value: null, numberFormat: SCORE };
