import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_RULES } from '../../../src/engine/rules';
import type { Rule } from '../../../src/engine/rules/types';

const RULES_DIR = join(__dirname, '../../../src/engine/rules');

/** Rule ids DOMAIN.md's checks table promises, plus the two info rules and the regional conventions (issue 8). */
const PROMISED = [
  'staff-control-rate',
  'sub-total',
  'partial-breakdown',
  'building-rate',
  'execution-rate',
  'execution-score',
  'funding-breakdown',
  'score-range',
  'group-weight',
  'total-weight',
  'total-score',
  'target-unmet',
  'deduction-reason',
  'cross-table',
  'grade',
  'profile-convention',
  'figure-format',
  'table-partial',
  'over-budget',
  'negative-amount',
  'not-a-number',
];

/** The placeholders a template uses: {label}, {expected} … */
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('ALL_RULES', () => {
  it('registers every promised rule once', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...PROMISED].sort());
  });

  it.each(ALL_RULES.map((rule): [string, Rule] => [rule.id, rule]))(
    '%s speaks zh and en alike',
    (_id, rule) => {
      expect(rule.description.zh.trim()).not.toBe('');
      expect(rule.description.en.trim()).not.toBe('');
      const zhIds = Object.keys(rule.messages.zh).sort();
      expect(Object.keys(rule.messages.en).sort()).toEqual(zhIds);
      expect(zhIds.length).toBeGreaterThan(0);
      for (const id of zhIds) {
        // Both languages fill the same blanks, so no value is lost in translation.
        expect(placeholders(rule.messages.en[id])).toEqual(placeholders(rule.messages.zh[id]));
      }
    },
  );

  it('defines every message id its source reports', () => {
    const seen: string[] = [];
    for (const rule of ALL_RULES) {
      const source = readFileSync(join(RULES_DIR, `${rule.id}.ts`), 'utf8');
      // Every quoted word where a messageId is set, so `messageId = capped ? 'a' : 'b'` counts too.
      const settings = [...source.matchAll(/messageId\b[^,;}]*/g)].map((match) => match[0]);
      const used = settings.flatMap((setting) => [...setting.matchAll(/'(\w+)'/g)].map((match) => match[1]));
      seen.push(...used);
      for (const id of used) {
        expect([
          rule.id,
          id,
          rule.messages.zh[id] !== undefined && rule.messages.en[id] !== undefined,
        ]).toEqual([rule.id, id, true]);
      }
    }
    // The scan itself must see the ids set in a ternary, or it would pass vacuously.
    expect(seen).toEqual(expect.arrayContaining(['wrongCapped', 'roundingOrder', 'overStaffed', 'missed']));
  });
});
