import { parseTarget } from '../../../src/engine/figures';
import type { Comparison, Target } from '../../../src/engine/figures';

const quantity = (comparison: Comparison, value: number, unit = ''): Target => ({
  kind: 'quantitative',
  comparison,
  value,
  percent: unit === '%',
  unit,
});

describe('parseTarget reads a 年度指标值', () => {
  const quantitative: [text: string, target: Target][] = [
    ['≥95%', quantity('>=', 0.95, '%')],
    ['>=95%', quantity('>=', 0.95, '%')],
    ['＞＝95%', quantity('>=', 0.95, '%')],
    ['≥ 90 %', quantity('>=', 0.9, '%')],
    ['≤127.73 万元', quantity('<=', 127.73, '万元')],
    ['≤123.47万元', quantity('<=', 123.47, '万元')],
    ['≤25 万元', quantity('<=', 25, '万元')],
    ['≤7.2万元', quantity('<=', 7.2, '万元')],
    ['\\leq 127.73 万元', quantity('<=', 127.73, '万元')],
    ['=100%', quantity('=', 1, '%')],
    ['＝100% as presets write it', quantity('=', 1, '%')],
    ['≥95%（含）', quantity('>=', 0.95, '%')],
    ['≥3年', quantity('>=', 3, '年')],
    ['100%', quantity('=', 1, '%')],
    ['97.26%', quantity('=', 0.9726, '%')],
    ['600次以上', quantity('>=', 600, '次')],
    ['77家', quantity('=', 77, '家')],
    ['不低于90%', quantity('>=', 0.9, '%')],
    ['不少于12次', quantity('>=', 12, '次')],
    ['达到100%', quantity('>=', 1, '%')],
    ['大于 95%', quantity('>', 0.95, '%')],
    ['≤3%', quantity('<=', 0.03, '%')],
    ['2%以下', quantity('<=', 0.02, '%')],
    ['3家以内', quantity('<=', 3, '家')],
    ['不超过3%', quantity('<=', 0.03, '%')],
    ['不高于5', quantity('<=', 5)],
    ['控制在127.73万元以内', quantity('<=', 127.73, '万元')],
    ['0', quantity('=', 0)],
    ['1,200人次', quantity('=', 1200, '人次')],
  ];

  it.each(quantitative)('%s is quantitative', (text, target) => {
    expect(parseTarget(text.replace(/ as .*$/, ''))).toEqual(target);
  });

  const deadlines: [text: string, year: number, month: number, day: number][] = [
    ['2024年12月31日前', 2024, 12, 31],
    ['2024年12月31日之前完成', 2024, 12, 31],
    ['2024 年 12 月 31 日之前完成', 2024, 12, 31],
    ['2025.6.30前', 2025, 6, 30],
    ['2024-12-31', 2024, 12, 31],
    ['2024年6月底前', 2024, 6, 30],
    ['2024年2月底', 2024, 2, 29],
    ['2024年底前', 2024, 12, 31],
    ['2024年', 2024, 12, 31],
  ];

  it.each(deadlines)('%s is a deadline', (text, year, month, day) => {
    expect(parseTarget(text)).toEqual({ kind: 'deadline', year, month, day });
  });

  it.each([
    '健全',
    '效果明显',
    '全区走访登记',
    '持续跟进',
    '有所改善',
    '2024年2月30日前',
    '≥5以下',
    '12月31日前',
    '2024年全区走访',
    '2023年决算数',
  ])('%s is qualitative', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'qualitative', text });
  });

  it('keeps the clerk’s words, trimmed, for a qualitative target', () => {
    expect(parseTarget('  合规 ')).toEqual({ kind: 'qualitative', text: '合规' });
  });

  it.each(['', '   ', '——', '—', '/'])('%j is no target', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'none' });
  });
});
