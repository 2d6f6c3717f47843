// Undoing a part-applied insert: which highlight record to leave, whatever prefix of the insert's batch ran
// and whether a highlight was made on the part-inserted sheet since.
import {
  highlightsAfterPendingUndo,
  planUndo,
  type PendingInsert,
  type StoredInsert,
} from '../../src/host/insert-record';

const pending = (highlights: string | null): PendingInsert => ({
  at: 10,
  count: 5,
  usedBottom: 30,
  merges: [],
  unmerges: [],
  previous: null,
  highlights,
});
/** A stand-in for the record shift: the text names how far it moved. */
const shift = (text: string, at: number, delta: number) => `${text}${delta >= 0 ? '+' : ''}${delta}@${at}`;

describe('the highlight record after undoing a part-applied insert', () => {
  it.each([
    ['no record before or now', null, null, true, null],
    ['the shift had not run', 'R', 'R', true, null],
    ['the shift had run: the record before comes back', 'R', 'R+5@10', true, 'R'],
    ['a highlight made on the inserted rows moves back with them', 'R', 'S', true, 'S-5@10'],
    ['a highlight made since, with no record before', null, 'S', true, 'S-5@10'],
    ['rows never went in: a later record stays', 'R', 'S', false, null],
    ['rows never went in but the shift ran', 'R', 'R+5@10', false, 'R'],
  ])('%s', (_case, before, now, inserted, expected) => {
    expect(highlightsAfterPendingUndo(pending(before), now, inserted, shift)).toBe(expected);
  });
});

describe('planning undo last insert', () => {
  const record: StoredInsert = {
    sheet: 'S',
    firstRow: 10,
    count: 2,
    left: 0,
    right: 1,
    contents: [
      ['a', '1'],
      ['b', '2'],
    ],
    unmergeAfterDelete: ['A5:A9'],
  };
  const asInserted = [
    ['a', 1],
    ['b', 2],
  ];
  const below = [
    ['x', 9],
    ['', ''],
  ];

  it('marks the record undoing first, deletes the rows, unmerges, moves the highlight record, forgets', () => {
    expect(planUndo(record, { rows: asInserted, usedBottom: 30, highlights: 'R' }, shift)).toEqual({
      markUndoing: JSON.stringify({ ...record, undoing: { usedBottom: 30, highlights: 'R' } }),
      deleteRows: { firstRow: 10, count: 2 },
      unmerge: ['A5:A9'],
      highlights: 'R-2@10',
      forgetRecord: true,
    });
  });

  it('refuses, naming the cell, when the clerk typed into the rows', () => {
    const edited = [
      ['a', 1],
      ['b', 3],
    ];
    expect(planUndo(record, { rows: edited, usedBottom: 30, highlights: null }, shift)).toEqual({
      refused: 'edited',
      cell: 'B12',
    });
  });

  it('finishes a part-done undo whose rows are gone, without shifting the highlight record twice', () => {
    const undoing: StoredInsert = { ...record, undoing: { usedBottom: 30, highlights: 'R' } };
    expect(planUndo(undoing, { rows: below, usedBottom: 28, highlights: 'R-2@10' }, shift)).toEqual({
      unmerge: ['A5:A9'],
      forgetRecord: true,
    });
    expect(planUndo(undoing, { rows: below, usedBottom: 28, highlights: 'R' }, shift)).toEqual({
      unmerge: ['A5:A9'],
      highlights: 'R-2@10',
      forgetRecord: true,
    });
  });

  it('starts again when a part-done undo stopped before deleting the rows', () => {
    const undoing: StoredInsert = { ...record, undoing: { usedBottom: 30, highlights: null } };
    expect(planUndo(undoing, { rows: asInserted, usedBottom: 30, highlights: null }, shift)).toMatchObject({
      deleteRows: { firstRow: 10, count: 2 },
    });
  });
});
