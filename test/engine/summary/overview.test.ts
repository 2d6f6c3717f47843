// The reviewer's overview of a workbook: a 合计 of the 绩效指标 block alone (90 points, the 执行率得分 apart) is read
// as such wherever the rules read it so, and the grade uses the profile's bands.
import { checkWorkbook } from '../../../src/engine/check';
import { PROFILES, type TemplateProfile } from '../../../src/engine/profiles';
import { NATIONAL } from '../../../src/engine/profiles/national';
import { cellOf, type Grid } from '../../../src/engine/grid/grid';
import { workbookOverview } from '../../../src/engine/summary/overview';
import { cleanTable } from '../profiles/content';
import { sheetOf, type TableContent } from '../profiles/layouts';

type Profile = 'national' | 'sichuan';

function overviewOf(
  profile: Profile,
  table: TableContent,
  profiles: readonly TemplateProfile[] = PROFILES,
  totalLabel?: string,
) {
  const sheet = sheetOf('表', { profile }, [table]);
  if (totalLabel) relabelTotal(sheet, totalLabel);
  const result = checkWorkbook([sheet], {
    profiles: { profiles, ...(profiles === PROFILES ? {} : { profile: profiles[profiles.length - 1].id }) },
  });
  return { result, overview: workbookOverview(result.tables, profiles) };
}

/** The closing row's label (总分 / 合计) replaced, the way another province's copy of a template words it. */
function relabelTotal(sheet: Grid, label: string): void {
  for (let row = 0; row < sheet.rowCount; row++)
    for (let col = 0; col < sheet.colCount; col++) {
      const value = sheet.cellAt(row, col)?.value;
      if (value === '总分' || value === '合计') sheet.setCell(row, col, cellOf(label));
    }
}

const loud = (result: ReturnType<typeof checkWorkbook>) =>
  result.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.rule);

/** The clean table (indicators 90 points, 执行率得分 9.50 of 10) with its indicator scores lowered by `minus`. */
function scored(profile: Profile, minus: number, total: readonly [number, number]): TableContent {
  const clean = cleanTable(profile);
  return {
    ...clean,
    grade: undefined,
    total,
    indicators: clean.indicators.map((item, i) =>
      i === 5 ? { ...item, score: Number(item.score) - minus, reason: '带动就业人数统计口径调整' } : item,
    ),
  };
}

describe('the overview of a Sichuan table', () => {
  it.each([
    // 合计 of the indicators alone: 90 + 执行率得分 9.50 = 99.50 on the 100-point scale.
    ['合计 90 (the indicators alone)', [90, 90] as const, 0, { statedIndicatorTotal: 90, statedTotal: 99.5 }],
    ['合计 100 (the whole table)', [100, 99.5] as const, 0, { statedTotal: 99.5 }],
    // 80 + 9.50 = 89.50 on the whole table's 100 points.
    ['合计 90 with 10 points lost', [90, 80] as const, 10, { statedIndicatorTotal: 80, statedTotal: 89.5 }],
  ])('%s', (_name, total, minus, expected) => {
    const { result, overview } = overviewOf('sichuan', scored('sichuan', minus, total));
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['sichuan']);
    expect(loud(result)).toEqual([]);
    expect(overview).toMatchObject(expected);
    if (!('statedIndicatorTotal' in expected)) expect(overview.statedIndicatorTotal).toBeUndefined();
    // What the table states and what its figures add up to agree: the summary shows no false mismatch.
    expect(overview.recomputedTotal).toBe(overview.statedTotal);
  });

  it('grades a 合计 of 82 with its 执行率得分 (91.50, 优), not alone (82, 良)', () => {
    const { result, overview } = overviewOf('sichuan', scored('sichuan', 8, [90, 82]));
    expect(loud(result)).toEqual([]);
    expect(overview).toMatchObject({
      statedIndicatorTotal: 82,
      statedTotal: 91.5,
      recomputedTotal: 91.5,
      grade: '优',
    });
  });

  it('still finds a 合计 that is neither the indicators’ scores nor the whole', () => {
    const { result, overview } = overviewOf('sichuan', scored('sichuan', 0, [90, 89]));
    expect(loud(result)).toEqual(['total-score']);
    expect(overview).toMatchObject({ statedIndicatorTotal: 89, statedTotal: 98.5, recomputedTotal: 99.5 });
  });
});

describe('the overview agrees with the rules on what a total covers, whatever the profile', () => {
  it('reads a national table closed by 合计 90 as the indicators alone, as the total-score rule does', () => {
    const { result, overview } = overviewOf('national', scored('national', 0, [90, 90]), PROFILES, '合计');
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['national']);
    // The rules find nothing wrong, so the summary must not show a stated 90 against a recomputed 99.50.
    expect(loud(result)).toEqual([]);
    expect(overview).toMatchObject({ statedIndicatorTotal: 90, statedTotal: 99.5, recomputedTotal: 99.5 });
  });

  it('reads a row called 总分 as the whole table’s even in a Sichuan table, as the rules do', () => {
    const { result, overview } = overviewOf('sichuan', scored('sichuan', 0, [90, 90]), PROFILES, '总分');
    expect(loud(result)).toContain('total-score');
    expect(overview).toMatchObject({ statedTotal: 90, recomputedTotal: 99.5 });
    expect(overview.statedIndicatorTotal).toBeUndefined();
  });
});

describe('the overview of a national table', () => {
  it('takes 总分 as the whole table’s', () => {
    const { result, overview } = overviewOf('national', scored('national', 8, [100, 91.5]));
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['national']);
    expect(loud(result)).toEqual([]);
    expect(overview).toMatchObject({ statedTotal: 91.5, recomputedTotal: 91.5, grade: '优' });
    expect(overview.statedIndicatorTotal).toBeUndefined();
  });

  it('never reads a national 总分 as the indicators alone, whatever its 分值', () => {
    const { overview } = overviewOf('national', scored('national', 0, [90, 90]));
    expect(overview).toMatchObject({ statedTotal: 90, recomputedTotal: 99.5 });
    expect(overview.statedIndicatorTotal).toBeUndefined();
  });

  it('grades with the profile’s bands: 87 is 良 nationally, 优 where 优 starts at 85', () => {
    const table = scored('national', 12.5, [100, 87]);
    expect(overviewOf('national', table).overview).toMatchObject({ recomputedTotal: 87, grade: '良' });
    const lenient: TemplateProfile = {
      ...NATIONAL,
      id: 'lenient',
      grades: { excellent: 85, good: 75, pass: 60 },
    };
    expect(overviewOf('national', table, [...PROFILES, lenient]).overview).toMatchObject({
      recomputedTotal: 87,
      grade: '优',
    });
  });
});
