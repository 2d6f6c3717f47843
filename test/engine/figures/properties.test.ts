import fc from 'fast-check';
import { parseTarget, readFigure, readFigureInLabel } from '../../../src/engine/figures';
import type { Figure, FigureRole } from '../../../src/engine/figures';
import { cleanFigureText } from '../../../src/engine/figures/text-figure';
import type { Cell } from '../../../src/engine/grid/types';
import { numberCell, textCell } from './cells';

/** Pieces of what clerks type, so random strings reach past the first "is this a number" check. */
const domainPiece = fc.constantFrom(
  '0',
  '1',
  '5',
  '9',
  '.',
  ',',
  '-',
  '−',
  '－',
  '+',
  '%',
  '％',
  '=',
  '＝',
  '≥',
  '≤',
  '>',
  '<',
  '以上',
  '以下',
  '以内',
  '不低于',
  '达到',
  '万元',
  '次',
  '家',
  '年',
  '月',
  '日',
  '前',
  '之前完成',
  '其中',
  '：',
  ':',
  ' ',
  '\u3000',
  '（',
  '）',
  '(',
  ')',
  '——',
  '/',
  '#DIV/0!',
  'e',
  'E',
  '１',
  '０',
  '．',
  '一般公共预算',
  '\n',
  '\\leq',
  'NaN',
  'Infinity',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.array(domainPiece, { maxLength: 12 }).map((pieces) => pieces.join('')),
);
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1.5,
    100,
    Number.MIN_VALUE,
  ),
  fc.integer(),
);
const anyFormat = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '0',
        '#',
        '?',
        '.',
        ',',
        '%',
        ';',
        '"万元"',
        '[Red]',
        '_ ',
        '* ',
        '\\',
        'E+',
        'yyyy',
        '@',
        'General',
      ),
      {
        maxLength: 10,
      },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom(
    'General',
    'G/通用格式',
    '0.00',
    '0.00%',
    '#,##0.00_ ;[Red]-#,##0.00 ',
    '0.0#',
    '@',
    'yyyy-mm-dd',
  ),
);
const anyCell: fc.Arbitrary<Cell | undefined> = fc.option(
  fc.record({
    value: fc.oneof(anyNumber, anyText, fc.boolean(), fc.constant(null)),
    text: anyText,
    numberFormat: anyFormat,
    formula: fc.option(anyText, { nil: undefined }),
  }),
  { nil: undefined },
);
const anyRole = fc.constantFrom<FigureRole>('money', 'rate', 'score', 'count', 'any');

function expectWellFormed(figure: Figure): void {
  if (figure.kind === 'none') {
    expect(['empty', 'dash', 'text', 'not-finite', 'boolean']).toContain(figure.reason);
    return;
  }
  expect(Number.isFinite(figure.value)).toBe(true);
  expect(Object.is(figure.value, -0)).toBe(false);
  expect(Number.isInteger(figure.decimals) && figure.decimals >= 0).toBe(true);
}

/** A finite number and a count of decimals to write it with; kept where toFixed writes plain digits. */
const fixedNumber = fc
  .tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 10 }))
  .map(([value, decimals]) => ({ written: value.toFixed(decimals), decimals }));

/** What a written number means, with −0 read as 0 as the readers do. */
const meaning = (written: string): number => Number(written) + 0;

const fullWidth = (text: string): string =>
  text.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('figure readers never throw', () => {
  it('readFigure gives a well-formed figure for any cell in any role', () => {
    fc.assert(
      fc.property(anyCell, anyRole, (cell, role) => {
        expectWellFormed(readFigure(cell, role));
      }),
    );
  });

  it('readFigureInLabel gives a string label and a well-formed figure for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { label, figure } = readFigureInLabel(text);
        expect(typeof label).toBe('string');
        expectWellFormed(figure);
      }),
    );
  });

  it('parseTarget gives a target for any text, with finite quantities and real dates', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const target = parseTarget(text);
        if (target.kind === 'quantitative') expect(Number.isFinite(target.value)).toBe(true);
        if (target.kind === 'deadline') {
          const date = new Date(Date.UTC(target.year, target.month - 1, target.day));
          expect([date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([target.month, target.day]);
        }
      }),
    );
  });
});

