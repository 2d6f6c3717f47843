import { parseLastRun } from '../../src/excel/last-run';

const RUN = {
  at: '2026-11-23T09:30:00.000Z',
  sheet: '附件2',
  counts: { error: 1, warning: 2, info: 0 },
  tables: 2,
};

describe('the saved ribbon result', () => {
  it('reads back what the ribbon saved, as JSON text or as an object', () => {
    expect(parseLastRun(JSON.stringify(RUN))).toEqual(RUN);
    expect(parseLastRun(RUN)).toEqual(RUN);
  });

  it.each([
    ['not JSON', '{oops'],
    ['no time', JSON.stringify({ ...RUN, at: undefined })],
    ['a time that is no date', JSON.stringify({ ...RUN, at: '昨天' })],
    ['counts missing', JSON.stringify({ ...RUN, counts: undefined })],
    ['a count that is text', JSON.stringify({ ...RUN, counts: { error: '1', warning: 0, info: 0 } })],
    ['null', null],
  ])('treats %s as no run rather than failing the pane', (_case, stored) => {
    expect(parseLastRun(stored)).toBeNull();
  });
});
