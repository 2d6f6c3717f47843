import { gridFromRows } from '../../../src/engine/grid/grid';
import type { Field, RecognizedTable } from '../../../src/engine/model/tables';
import { recognizeTablesStrict as recognizeTables } from '../../../src/engine/recognize';
import { rowsFromText, SEED_003_TEXT } from './fixtures/seed003-text';

const num = (field: Field | undefined): number | undefined =>
  field?.figure.kind === 'number' ? field.figure.value : undefined;
type Of<K extends RecognizedTable['kind']> = Extract<RecognizedTable, { kind: K }>;

describe('seed 003 pasted as text: no merges, every figure typed as text, tables one under the other', () => {
  const tables = recognizeTables(gridFromRows('粘贴', rowsFromText(SEED_003_TEXT), { row: 1, col: 2 }));
  const of = <K extends RecognizedTable['kind']>(kind: K): Of<K>[] =>
    tables.filter((table): table is Of<K> => table.kind === kind);

  it('finds the basic data table, the overall table and both projects', () => {
    expect(tables.map((table) => table.kind)).toEqual([
      'basic-data',
      'overall-self-eval',
      'project-self-eval',
      'project-self-eval',
    ]);
    expect(tables.map((table) => table.year)).toEqual([2024, 2024, 2024, 2024]);
  });

  it('reads staff 8 of 8 and 业务工作经费 34 = 25 + 7.2 + 1.8 from the "34（其中 26 万元…）" cells', () => {
    const [basic] = of('basic-data');
    expect([basic.staff?.authorized, basic.staff?.actual].map(num)).toEqual([8, 8]);
    const rows = basic.money?.rows ?? [];
    const business = rows.findIndex((row) => row.role === 'business');
    expect(rows[business].values.map(num)).toEqual([34, 34, 34]);
    expect(rows.filter((row) => row.parent === business).map((row) => num(row.values[2]))).toEqual([
      25, 7.2, 1.8,
    ]);
    expect(basic.building).toBeDefined();
    expect(basic.completeness).toBe('complete');
  });

  it('reads 171.38 executed, 一般公共预算 161.73 and the blank 政府性基金拨款 as empty', () => {
    const [overall] = of('overall-self-eval');
    expect(num(overall.funding?.total.executed)).toBe(171.38);
    expect(overall.bySource.map((item) => [item.label, num(item.field)])).toEqual([
      ['一般公共预算', 161.73],
      ['政府性基金拨款', undefined],
      ['纳入专户管理的非税收入拨款', undefined],
      ['其他资金', undefined],
    ]);
    expect(overall.byNature.map((item) => num(item.field))).toEqual([127.73, 34]);
    expect(overall.indicators?.groups.map((group) => group.statedWeight)).toEqual([20, 40, 20, 10]);
    expect(overall.indicators?.total?.label).toBe('总分(含预算执行率10分)');
  });

  it('reads the second project, whose 主管部门 is blank and whose 总分 sits one column in', () => {
    const [, second] = of('project-self-eval');
    expect(second.projectName?.cell?.value).toBe('信访接待工作经费');
    expect(second.department?.cell).toBeUndefined();
    expect(second.implementer?.cell?.value).toBe('洪江区信访局');
    expect(num(second.funding?.total.executed)).toBe(7.2);
    const weights = second.indicators?.groups.flatMap((group) => group.rows.map((row) => num(row.weight)));
    expect(weights).toEqual([20, 0, 0, 15, 15, 10, 5, 10, undefined, 5, 10]);
    expect([num(second.indicators?.total?.weight), num(second.indicators?.total?.score)]).toEqual([100, 100]);
  });
});
