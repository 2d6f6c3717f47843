import { readFigureInLabel } from '../../../src/engine/figures';
import type { Figure } from '../../../src/engine/figures';

const money = (value: number, decimals: number, ...unit: 'unit-in-cell'[]): Figure => ({
  kind: 'number',
  value,
  decimals,
  percent: false,
  notes: ['figure-in-label', ...unit],
});

describe('readFigureInLabel reads the figure a clerk typed into a label cell', () => {
  const cases: [text: string, label: string, figure: Figure][] = [
    ['其中：一般公共预算：605.21', '一般公共预算', money(605.21, 2)],
    ['  其中：  一般公共预算：594.67万元', '一般公共预算', money(594.67, 2, 'unit-in-cell')],
    ['其中：基本支出：661.27', '基本支出', money(661.27, 2)],
    ['其中：一般公共预算：111.27', '一般公共预算', money(111.27, 2)],
    ['政府性基金拨款：0万元', '政府性基金拨款', money(0, 0, 'unit-in-cell')],
    ['政府性基金拨款：0', '政府性基金拨款', money(0, 0)],
    ['纳入专户管理的非税收入拨款：0', '纳入专户管理的非税收入拨款', money(0, 0)],
    ['纳入专户管理的非税收入拨款：', '纳入专户管理的非税收入拨款', { kind: 'none', reason: 'empty' }],
    ['其他资金：', '其他资金', { kind: 'none', reason: 'empty' }],
    ['其中: 基本支出: 127.73', '基本支出', money(127.73, 2)],
    ['项目支出：0', '项目支出', money(0, 0)],
    ['项目支出：—', '项目支出', { kind: 'none', reason: 'dash' }],
    ['项目支出：106万元', '项目支出', money(106, 0, 'unit-in-cell')],
    ['其中：\n一般公共预算：1,234.50', '一般公共预算', money(1234.5, 2)],
    ['一般公共预算 605.21', '一般公共预算', money(605.21, 2)],
    ['其中：一般公共预算 605.21', '一般公共预算', money(605.21, 2)],
    ['按收入性质分：', '按收入性质分', { kind: 'none', reason: 'empty' }],
    ['项目支出', '项目支出', { kind: 'none', reason: 'text' }],
    ['其中：公车购置', '公车购置', { kind: 'none', reason: 'text' }],
    ['1、业务工作经费', '1、业务工作经费', { kind: 'none', reason: 'text' }],
    ['备注：已完成', '备注', { kind: 'none', reason: 'text' }],
  ];

  it.each(cases)('%j → %s', (text, label, figure) => {
    expect(readFigureInLabel(text)).toEqual({ label, figure });
  });

  it('notes full-width digits typed after the label', () => {
    expect(readFigureInLabel('其中：基本支出：６６１.２７').figure).toEqual({
      kind: 'number',
      value: 661.27,
      decimals: 2,
      percent: false,
      notes: ['figure-in-label', 'full-width-digits'],
    });
  });

  it('reads a bare figure as a figure with no label', () => {
    expect(readFigureInLabel('605.21')).toEqual({ label: '', figure: money(605.21, 2) });
  });

  it('gives no label for a blank cell', () => {
    expect(readFigureInLabel('  ')).toEqual({ label: '', figure: { kind: 'none', reason: 'empty' } });
  });
});
