// The profile API: automatic matching, a profile forced for the workbook, a sheet or one table (the pane's
// choice), a finance bureau's own profile, and Sichuan's 合计 that closes the 绩效指标 block alone.
import { checkWorkbook } from '../../../src/engine/check';
import { PROFILES, type TemplateProfile } from '../../../src/engine/profiles';
import { NATIONAL } from '../../../src/engine/profiles/national';
import { extendWords } from '../../../src/engine/profiles/words';
import { cleanTable } from './content';
import { sheetOf } from './layouts';

const alarms = (result: ReturnType<typeof checkWorkbook>) =>
  result.findings.filter((finding) => finding.severity !== 'info');

describe('matching a table to a profile', () => {
  it('names sichuan for the 510000_0013zp layout and national for the 财预〔2020〕10号 one', () => {
    const result = checkWorkbook([
      sheetOf('四川', { profile: 'sichuan' }, [cleanTable('sichuan')]),
      sheetOf('全国', { profile: 'national' }, [cleanTable('national')]),
    ]);
    expect(result.summaries.map((summary) => [summary.sheet, summary.profile])).toEqual([
      ['四川', 'sichuan'],
      ['全国', 'national'],
    ]);
  });
});

describe('choosing the profile', () => {
  const grids = () => [
    sheetOf('表一', { profile: 'sichuan' }, [cleanTable('sichuan', '甲'), cleanTable('sichuan', '乙')]),
    sheetOf('表二', { profile: 'national' }, [cleanTable('national')]),
  ];

  it('forces one profile on every table (selfeval check --profile)', () => {
    const result = checkWorkbook(grids(), { profiles: { profile: 'hunan' } });
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['hunan', 'hunan', 'hunan']);
  });

  it('forces a profile on one sheet', () => {
    const result = checkWorkbook(grids(), { profiles: { bySheet: { 表二: 'hunan' } } });
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['sichuan', 'sichuan', 'hunan']);
  });

  it('forces a profile on one table, keyed by its sheet and first row as the summary shows it', () => {
    const auto = checkWorkbook(grids());
    const second = auto.tables[1];
    const result = checkWorkbook(grids(), {
      profiles: { byTable: [{ sheet: second.sheet, row: second.area.top, profile: 'national' }] },
    });
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['sichuan', 'national', 'national']);
    // The generic words still read Sichuan's money block; the table is the national profile's now.
    expect(result.tables[1].profile).toBe('national');
    expect(alarms(result).every((finding) => finding.profile === 'national')).toBe(true);
  });

  it('falls back to matching when a stored choice names a profile that no longer exists', () => {
    const result = checkWorkbook(grids(), { profiles: { profile: 'no-such-profile' } });
    expect(result.summaries.map((summary) => summary.profile)).toEqual(['sichuan', 'sichuan', 'national']);
  });
});

describe("a finance bureau's own profile", () => {
  // A made-up province whose money block says 资金投入情况 and whose 执行数 column says 实际拨付数.
  const OWN: TemplateProfile = {
    id: 'example-province',
    name: { zh: '示例省', en: 'Example province' },
    source: 'test',
    // A province builds on the national words and adds its own (src/engine/profiles/hunan.ts does the same).
    words: extendWords(NATIONAL.words, { anyFunding: ['资金投入情况'], 'funding.executed': ['实际拨付数'] }),
    schemes: NATIONAL.schemes,
    grades: { excellent: 90, good: 80, pass: 60 },
    conventions: {},
  };

  function ownLayoutSheet() {
    const grid = sheetOf('表', { profile: 'national' }, [cleanTable('national')]);
    // Rename the money block's title and its 全年执行数 header the province's way.
    grid.setCell(3, 0, { value: '资金投入情况', text: '资金投入情况', numberFormat: 'General' });
    grid.setCell(3, 4, { value: '实际拨付数', text: '实际拨付数', numberFormat: 'General' });
    return grid;
  }

  it('is read once its profile is on offer, and named', () => {
    const result = checkWorkbook([ownLayoutSheet()], { profiles: { profiles: [...PROFILES, OWN] } });
    expect(result.tables[0].missing).toEqual([]);
    expect(result.summaries[0].profile).toBe('example-province');
    expect(alarms(result)).toEqual([]);
  });

  it('is only partly read without it', () => {
    const result = checkWorkbook([ownLayoutSheet()]);
    expect(result.tables[0].completeness).toBe('partial');
  });
});

describe("grading by the profile's bands", () => {
  // A region whose 优 starts at 85: 87 points is 优 there, 良 under the national bands.
  const LENIENT: TemplateProfile = {
    ...NATIONAL,
    id: 'lenient',
    grades: { excellent: 85, good: 75, pass: 60 },
  };
  const graded = (grade: string) => ({ ...cleanTable('national'), total: [100, 87] as const, grade });
  const indicatorsFor87 = (table: ReturnType<typeof graded>) => ({
    ...table,
    indicators: table.indicators.map((item, i) =>
      i === 5 ? { ...item, score: 2.5, reason: '带动就业人数统计口径调整' } : item,
    ),
  });

  it('takes 87 as 优 under a profile whose 优 starts at 85', () => {
    const grid = sheetOf('表', { profile: 'national' }, [indicatorsFor87(graded('优'))]);
    const result = checkWorkbook([grid], {
      profiles: { profiles: [...PROFILES, LENIENT], profile: 'lenient' },
    });
    expect(alarms(result)).toEqual([]);
  });

  it('takes 87 as 良 under the national bands', () => {
    const grid = sheetOf('表', { profile: 'national' }, [indicatorsFor87(graded('优'))]);
    const result = checkWorkbook([grid]);
    expect(alarms(result).map((finding) => [finding.rule, finding.expected])).toEqual([['grade', '良']]);
  });
});

describe("Sichuan's 合计 of the 绩效指标 block alone (90 points)", () => {
  const table = (total: readonly [number, number]) => ({ ...cleanTable('sichuan'), total });

  it('accepts 合计 90 / Σ indicator scores', () => {
    const result = checkWorkbook([sheetOf('表', { profile: 'sichuan' }, [table([90, 90])])]);
    expect(alarms(result)).toEqual([]);
  });

  it('still accepts 合计 100 / the whole score', () => {
    const result = checkWorkbook([sheetOf('表', { profile: 'sichuan' }, [table([100, 99.5])])]);
    expect(alarms(result)).toEqual([]);
  });

  it('finds a 合计 得分 that is neither', () => {
    const result = checkWorkbook([sheetOf('表', { profile: 'sichuan' }, [table([90, 89])])]);
    expect(alarms(result).map((finding) => [finding.rule, finding.expected])).toEqual([
      ['total-score', '90'],
    ]);
  });
});
