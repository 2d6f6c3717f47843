// End to end through the engine: every mistake the seeds carry is found, wherever the tables stand, and the
// corrected seeds give no error or warning. Grids come from the seed specs (real figures), never from xlsx.
import { checkWorkbook } from '../../src/engine/check';
import { parseA1, parseA1Area } from '../../src/engine/grid/a1';
import type { CellPosition, SheetGrid } from '../../src/engine/grid/types';
import type { Finding } from '../../src/engine/rules/types';
import { CORRECTED_SEEDS, SEEDS, mistakeCell, placeTables, specToGrid } from '../../samples/specs';
import type { SeedSpec, SpecMistake, TableSpec } from '../../samples/specs';

interface PlacedMistake {
  readonly sheet: string;
  readonly cell: string;
  readonly mistake: SpecMistake;
}

interface Layout {
  readonly name: string;
  readonly build: (seed: SeedSpec) => { grids: SheetGrid[]; mistakes: PlacedMistake[] };
}

const LAYOUTS: readonly Layout[] = [
  {
    name: 'each table on its own sheet, offset to C5',
    build: (seed) => {
      const origin: CellPosition = { row: 4, col: 2 };
      const grids = seed.tables.map((spec, index) =>
        specToGrid(spec, { origin, sheetName: `${index + 1} ${spec.sheetName}` }),
      );
      const mistakes = seed.tables.flatMap((spec, index) =>
        placed(spec, `${index + 1} ${spec.sheetName}`, origin),
      );
      return { grids, mistakes };
    },
  },
  {
    name: 'all tables stacked in one sheet from B3, figures typed as text',
    build: (seed) => {
      const { grid, placements } = placeTables('汇总', seed.tables, {
        origin: { row: 2, col: 1 },
        textFigures: true,
      });
      return { grids: [grid], mistakes: placements.flatMap((p) => placed(p.spec, '汇总', p.origin)) };
    },
  },
];

/**
 * Findings that follow from a listed mistake rather than being one of their own: seed 004's 总分 98.2 agrees
 * with the wrong 得分 9.2, so once that is fixed the total must become 98.01 too (reported as a warning).
 */
const CONSEQUENCES: Readonly<Record<string, readonly string[]>> = { '004': ['total-score'] };

function placed(spec: TableSpec, sheet: string, origin: CellPosition): PlacedMistake[] {
  return spec.mistakes.map((mistake) => ({ sheet, cell: mistakeCell(mistake, origin), mistake }));
}

function covers(findingCell: string, cell: string): boolean {
  const area = parseA1Area(findingCell);
  const at = parseA1(cell);
  if (!area || !at) return false;
  return at.row >= area.top && at.row <= area.bottom && at.col >= area.left && at.col <= area.right;
}

function isAlarm(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

describe.each(LAYOUTS)('seed findings — $name', (layout) => {
  it.each(SEEDS.map((seed) => [seed.id, seed] as const))(
    'finds every mistake seed %s carries',
    (_id, seed) => {
      const { grids, mistakes } = layout.build(seed);
      expect(mistakes.length).toBeGreaterThan(0);
      const { findings } = checkWorkbook(grids);
      for (const { sheet, cell, mistake } of mistakes) {
        const match = findings.find(
          (f) => f.rule === mistake.rule && f.sheet === sheet && covers(f.cell, cell),
        );
        expect({
          mistake: `${mistake.rule} at ${sheet}!${cell} (${mistake.note})`,
          found: Boolean(match),
        }).toEqual({
          mistake: `${mistake.rule} at ${sheet}!${cell} (${mistake.note})`,
          found: true,
        });
      }
    },
  );

  it.each(SEEDS.map((seed) => [seed.id, seed] as const))(
    'raises no error or warning on seed %s beyond its listed mistakes',
    (id, seed) => {
      const { grids, mistakes } = layout.build(seed);
      const allowed = CONSEQUENCES[id] ?? [];
      const unexplained = checkWorkbook(grids)
        .findings.filter(isAlarm)
        .filter((f) => !allowed.includes(f.rule))
        .filter(
          (f) =>
            !mistakes.some((m) => m.mistake.rule === f.rule && m.sheet === f.sheet && covers(f.cell, m.cell)),
        )
        .map((f) => `${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
      expect(unexplained).toEqual([]);
    },
  );

  it.each(CORRECTED_SEEDS.map((seed) => [seed.id, seed] as const))(
    'gives the corrected seed %s no error or warning',
    (_id, seed) => {
      const { grids } = layout.build(seed);
      const { findings, tables } = checkWorkbook(grids);
      expect(tables).toHaveLength(seed.tables.length);
      expect(findings.filter(isAlarm).map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
    },
  );
});

describe('the examples DOMAIN.md names', () => {
  const byId = (id: string): SeedSpec => SEEDS.find((seed) => seed.id === id) as SeedSpec;
  const run = (id: string): readonly Finding[] =>
    checkWorkbook(byId(id).tables.map((spec) => specToGrid(spec))).findings;

  it('seed 000: 得分 9.29 is a rounding matter, exact 9.28; 按收入 605.21 ≠ 767.27; 项目支出 0 vs 106', () => {
    const findings = run('000');
    expect(findings.find((f) => f.rule === 'execution-score')).toMatchObject({
      severity: 'warning',
      expected: '9.28',
      actual: '9.29',
    });
    expect(
      findings.filter((f) => f.rule === 'funding-breakdown').map((f) => [f.severity, f.expected, f.actual]),
    ).toEqual([
      ['error', '767.27', '605.21'],
      ['warning', '767.27', '661.27'],
    ]);
    expect(findings.find((f) => f.rule === 'cross-table')).toMatchObject({ expected: '106', actual: '0' });
    expect(findings.some((f) => f.rule === 'total-score')).toBe(false);
  });

  it('seed 002: 三公经费 5.41 ≠ 5.41 + 0 + 5.41; 产出 weights 47 of 50; 效益 weights 40 of 30; 满意度 left blank', () => {
    const findings = run('002');
    expect(findings.find((f) => f.rule === 'sub-total')).toMatchObject({ expected: '10.82', actual: '5.41' });
    expect(findings.filter((f) => f.rule === 'group-weight').map((f) => [f.expected, f.actual])).toEqual([
      ['50', '47'],
      ['30', '40'],
      ['10', '0'],
    ]);
  });

  it('seed 003: ≤127.73万元 missed at 161.73万元 with full marks; 按收入 161.73 ≠ 171.38', () => {
    const findings = run('003');
    expect(findings.find((f) => f.rule === 'target-unmet')).toMatchObject({ severity: 'warning' });
    expect(findings.find((f) => f.rule === 'funding-breakdown' && f.severity === 'error')).toMatchObject({
      expected: '171.38',
      actual: '161.73',
    });
  });

  it('seed 004: 得分 9.2 when 10 × 111.27/123.47 = 9.01; 成本 19/20 with no 偏差原因', () => {
    const findings = run('004');
    expect(findings.find((f) => f.rule === 'execution-score')).toMatchObject({
      severity: 'error',
      expected: '9.01',
      actual: '9.2',
      fix: 9.01,
    });
    expect(findings.filter((f) => f.rule === 'deduction-reason')).toHaveLength(1);
  });
});
