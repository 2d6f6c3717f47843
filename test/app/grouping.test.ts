import type { Finding } from '../../src/engine/rules/types';
import { countBySeverity, groupFindings, nestConsequences } from '../../src/app/grouping';
import { isDarkTheme } from '../../src/taskpane/theme';

const finding = (sheet: string, cell: string, severity: Finding['severity'] = 'error'): Finding => ({
  sheet,
  cell,
  rule: 'sub-total',
  severity,
  message: '',
  expected: null,
  actual: null,
});

describe('groupFindings', () => {
  const tables = [
    { sheet: '附件1', kind: 'basic-data' as const, range: 'A1:F30' },
    { sheet: '附件2', kind: 'overall-self-eval' as const, range: 'A1:H40' },
    { sheet: '附件2', kind: 'project-self-eval' as const, range: 'A45:H90' },
  ];

  it('puts each finding under the table whose range holds its cell', () => {
    const groups = groupFindings(
      [finding('附件1', 'D12'), finding('附件2', 'H6'), finding('附件2', 'G60'), finding('附件2', 'H7')],
      tables,
    );
    expect(groups.map((g) => [g.table?.kind, g.findings.map((f) => f.cell)])).toEqual([
      ['basic-data', ['D12']],
      ['overall-self-eval', ['H6', 'H7']],
      ['project-self-eval', ['G60']],
    ]);
  });

  it('collects findings outside every table per sheet', () => {
    const groups = groupFindings([finding('附件3', 'B2')], tables);
    expect(groups).toEqual([
      { id: '附件3!*', sheet: '附件3', table: undefined, findings: [finding('附件3', 'B2')] },
    ]);
  });

  it('places a range finding by its top-left cell', () => {
    expect(groupFindings([finding('附件2', 'C46:F46')], tables)[0].table?.kind).toBe('project-self-eval');
  });
});

describe('countBySeverity', () => {
  it('counts errors, warnings and notes', () => {
    expect(
      countBySeverity([
        finding('a', 'A1'),
        finding('a', 'A2', 'warning'),
        finding('a', 'A3', 'info'),
        finding('a', 'A4'),
      ]),
    ).toEqual({
      error: 2,
      warning: 1,
      info: 1,
    });
  });
});

describe('isDarkTheme', () => {
  it('reads the host flag when present, else the body colour', () => {
    expect(isDarkTheme({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
    expect(isDarkTheme(undefined)).toBe(false);
  });
});

describe('nestConsequences', () => {
  const base = { sheet: 'S', severity: 'error' as const, message: '', expected: null, actual: null };
  const root = { ...base, cell: 'B7', rule: 'sum' };
  const consequence = { ...base, cell: 'B6', rule: 'rate', role: 'consequence' as const, causedBy: 'B7' };
  const other = { ...base, cell: 'C9', rule: 'sum' };
  const elsewhere = { ...base, cell: 'D2', rule: 'x', role: 'consequence' as const, causedBy: "'T'!A1" };

  it('lists a consequence under the finding on the cell its causedBy names, keeping the order', () => {
    const nested = nestConsequences([consequence, root, other]);
    expect(nested.map((entry) => entry.finding.cell)).toEqual(['B7', 'C9']);
    expect(nested[0].consequences.map((f) => f.cell)).toEqual(['B6']);
    expect(nested[1].consequences).toEqual([]);
  });

  it('keeps a consequence whose root is not listed at the top level, in its place', () => {
    const nested = nestConsequences([root, elsewhere, other]);
    expect(nested.map((entry) => entry.finding.cell)).toEqual(['B7', 'D2', 'C9']);
  });

  it('finds a root on another sheet named Sheet!A1', () => {
    const onT = { ...base, sheet: 'T', cell: 'A1', rule: 'sum' };
    const nested = nestConsequences([elsewhere, onT]);
    expect(nested).toHaveLength(1);
    expect(nested[0].consequences.map((f) => f.cell)).toEqual(['D2']);
  });

  it('counts a consequence as a note, as the sheet marks it', () => {
    expect(countBySeverity([root, consequence])).toEqual({ error: 1, warning: 0, info: 1 });
  });
});
