import { figureFormat } from '../../../src/engine/rules/figure-format';
import { basicTable, findingsOf, funding, labelled, overallTable, pct, summary } from './support/build';

const rule = figureFormat;

describe('figure-format: figures read from text are mentioned as info, one finding per cell', () => {
  describe('valid', () => {
    it('says nothing about numbers stored as numbers, blanks, or figures in label cells (seed 000)', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: 231.06,
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: pct(0.9285),
          score: 9.28,
        }),
        bySource: [labelled('  其中：  一般公共预算：605.21', 5, 1), labelled('政府性基金拨款：0万元', 6, 1)],
      });
      expect(findingsOf(rule, table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('notes a number stored as text, offering the number', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: '231.06',
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: pct(0.9285),
          score: 9.28,
        }),
      });
      const [finding, ...rest] = findingsOf(rule, table);
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'figure-format',
        severity: 'info',
        cell: 'C4',
        expected: '231.06',
        actual: '231.06',
        fix: 231.06,
      });
      expect(finding.message).toContain('文本');
    });

    it('notes a unit typed into the cell and a percent typed as text, without a fix', () => {
      const table = overallTable({
        funding: funding(3, {
          initial: '231.06万元',
          budget: 826.36,
          executed: 767.27,
          weight: 10,
          rate: '92.85%',
          score: 9.28,
        }),
      });
      expect(findingsOf(rule, table, 'en').map(summary)).toEqual([
        { rule: 'figure-format', severity: 'info', cell: 'C4', expected: '231.06', actual: '231.06万元' },
        { rule: 'figure-format', severity: 'info', cell: 'G4', expected: '92.85%', actual: '92.85%' },
      ]);
    });

    it('names full-width digits once, though the cell is also text (basic-data)', () => {
      const table = basicTable({
        money: [{ label: '政府采购金额', role: 'procurement', values: ['１０３.０２', 11, 94.07] }],
      });
      const findings = findingsOf(rule, table);
      expect(findings.map(summary)).toEqual([
        { rule: 'figure-format', severity: 'info', cell: 'B6', expected: '103.02', actual: '１０３.０２' },
      ]);
      expect(findings[0].message).toContain('全角');
    });

    it('reads Arabic-Indic digits and says so once (basic-data)', () => {
      const table = basicTable({
        money: [{ label: '政府采购金额', role: 'procurement', values: ['١٠٣٫٠٢', 11, 94.07] }],
      });
      const findings = findingsOf(rule, table, 'en');
      expect(findings.map(summary)).toEqual([
        { rule: 'figure-format', severity: 'info', cell: 'B6', expected: '103.02', actual: '١٠٣٫٠٢' },
      ]);
      expect(findings[0].message).toContain('Arabic-Indic');
    });

    it('notes the leading figure of "34（其中 26 万元纳入基本支出…）" (seed 003)', () => {
      const table = basicTable({
        money: [
          {
            label: '1、业务工作经费',
            role: 'business',
            values: [34, '34（其中 26 万元纳入基本支出，8 万元为年中追加）', 34],
          },
        ],
      });
      expect(findingsOf(rule, table).map(summary)).toEqual([
        {
          rule: 'figure-format',
          severity: 'info',
          cell: 'C6',
          expected: '34',
          actual: '34（其中 26 万元纳入基本支出，8 万元为年中追加）',
        },
      ]);
    });
  });
});
