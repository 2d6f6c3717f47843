import { readFigure } from '../../../src/engine/figures';
import type { Cell } from '../../../src/engine/grid/types';
import type { FigureNote, FigureRole, NoFigureReason } from '../../../src/engine/figures';
import { numberCell, textCell } from './cells';

type NumberCase = [
  name: string,
  cell: Cell,
  role: FigureRole,
  value: number,
  decimals: number,
  percent: boolean,
  notes: FigureNote[],
];

describe('readFigure reads what the sheet shows', () => {
  const numbers: NumberCase[] = [
    // Number cells: decimals from the format, else from the displayed text, else the value's own digits.
    ['全年执行数 767.27 in General', numberCell(767.27), 'money', 767.27, 2, false, []],
    ['年初预算数 394.50 with format 0.00', numberCell(394.5, '0.00', '394.50'), 'money', 394.5, 2, false, []],
    ['得分 10.00 with format #,##0.00', numberCell(10, '#,##0.00', '10.00'), 'score', 10, 2, false, []],
    ['执行率 0.9285 with format 0.00%', numberCell(0.9285, '0.00%', '92.85%'), 'rate', 0.9285, 2, true, []],
    ['控制率 1 with format 0.00% (100.00%)', numberCell(1, '0.00%', '100.00%'), 'rate', 1, 2, true, []],
    ['控制率 0.8462 with format 0%', numberCell(0.8462, '0%', '85%'), 'rate', 0.8462, 0, true, []],
    [
      'a percent format makes a percent in any role',
      numberCell(0.95, '0.0%', '95.0%'),
      'any',
      0.95,
      1,
      true,
      [],
    ],
    ['得分 9.2 in General', numberCell(9.2), 'score', 9.2, 1, false, []],
    [
      'General shown rounded by a narrow column',
      numberCell(9.2849, 'General', '9.28'),
      'score',
      9.2849,
      2,
      false,
      [],
    ],
    ['General shown as a percent', numberCell(0.9012, 'General', '90.12%'), 'rate', 0.9012, 2, true, []],
    ['Chinese General G/通用格式', numberCell(605.21, 'G/通用格式', '605.21'), 'money', 605.21, 2, false, []],
    [
      'float noise in a CLI rendering is ignored',
      numberCell(0.1 + 0.2, 'General', String(0.1 + 0.2)),
      'any',
      0.1 + 0.2,
      1,
      false,
      [],
    ],
    ['no text: the value’s own digits', numberCell(161.73, 'General', ''), 'money', 161.73, 2, false, []],
    ['"0.0#" shows what the value needs', numberCell(5.25, '0.0#', '5.25'), 'any', 5.25, 2, false, []],
    [
      'accounting format, negative section',
      numberCell(-3.5, '#,##0.00_ ;[Red]-#,##0.00 ', '-3.50'),
      'money',
      -3.5,
      2,
      false,
      [],
    ],
    [
      'a literal unit in the format',
      numberCell(127.73, '0.00"万元"', '127.73万元'),
      'money',
      127.73,
      2,
      false,
      [],
    ],
    ['−0 reads as 0', numberCell(-0, '0.00', '0.00'), 'money', 0, 2, false, []],
    // The "100 in a rate cell" convention.
    ['执行率 typed as 100 in a rate cell means 100%', numberCell(100), 'rate', 1, 0, true, []],
    ['执行率 typed as 92.85 in a rate cell means 92.85%', numberCell(92.85), 'rate', 0.9285, 2, true, []],
    [
      '执行率 typed as 92.85 with format 0.00',
      numberCell(92.85, '0.00', '92.85'),
      'rate',
      0.9285,
      2,
      true,
      [],
    ],
    [
      'a percent format wins: 92.85 formatted 0.00% shows 9285.00%',
      numberCell(92.85, '0.00%', '9285.00%'),
      'rate',
      92.85,
      2,
      true,
      [],
    ],
    ['a rate of 1.2 is already a fraction (120%)', numberCell(1.2), 'rate', 1.2, 1, false, []],
    ['a rate of 1.5 is still a fraction', numberCell(1.5), 'rate', 1.5, 1, false, []],
    ['100 is 100 outside a rate cell', numberCell(100), 'score', 100, 0, false, []],
    // Text.
    ['605.21 stored as text', textCell('605.21'), 'money', 605.21, 2, false, ['number-as-text']],
    ['605.21万元', textCell('605.21万元'), 'money', 605.21, 2, false, ['unit-in-cell']],
    ['111.27万元 from seed 004', textCell('111.27万元'), 'money', 111.27, 2, false, ['unit-in-cell']],
    ['full-width ０.５', textCell('０.５'), 'any', 0.5, 1, false, ['number-as-text', 'full-width-digits']],
    ['full-width １０分', textCell('１０分'), 'score', 10, 0, false, ['unit-in-cell', 'full-width-digits']],
    ['Arabic-Indic ١٢٣', textCell('١٢٣'), 'money', 123, 0, false, ['number-as-text', 'other-digits']],
    [
      'Arabic-Indic ٦٠٥٫٢١ with its decimal separator',
      textCell('٦٠٥٫٢١'),
      'money',
      605.21,
      2,
      false,
      ['number-as-text', 'other-digits'],
    ],
    ['Persian ۹۲.۸۵%', textCell('۹۲.۸۵%'), 'rate', 0.9285, 2, true, ['unit-in-cell', 'other-digits']],
    [
      'full-width ９２.８５％',
      textCell('９２.８５％'),
      'rate',
      0.9285,
      2,
      true,
      ['unit-in-cell', 'full-width-digits'],
    ],
    ['a rate with a line break', textCell('92.85\n%'), 'rate', 0.9285, 2, true, ['unit-in-cell']],
    ['90.12% typed as text', textCell('90.12%'), 'rate', 0.9012, 2, true, ['unit-in-cell']],
    ['95% typed as text in any role', textCell('95%'), 'any', 0.95, 0, true, ['unit-in-cell']],
    ['92.85 typed as text in a rate cell', textCell('92.85'), 'rate', 0.9285, 2, true, ['number-as-text']],
    ['0.9285 typed as text in a rate cell', textCell('0.9285'), 'rate', 0.9285, 4, false, ['number-as-text']],
    [
      '34 with a remark (seed 003)',
      textCell('34（其中 26 万元纳入基本支出，8 万元为年中追加）'),
      'money',
      34,
      0,
      false,
      ['leading-figure'],
    ],
    [
      '=161.73 万元 is a comparison, not a formula',
      textCell('=161.73 万元'),
      'money',
      161.73,
      2,
      false,
      ['unit-in-cell'],
    ],
    ['=100% is a comparison, not a formula', textCell('=100%'), 'rate', 1, 0, true, ['unit-in-cell']],
    ['=95% from seed 003', textCell('=95%'), 'rate', 0.95, 0, true, ['unit-in-cell']],
    ['thousands separators 1,234.50', textCell('1,234.50'), 'money', 1234.5, 2, false, ['number-as-text']],
    ['a negative typed as text', textCell('-12.5'), 'money', -12.5, 1, false, ['number-as-text']],
    ['a full-width minus', textCell('－3'), 'money', -3, 0, false, ['number-as-text']],
    ['a typographic minus', textCell('−0.25'), 'money', -0.25, 2, false, ['number-as-text']],
    [
      'surrounding and ideographic spaces',
      textCell('\u3000 0.00 '),
      'money',
      0,
      2,
      false,
      ['number-as-text'],
    ],
    ['0万元', textCell('0万元'), 'money', 0, 0, false, ['unit-in-cell']],
    ['a duration in years is a quantity', textCell('3年'), 'any', 3, 0, false, ['unit-in-cell']],
    ['a remark in ASCII brackets', textCell('100%(含)'), 'rate', 1, 0, true, ['leading-figure']],
    ['a unit in square metres', textCell('120㎡'), 'any', 120, 0, false, ['unit-in-cell']],
  ];

  it.each(numbers)('%s', (_name, cell, role, value, decimals, percent, notes) => {
    expect(readFigure(cell, role)).toEqual({ kind: 'number', value, decimals, percent, notes });
  });

  const none: [name: string, cell: Cell | undefined, reason: NoFigureReason][] = [
    ['no cell at all', undefined, 'empty'],
    ['an empty cell', { value: null, text: '', numberFormat: 'General' }, 'empty'],
    ['an empty string', textCell(''), 'empty'],
    ['only spaces', textCell('  \u3000 '), 'empty'],
    ['——', textCell('——'), 'dash'],
    ['—', textCell('—'), 'dash'],
    ['-', textCell('-'), 'dash'],
    ['/', textCell('/'), 'dash'],
    ['…… (seed 002)', textCell('……'), 'dash'],
    ['words: 健全', textCell('健全'), 'text'],
    ['words: 超预期完成', textCell('超预期完成'), 'text'],
    ['a date is words: 2024年12月31日之前完成', textCell('2024年12月31日之前完成'), 'text'],
    ['a number inside a sentence', textCell('对全市77家行业协会商会开展调研'), 'text'],
    ['two numbers', textCell('12-15'), 'text'],
    ['a year under 时效指标: 2024年 (seed 000)', textCell('2024年'), 'text'],
    ['NaN', numberCell(Number.NaN), 'not-finite'],
    ['Infinity', numberCell(Number.POSITIVE_INFINITY), 'not-finite'],
    ['-Infinity', numberCell(Number.NEGATIVE_INFINITY), 'not-finite'],
    ['#DIV/0!', textCell('#DIV/0!'), 'not-finite'],
    ['#VALUE!', textCell('#VALUE!'), 'not-finite'],
    ['#N/A', textCell('#N/A'), 'not-finite'],
    ['the word Infinity', textCell('Infinity'), 'not-finite'],
    ['a number too large for a double', textCell('1e400'), 'not-finite'],
    ['TRUE', { value: true, text: 'TRUE', numberFormat: 'General' }, 'boolean'],
    ['FALSE', { value: false, text: 'FALSE', numberFormat: 'General' }, 'boolean'],
  ];

  it.each(none)('reads no figure from %s', (_name, cell, reason) => {
    expect(readFigure(cell)).toEqual({ kind: 'none', reason });
  });

  it('counts decimals in the percent when a rate shown as a percent is compared (seed 004: 90.12%)', () => {
    const typed = readFigure(textCell('90.12%'), 'rate');
    const formatted = readFigure(numberCell(0.9012, '0.00%', '90.12%'), 'rate');
    expect(typed).toMatchObject({ value: 0.9012, decimals: 2, percent: true });
    expect(formatted).toMatchObject({ value: 0.9012, decimals: 2, percent: true });
  });
});
