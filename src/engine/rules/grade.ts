/** A stated grade matches 总分: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (优秀/良好/合格/不合格 the same). */
import type { RecognizedTable } from '../model/tables';
import { profileById } from '../profiles';
import type { GradeBands } from '../profiles/types';
import { expectedExecutionScore } from './execution-score';
import { exactSum } from './support/decimal';
import { totalCoversIndicatorsOnly } from './support/total-scope';
import { toUnits } from './support/decimal';
import { cellText } from './support/indicators';
import { formatActual, numberOf } from './support/shown';
import type { Rule, RuleContext, RuleReport } from './types';

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

/** The short and the long spelling of each grade; a fix keeps the spelling the filer used. */
export const SPELLING: Record<Grade, { short: string; long: string }> = {
  excellent: { short: '优', long: '优秀' },
  good: { short: '良', long: '良好' },
  pass: { short: '中', long: '合格' },
  fail: { short: '差', long: '不合格' },
};

/** 不合格 before 合格, since one contains the other. */
function readGrade(text: string): { grade: Grade; long: boolean } | undefined {
  const t = text.replace(/\s/g, '');
  if (t.includes('不合格')) return { grade: 'fail', long: true };
  if (t.includes('优秀')) return { grade: 'excellent', long: true };
  if (t.includes('良好')) return { grade: 'good', long: true };
  if (t.includes('合格')) return { grade: 'pass', long: true };
  if (t.includes('优')) return { grade: 'excellent', long: false };
  if (t.includes('良')) return { grade: 'good', long: false };
  if (t.includes('差')) return { grade: 'fail', long: false };
  if (t.includes('中')) return { grade: 'pass', long: false };
  return undefined;
}

const DEFAULT_BANDS: GradeBands = { excellent: 90, good: 80, pass: 60 };

/** The grade a total earns under a profile's bands (all shipped ones, and the default: 90 / 80 / 60). */
export function gradeOf(total: number, bands: GradeBands = DEFAULT_BANDS): Grade {
  const units = toUnits(total, 2);
  if (units >= toUnits(bands.excellent, 2)) return 'excellent';
  if (units >= toUnits(bands.good, 2)) return 'good';
  if (units >= toUnits(bands.pass, 2)) return 'pass';
  return 'fail';
}

export const grade: Rule = {
  id: 'grade',
  severity: 'warning',
  appliesTo: ['overall-self-eval', 'project-self-eval'],
  description: {
    zh: '自评等级应与总分相符：优 ≥90，良 80–89，中 60–79，差 <60。',
    en: 'A stated grade matches the total score: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60.',
  },
  messages: {
    zh: { mismatch: '总分 {total} 对应的等级为“{expected}”，表中为“{actual}”。' },
    en: { mismatch: 'A total of {total} earns the grade "{expected}"; the sheet states "{actual}".' },
  },
  check(table: RecognizedTable, context: RuleContext): RuleReport[] {
    if (table.kind === 'basic-data' || !table.indicators?.grade || !table.indicators.total) return [];
    const stated = table.indicators.grade;
    const shown = numberOf(table.indicators.total.score);
    const read = readGrade(stated.text);
    if (shown === undefined || !read) return [];
    // A 合计 of the indicators alone (Sichuan) is graded with the 执行率得分 added: the grade is the table's.
    const execution = table.funding ? expectedExecutionScore(table.funding.total) : undefined;
    const total =
      totalCoversIndicatorsOnly(table) && execution !== undefined ? exactSum([shown, execution]) : shown;
    const bands =
      (table.profile ? profileById(table.profile, context.profiles)?.grades : undefined) ?? DEFAULT_BANDS;
    const due = gradeOf(total, bands);
    if (due === read.grade) return [];
    const spelling = SPELLING[due];
    const expected = read.long ? spelling.long : spelling.short;
    return [
      {
        at: stated.field.at,
        messageId: 'mismatch',
        data: { total: formatActual(table.indicators.total.score, 'score') },
        expected,
        actual: stated.text.trim(),
        // Only a cell that holds nothing but the grade can take the grade word as its new value.
        ...(cellText(stated.field) === stated.text.trim() ? { fix: expected } : {}),
      },
    ];
  },
};