describe('figures written with fixed decimals read back exactly', () => {
  it('as text', () => {
    fc.assert(
      fc.property(
        fixedNumber,
        anyRole.filter((role) => role !== 'rate'),
        ({ written, decimals }, role) => {
          expect(readFigure(textCell(written), role)).toEqual({
            kind: 'number',
            value: meaning(written),
            decimals,
            percent: false,
            notes: ['number-as-text'],
          });
        },
      ),
    );
  });

  it('as a number cell with a fixed format', () => {
    fc.assert(
      fc.property(fixedNumber, ({ written, decimals }) => {
        const format = decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
        expect(readFigure(numberCell(Number(written), format, written), 'money')).toMatchObject({
          value: meaning(written),
          decimals,
          percent: false,
        });
      }),
    );
  });

  it('as a General number cell showing its text', () => {
    fc.assert(
      fc.property(fixedNumber, ({ written, decimals }) => {
        const figure = readFigure(numberCell(Number(written), 'General', written), 'score');
        expect(figure).toMatchObject({ value: meaning(written), decimals, percent: false });
      }),
    );
  });

  it('with a unit, in full-width digits, and after a comparison sign', () => {
    fc.assert(
      fc.property(fixedNumber, ({ written, decimals }) => {
        expect(readFigure(textCell(`${written}万元`), 'money')).toMatchObject({
          value: meaning(written),
          decimals,
        });
        expect(readFigure(textCell(`=${written} 万元`), 'money')).toMatchObject({
          value: meaning(written),
          decimals,
        });
        const wide = readFigure(textCell(fullWidth(written)), 'money');
        expect(wide).toMatchObject({ value: meaning(written), decimals });
        expect(wide.kind === 'number' && wide.notes).toContain('full-width-digits');
      }),
    );
  });

  it('as a percent: the fraction, with decimals counted in the percent', () => {
    fc.assert(
      fc.property(fixedNumber, ({ written, decimals }) => {
        const figure = readFigure(textCell(`${written}%`), 'rate');
        expect(figure).toMatchObject({ kind: 'number', decimals, percent: true });
        const value = figure.kind === 'number' ? figure.value : Number.NaN;
        expect(Math.abs(value * 100 - Number(written))).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(Number(written))),
        );
      }),
    );
  });

  it('in a rate cell: above 1.5 a whole percent, at or below a fraction', () => {
    fc.assert(
      fc.property(fixedNumber, ({ written, decimals }) => {
        const n = meaning(written);
        const figure = readFigure(numberCell(n, 'General', written), 'rate');
        const wholePercent = Math.abs(n) > 1.5;
        expect(figure).toMatchObject({ kind: 'number', decimals, percent: wholePercent });
        const value = figure.kind === 'number' ? figure.value : Number.NaN;
        const expected = wholePercent ? n / 100 : n;
        expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
      }),
    );
  });

  it('inside a label and as a target', () => {
    const label = fc.string({
      unit: fc.constantFrom('一', '般', '公', '共', '预', '算', '基', '本', '支', '出'),
      minLength: 1,
    });
    fc.assert(
      fc.property(fixedNumber, label, ({ written, decimals }, name) => {
        expect(readFigureInLabel(`其中：${name}：${written}`)).toEqual({
          label: name,
          figure: {
            kind: 'number',
            value: meaning(written),
            decimals,
            percent: false,
            notes: ['figure-in-label'],
          },
        });
        expect(parseTarget(`≤${written}万元`)).toEqual({
          kind: 'quantitative',
          comparison: '<=',
          value: meaning(written),
          percent: false,
          unit: '万元',
        });
      }),
    );
  });
});

// Each of these once made a pattern backtrack over the run of spaces (2 s and more for 20,000 spaces).
// Their speed is measured by `npm run bench` (figure_long_cell_ms); here, what they read and the cleaning
// that keeps every pattern linear.
describe('figure readers on long cells', () => {
  const n = 50_000;
  const spaces = ' '.repeat(n);

  it('reads a figure and its unit 50,000 spaces apart as the figure with its unit', () => {
    const text = `1${spaces}万`;
    expect(readFigure(textCell(text), 'rate')).toEqual({
      kind: 'number',
      value: 1,
      decimals: 0,
      percent: false,
      notes: ['unit-in-cell'],
    });
    expect(readFigureInLabel(text).figure).toMatchObject({ kind: 'number', value: 1 });
    expect(parseTarget(text)).toEqual({
      kind: 'quantitative',
      comparison: '=',
      value: 1,
      percent: false,
      unit: '万',
    });
  });

  it.each([
    ['a figure followed by junk', `1${spaces}%${spaces}#`],
    ['a target with a suffix far away', `≥1${spaces}以上#`],
    ['a label with the figure far away', `其中：a:${spaces}1 #`],
  ])('reads %s as words, not a figure', (_name, text) => {
    expect(readFigure(textCell(text), 'rate')).toEqual({ kind: 'none', reason: 'text' });
    expect(readFigureInLabel(text).figure).toEqual({ kind: 'none', reason: 'text' });
    expect(parseTarget(text).kind).toBe('qualitative');
  });

  it('reads a 100,000-digit number as not finite', () => {
    const text = `${'1'.repeat(n)}.${'1'.repeat(n)}e`;
    expect(readFigure(textCell(text), 'rate')).toEqual({ kind: 'none', reason: 'not-finite' });
    expect(readFigureInLabel(text).figure).toEqual({ kind: 'none', reason: 'not-finite' });
    expect(parseTarget(text).kind).toBe('qualitative');
  });

  it('reads a number cell by its value whatever its long text and format', () => {
    for (const text of [`1${spaces}万`, `其中：a:${spaces}1 #`]) {
      expect(readFigure(numberCell(1.5, text, text))).toMatchObject({ kind: 'number', value: 1.5 });
    }
  });

  it('collapses every run of spaces before a pattern sees it, so no pattern can backtrack over one', () => {
    expect(cleanFigureText(`1${spaces}%${spaces}#`)).toBe('1 % #');
    expect(cleanFigureText(`≥1${spaces}\n\u3000${spaces}以上#`)).toBe('≥1 以上#');
  });
});
