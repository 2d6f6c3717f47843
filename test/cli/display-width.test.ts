import { alignColumns, displayWidth, padDisplay } from '../../src/cli/display-width';

describe('display width in a terminal', () => {
  it('counts a Chinese character as two columns and ASCII as one', () => {
    expect(displayWidth('得分')).toBe(4);
    expect(displayWidth('I4')).toBe(2);
    expect(displayWidth('（50分)')).toBe(7);
    expect(displayWidth('㎡')).toBe(2);
  });

  it('pads mixed text to the same terminal width', () => {
    expect(displayWidth(padDisplay('错误', 8))).toBe(8);
    expect(displayWidth(padDisplay('error', 8))).toBe(8);
  });

  it('lines up the message column whatever the script of the columns before it', () => {
    const lines = alignColumns([
      ['单元格', '级别', '说明'],
      ['I4', '错误', '执行率得分应为 9.28'],
      ['B6:B9', 'warning', 'sum differs'],
    ]);
    const messageStart = lines.map((line, k) =>
      displayWidth(line.slice(0, line.indexOf(['说明', '执行率', 'sum'][k]))),
    );
    expect(new Set(messageStart).size).toBe(1);
  });
});
