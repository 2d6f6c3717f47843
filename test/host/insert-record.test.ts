// Undoing a part-applied insert: which highlight record to leave, whatever prefix of the insert's batch ran
// and whether a highlight was made on the part-inserted sheet since.
import { highlightsAfterPendingUndo, type PendingInsert } from '../../src/host/insert-record';

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
