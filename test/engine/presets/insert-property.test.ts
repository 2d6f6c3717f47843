import fc from 'fast-check';
import {
  INDICATOR_PRESETS,
  PlanError,
  applyPlanToGrid,
  planBlockInsertion,
  sectionLayout,
} from '../../../src/engine/presets';
import { CORRECTED_SEEDS, seedGrids } from '../../../samples/specs';
import { expectMergesKept, expectOnlyPlannedChanges, indicatorSection } from './helpers';

const sheets = CORRECTED_SEEDS.flatMap((seed) => seedGrids(seed)).filter(
  (grid) => !grid.name.includes('基础数据'),
);

describe('any row, any preset, any seed table', () => {
  let refused = 0;
  let planned = 0;
  it('either refuses with a PlanError or keeps every value and merge and stays recognisable', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sheets.length - 1 }),
        fc.nat({ max: INDICATOR_PRESETS.length - 1 }),
        fc.nat({ max: 40 }),
        (sheetIndex, presetIndex, offset) => {
          const grid = sheets[sheetIndex];
          const section = indicatorSection(grid);
          const layout = sectionLayout(section, grid);
          const row = layout.firstRow - 1 + (offset % (layout.end - layout.firstRow + 3));
          let plan;
          try {
            plan = planBlockInsertion({
              grid,
              section,
              preset: INDICATOR_PRESETS[presetIndex],
              position: { row },
              year: 2024,
            });
          } catch (error) {
            expect(error).toBeInstanceOf(PlanError);
            refused += 1;
            return;
          }
          planned += 1;
          const after = applyPlanToGrid(grid, plan);
          expectOnlyPlannedChanges(grid, after, plan);
          expectMergesKept(grid, after, plan);
          const again = indicatorSection(after);
          const kinds = section.groups.map((group) => group.kind);
          expect(again.groups.map((group) => group.kind).filter((kind) => kinds.includes(kind))).toEqual(
            kinds,
          );
          const rowsBefore = section.groups.reduce((sum, group) => sum + group.rows.length, 0);
          const rowsAfter = again.groups.reduce((sum, group) => sum + group.rows.length, 0);
          expect(rowsAfter).toBeGreaterThan(rowsBefore);
        },
      ),
      { numRuns: 150 },
    );
    // Rows between groups are refused (every group exists); rows inside a group are planned. How many of each
    // depends on the random draw, so only require that the planning branch was exercised at all.
    expect(planned).toBeGreaterThan(0);
    expect(planned + refused).toBe(150);
  });
});
