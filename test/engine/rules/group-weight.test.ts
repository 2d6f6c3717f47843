import { groupWeight } from '../../../src/engine/rules/group-weight';
import { findingsOf, indicators, overallTable, summary } from './support/build';

const rule = groupWeight;

describe("group-weight: a group's 分值 add up to the weight its header states", () => {
  describe('valid', () => {
    it('accepts 产出指标 (30分) = 10 + 10 + 10', () => {
      const table = overallTable({
        indicators: indicators({
          firstRow: 12,
          groups: [
            {
              label: '产出指标(30分)',
              kind: 'output',
              statedWeight: 30,
              rows: [
                { weight: 10, score: 10 },
                { weight: 10, score: 10 },
                { weight: 10, score: 10 },
              ],
            },
          ],
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('leaves a blank template alone: stated groups, no weight anywhere yet (seed 004 项目支出自评表)', () => {
      const table = overallTable({
        indicators: indicators({
          firstRow: 12,
          groups: [
            { label: '产出指标(30分)', kind: 'output', statedWeight: 30, rows: [{ weight: null }] },
            { label: '满意度指标(10分)', kind: 'satisfaction', statedWeight: 10, rows: [{ weight: null }] },
          ],
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });

    it('has nothing to check when the header states no weight (seed 000)', () => {
      const table = overallTable({
        indicators: indicators({
          firstRow: 12,
          groups: [{ label: '产出指标', rows: [{ weight: 15 }, { weight: 15 }, { weight: 10 }] }],
        }),
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 满意度指标（10分） left without any weight while the other groups are filled (seed 002)', () => {
      const table = overallTable({
        indicators: indicators({
          firstRow: 12,
          groups: [
            { label: '产出指标(30分)', kind: 'output', statedWeight: 30, rows: [{ weight: 30, score: 30 }] },
            { label: '满意度指标(10分)', kind: 'satisfaction', statedWeight: 10, rows: [{ weight: null }] },
          ],
        }),
      });
      const findings = findingsOf(rule, table);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'group-weight',
        severity: 'error',
        expected: '10',
        actual: '0',
      });
      expect(findings[0].message).toContain('满意度指标(10分)');
    });

    it('flags 产出指标（50分) with weights 20 + 10 + 17 = 47 and 效益指标（30分） with 20 + 20 = 40 (seed 002)', () => {
      const table = overallTable({
        indicators: indicators({
          firstRow: 12,
          groups: [
            {
              label: '产出指标（50分)',
              kind: 'output',
              statedWeight: 50,
              rows: [
                { weight: 20, score: 20 },
                { weight: 10, score: 10 },
                { weight: 17, score: 17 },
              ],
            },
            {
              label: '效益指标（30分）',
              kind: 'benefit',
              statedWeight: 30,
              rows: [
                { weight: 20, score: 20 },
                { weight: 20, score: 20 },
              ],
            },
          ],
        }),
      });
      const findings = findingsOf(rule, table);
      expect(findings.map(summary)).toEqual([
        { rule: 'group-weight', severity: 'error', cell: 'B13', expected: '50', actual: '47' },
        { rule: 'group-weight', severity: 'error', cell: 'B16', expected: '30', actual: '40' },
      ]);
      expect(findings[0].message).toContain('20 + 10 + 17');
    });
  });
});
