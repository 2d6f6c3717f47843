// Each profile's layout, drawn many ways: clean tables give no error or warning and read completely with the
// right profile; every planted mistake is found, with no other error or warning than its consequences.
import { checkWorkbook } from '../../../src/engine/check';
import type { Finding } from '../../../src/engine/rules/types';
import { cleanTable, MISTAKES } from './content';
import { sheetOf, type Layout } from './layouts';

const PROFILES = ['national', 'hunan', 'sichuan'] as const;

const VARIANTS: readonly (Omit<Layout, 'profile'> & { readonly title: string })[] = [
  { title: 'plain, at A1' },
  { title: 'offset to D7', origin: { row: 6, col: 3 } },
  { title: 'amounts in 元', yuan: true },
  { title: 'figures typed as text', textFigures: true },
  { title: '指标性质 and 度量单位 columns', natureColumns: true },
  { title: 'a two-row indicator header', twoRowHeader: true, natureColumns: true },
  {
    title: 'a two-row header, levels under one group cell (Yunnan)',
    wideTwoRowHeader: true,
    natureColumns: true,
  },
  { title: 'an extra 备注 column', extraColumn: true },
  { title: 'titles broken by line breaks', brokenTitles: true },
  {
    title: 'everything at once',
    origin: { row: 3, col: 2 },
    yuan: true,
    textFigures: true,
    twoRowHeader: true,
    extraColumn: true,
    brokenTitles: true,
  },
];

const alarms = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity !== 'info');

describe.each(PROFILES)('profile %s', (profile) => {
  describe.each(VARIANTS)('$title', (variant) => {
    const layout: Layout = { ...variant, profile };

    it('reads a clean table completely, with this profile, and raises no alarm', () => {
      const result = checkWorkbook([sheetOf('自评表', layout, [cleanTable(profile)])]);
      expect(result.tables.map((table) => [table.kind, table.completeness, table.missing])).toEqual([
        ['project-self-eval', 'complete', []],
      ]);
      // Hunan's project table is drawn exactly like the national one, so either may explain it.
      expect(result.summaries[0].profile).toEqual(
        profile === 'hunan' ? expect.stringMatching(/^(hunan|national)$/) : profile,
      );
      expect(alarms(result.findings)).toEqual([]);
      expect(result.findings.filter((f) => f.rule === 'table-partial')).toEqual([]);
    });

    it('reads three stacked projects as three tables with no alarm', () => {
      const tables = ['甲项目', '乙项目', '丙项目'].map((name) => cleanTable(profile, name));
      const result = checkWorkbook([sheetOf('自评表', layout, tables)]);
      expect(result.tables).toHaveLength(3);
      expect(result.tables.every((table) => table.completeness === 'complete')).toBe(true);
      expect(alarms(result.findings)).toEqual([]);
    });

    it.each(MISTAKES.map((mistake) => [mistake.name, mistake] as const))('finds %s', (_name, mistake) => {
      const planted = mistake.plant(cleanTable(profile));
      const result = checkWorkbook([sheetOf('自评表', layout, [cleanTable(profile, '甲项目'), planted])]);
      const rules = alarms(result.findings).map((finding) => finding.rule);
      expect(rules).toContain(mistake.rule);
      const allowed = new Set([mistake.rule, ...(mistake.consequences ?? [])]);
      expect(rules.filter((rule) => !allowed.has(rule))).toEqual([]);
      // Findings name the profile the table was read with.
      const found = result.findings.find((finding) => finding.rule === mistake.rule);
      expect(found?.profile).toBe(result.summaries[1].profile);
      // Only the planted table is at fault.
      expect(
        alarms(result.findings).every((finding) => finding.cell !== '' && finding.sheet === '自评表'),
      ).toBe(true);
    });
  });
});
