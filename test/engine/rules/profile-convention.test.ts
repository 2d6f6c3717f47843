// Regional conventions are off unless a table's profile switches them on; then they warn and cite the profile.
import { checkWorkbook } from '../../../src/engine/check';
import { PROFILES, type TemplateProfile } from '../../../src/engine/profiles';
import { HUNAN } from '../../../src/engine/profiles/hunan';
import { cleanTable } from '../profiles/content';
import { sheetOf } from '../profiles/layouts';
import type { TableContent } from '../profiles/layouts';

const STRICT: TemplateProfile = {
  ...HUNAN,
  id: 'strict-region',
  name: { zh: '某市', en: 'A city' },
  conventions: { totalCapByRate: true, overshoot: true },
};

const lowRate = (table: TableContent): TableContent => ({
  ...table,
  // 执行率 75%: the band caps 总分 at 89.
  money: table.money.map((line, i) =>
    i === 0 ? { ...line, money: [100, 120, 90], rate: 0.75, score: 7.5 } : line,
  ),
  total: [100, 97.5],
});

const overshot = (table: TableContent): TableContent => ({
  ...table,
  indicators: table.indicators.map((item, i) => (i === 0 ? { ...item, actual: 1600 } : item)),
});

function run(table: TableContent, profiles?: readonly TemplateProfile[]) {
  const grid = sheetOf('表', { profile: 'hunan' }, [table]);
  return checkWorkbook([grid], profiles ? { profiles: { profiles, profile: 'strict-region' } } : {});
}

const VALID: readonly (readonly [string, TableContent, readonly TemplateProfile[] | undefined])[] = [
  ['a low rate with the shipped profiles (conventions off)', lowRate(cleanTable('hunan')), undefined],
  ['an overshoot with the shipped profiles (conventions off)', overshot(cleanTable('hunan')), undefined],
  ['a clean table under the strict profile', cleanTable('hunan'), [...PROFILES, STRICT]],
];

const INVALID: readonly (readonly [string, TableContent, string, string])[] = [
  ['总分 97.5 above the 89 cap of a 75% rate', lowRate(cleanTable('hunan')), 'H19', '≤ 89'],
  ['1600 次 against ≥1200 次, more than 30% over', overshot(cleanTable('hunan')), 'F11', ''],
];

describe('profile-convention', () => {
  it('no shipped profile switches a convention on', () => {
    expect(PROFILES.filter((p) => Object.values(p.conventions).some(Boolean))).toEqual([]);
  });

  describe('valid', () => {
    it.each(VALID)('%s', (_title, table, profiles) => {
      expect(run(table, profiles).findings.filter((f) => f.rule === 'profile-convention')).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each(INVALID)('%s', (_title, table, cell, expected) => {
      const found = run(table, [...PROFILES, STRICT]).findings.filter((f) => f.rule === 'profile-convention');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', cell, profile: 'strict-region' });
      expect(found[0].message).toContain('某市');
      if (expected) expect(found[0].expected).toBe(expected);
    });
  });
});
