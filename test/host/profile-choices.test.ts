// Stored profile choices: one per table by its top-left cell, so two tables side by side keep their own.
import { parseProfileChoices, withProfileChoice } from '../../src/host/profile-choices';

it('keeps the choices of two tables that start on the same row apart', () => {
  const left = withProfileChoice([], '表', 2, 0, 'hunan');
  const both = withProfileChoice(left, '表', 2, 10, 'sichuan');
  expect(both).toEqual([
    { sheet: '表', row: 2, col: 0, profile: 'hunan' },
    { sheet: '表', row: 2, col: 10, profile: 'sichuan' },
  ]);
  expect(withProfileChoice(both, '表', 2, 10, null)).toEqual(left);
});

it('replaces a choice stored for the whole row (no column) when one of its tables is chosen again', () => {
  const legacy = [{ sheet: '表', row: 2, profile: 'hunan' }];
  expect(withProfileChoice(legacy, '表', 2, 10, 'sichuan')).toEqual([
    { sheet: '表', row: 2, col: 10, profile: 'sichuan' },
  ]);
});

it.each([
  [[{ sheet: 'a', row: 1, col: 3, profile: 'x' }], 1],
  [[{ sheet: 'a', row: 1, profile: 'x' }], 1],
  [[{ sheet: 'a', row: 1, col: 'B', profile: 'x' }], 0],
  [[{ sheet: 'a', row: 1.5, profile: 'x' }], 0],
  ['not json', 0],
])('reads back well-formed choices only: %j', (stored, kept) => {
  expect(parseProfileChoices(typeof stored === 'string' ? stored : JSON.stringify(stored))).toHaveLength(
    kept,
  );
});
