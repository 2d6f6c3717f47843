/**
 * Figures typed into a label cell, the habit of the 按收入性质分 / 按支出性质分 rows:
 * "其中：一般公共预算：605.21", "  其中：  一般公共预算：594.67万元", "政府性基金拨款：0万元",
 * "纳入专户管理的非税收入拨款：" (no figure yet), "其中: 基本支出: 127.73".
 * The figure follows the last colon, or, without a colon, ends the text after a space
 * ("一般公共预算 605.21"). A leading "其中" is a grouping word, not part of the label.
 * Splitting happens on the raw text so the figure reader still sees full-width digits.
 */

import { cleanFigureText, readTextFigure } from './text-figure';
import type { Figure, FigureNote } from './types';

const LEADING_QIZHONG = /^[\s\u00a0]*其中[\s\u00a0]*[:：,，]?[\s\u00a0]*/;
const TRAILING_TOKEN = /^(.*\S)[\s\u00a0]+(\S+)[\s\u00a0]*$/su;

interface LabelledFigure {
  label: string;
  figure: Figure;
}

function labelFigure(text: string): Figure {
  const figure = readTextFigure(text, 'any');
  if (figure.kind === 'none') return figure;
  // Being in a label cell is why the figure is text; 'number-as-text' would say it twice.
  const notes: FigureNote[] = [
    'figure-in-label',
    ...figure.notes.filter((note) => note !== 'number-as-text'),
  ];
  return { ...figure, notes };
}

function tidyLabel(label: string): string {
  return cleanFigureText(label.replace(LEADING_QIZHONG, ''))
    .replace(/\s*:\s*$/, '')
    .trim();
}

/** "一般公共预算 605.21" → the label and its figure, when the last word is a figure. */
function trailingFigure(text: string): LabelledFigure | undefined {
  const match = TRAILING_TOKEN.exec(text);
  if (!match) return undefined;
  const figure = labelFigure(match[2]);
  return figure.kind === 'number' ? { label: tidyLabel(match[1]), figure } : undefined;
}

function lastColon(text: string): number {
  return Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
}

/** A figure written inside a label: "其中：一般公共预算：605.21" → { label: "一般公共预算", figure }. Never throws. */
export function readFigureInLabel(text: string): LabelledFigure {
  const body = (typeof text === 'string' ? text : '').replace(LEADING_QIZHONG, '');
  const colon = lastColon(body);
  if (colon >= 0) {
    const tail = body.slice(colon + 1);
    const figure = labelFigure(tail);
    if (figure.kind === 'number') return { label: tidyLabel(body.slice(0, colon)), figure };
    return trailingFigure(tail) ?? { label: tidyLabel(body.slice(0, colon)), figure };
  }
  const spaced = trailingFigure(body);
  if (spaced) return spaced;
  const whole = labelFigure(body);
  if (whole.kind === 'number') return { label: '', figure: whole };
  if (whole.reason === 'text') return { label: tidyLabel(body), figure: whole };
  return { label: '', figure: whole };
}
