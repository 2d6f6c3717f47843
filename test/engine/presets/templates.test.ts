import { checkWorkbook } from '../../../src/engine/check';
import { Grid } from '../../../src/engine/grid/grid';
import {
  INDICATOR_PRESETS,
  WEIGHT_SCHEMES,
  applyPlanToGrid,
  planNewTemplate,
  unsafeTextReason,
  type TemplateKind,
} from '../../../src/engine/presets';
import { recognizeTables } from '../../../src/engine/recognize';

const YEAR = 2024;

function templateGrid(kind: TemplateKind, schemeIndex: number, presetIndex: number, formulas: boolean): Grid {
  const plan = planNewTemplate({
    kind,
    year: YEAR,
    scheme: WEIGHT_SCHEMES[schemeIndex],
    preset: INDICATOR_PRESETS[presetIndex],
    formulas,
  });
  return applyPlanToGrid(new Grid(plan.sheet), plan);
}

const KINDS: TemplateKind[] = ['basic-data', 'overall-self-eval', 'project-self-eval'];
const cases = KINDS.flatMap((kind) =>
  WEIGHT_SCHEMES.flatMap((scheme, s) =>
    INDICATOR_PRESETS.flatMap((preset, p) =>
      [true, false].map((formulas) => [kind, scheme.id, preset.id, s, p, formulas] as const),
    ),
  ),
);

describe('new blank templates', () => {
  it.each(cases)(
    '%s (%s, %s, formulas %s) is recognised with nothing but info findings',
    (kind, _scheme, _preset, s, p, formulas) => {
      const grid = templateGrid(kind, s, p, formulas);
      const tables = recognizeTables(grid);
      expect(tables.map((table) => table.kind)).toEqual([kind]);
      const result = checkWorkbook([grid]);
      const loud = result.findings.filter((finding) => finding.severity !== 'info');
      expect(loud).toEqual([]);
    },
  );

  it.each(WEIGHT_SCHEMES.map((scheme, s) => [scheme.id, s] as const))(
    'the overall table under %s states each group’s weight and adds up to 100',
    (_id, s) => {
      const grid = templateGrid('overall-self-eval', s, 0, false);
      const [table] = recognizeTables(grid);
      if (table.kind !== 'overall-self-eval' || !table.indicators) throw new Error('not recognised');
      const section = table.indicators;
      expect(section.groups.map((group) => [group.kind, group.statedWeight])).toEqual(
        WEIGHT_SCHEMES[s].groups.map((group) => [group.kind, group.weight]),
      );
      expect(section.total?.weight.figure).toMatchObject({ kind: 'number', value: 100 });
      expect(table.funding?.total.weight.figure).toMatchObject({ kind: 'number', value: 10 });
    },
  );

  it('writes 执行率, 得分 and 总分 as formulas when asked', () => {
    const plan = planNewTemplate({
      kind: 'overall-self-eval',
      year: YEAR,
      scheme: WEIGHT_SCHEMES[0],
      preset: INDICATOR_PRESETS[0],
      formulas: true,
    });
    const formulas = plan.writes.filter((write) => write.formula).map((write) => write.formula);
    expect(formulas).toContain('=IF(E4=0,"",F4/E4)');
    expect(formulas).toContain('=IF(H4="","",ROUND(G4*MIN(H4,1),2))');
    expect(formulas.some((formula) => /^=SUM\(H\d+:H\d+,I4\)$/.test(formula ?? ''))).toBe(true);
  });

  it.each(KINDS)('%s writes no text that Excel would take for a formula or a number', (kind) => {
    const plan = planNewTemplate({
      kind,
      year: YEAR,
      scheme: WEIGHT_SCHEMES[1],
      preset: INDICATOR_PRESETS[1],
    });
    for (const write of plan.writes) {
      if (typeof write.value === 'string')
        expect([write.value, unsafeTextReason(write.value)]).toEqual([write.value, undefined]);
    }
  });
});
