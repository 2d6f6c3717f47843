// A consequence is not highlighted as a separate error: note fill, its root keeps the error fill.
import { seedGrids, SEEDS } from '../../samples/specs';
import { checkWorkbook } from '../../src/engine/check';
import { markCells } from '../../src/host/marking';

it('seed 002: B7 (root) is marked an error, B6 (its consequence) only as a note', () => {
  const findings = checkWorkbook(seedGrids(SEEDS[1])).findings;
  const marks = [...markCells(findings).values()].filter((mark) => mark.sheet.includes('基础数据'));
  expect(marks.map((mark) => [mark.cell, mark.severity])).toEqual([
    ['B6', 'info'],
    ['B7', 'error'],
  ]);
  expect(marks[0].findings[0].message).toContain('改正 B7 后即相符');
});
