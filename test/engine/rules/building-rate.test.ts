import { buildingRate } from '../../../src/engine/rules/building-rate';
import { basicTable, findingsOf, pct, summary } from './support/build';
import type { Typed } from './support/build';

const rule = buildingRate;

/** 批复规模 B31, 实际规模 C31, 规模控制率 D31, 预算投资 E31, 实际投资 F31, 投资概算控制率 G31. */
const building = (figures: [Typed, Typed, Typed, Typed, Typed, Typed]) =>
  basicTable({ building: { row: 30, figures } });

describe('building-rate: 规模控制率 and 投资概算控制率', () => {
  describe('valid', () => {
    it('accepts a row of zeros: no building project, no division by zero (seed 002, 003)', () => {
      expect(findingsOf(rule, building([{ value: 0, format: '0.00' }, 0, 0, 0, 0, 0]))).toEqual([]);
    });

    it('accepts a blank row (seed 000)', () => {
      expect(findingsOf(rule, building([null, '　', '　', '　', '　', '　']))).toEqual([]);
    });

    it('accepts 1200 / 1250 = 96.00% and 480 / 500 = 96.00%', () => {
      expect(findingsOf(rule, building([1250, 1200, pct(0.96), 500, 480, pct(0.96)]))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 规模控制率 104.17% typed upside down when 1200 / 1250 = 96.00%', () => {
      expect(findingsOf(rule, building([1250, 1200, pct(1.0417), 500, 480, pct(0.96)])).map(summary)).toEqual(
        [
          {
            rule: 'building-rate',
            severity: 'error',
            cell: 'D31',
            expected: '96.00%',
            actual: '104.17%',
            fix: 0.96,
          },
        ],
      );
    });

    it('flags 投资概算控制率 0 when 480 / 500 = 96%', () => {
      expect(findingsOf(rule, building([0, 0, 0, 500, 480, 0]), 'en').map(summary)).toEqual([
        { rule: 'building-rate', severity: 'error', cell: 'G31', expected: '96.00%', actual: '0', fix: 0.96 },
      ]);
    });
  });
});
