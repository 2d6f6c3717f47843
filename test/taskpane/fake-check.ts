// A stand-in for checkWorkbook: each expectation says what a cell should hold, as a rule would compute it.
// It keeps these tests about orchestration; the engine's own tests cover the arithmetic.
import { parseA1 } from '../../src/engine/grid/a1';
import type { CheckFn } from '../../src/app/validation-session';
import type { Finding, Severity } from '../../src/engine/rules/types';

export interface Expectation {
  readonly cell: string;
  readonly rule: string;
  readonly expected: number;
  readonly severity?: Severity;
  /** False for a mismatch no single cell write can cure (e.g. a group's weights). */
  readonly fixable?: boolean;
}

export function fakeCheck(expectations: readonly Expectation[]): CheckFn {
  return (grids, options) => {
    const findings: Finding[] = [];
    for (const grid of grids) {
      for (const expectation of expectations) {
        const at = parseA1(expectation.cell);
        const actual = at ? grid.cellAt(at.row, at.col)?.value : undefined;
        if (actual === expectation.expected) continue;
        const finding: Finding = {
          sheet: grid.name,
          cell: expectation.cell,
          rule: expectation.rule,
          severity: expectation.severity ?? 'error',
          message: options.lang === 'en' ? `${expectation.rule} mismatch` : `${expectation.rule} 不符`,
          expected: String(expectation.expected),
          actual: actual === undefined || actual === null ? null : String(actual),
        };
        findings.push(expectation.fixable === false ? finding : { ...finding, fix: expectation.expected });
      }
    }
    return {
      tables: [],
      summaries: [{ sheet: grids[0]?.name ?? '', kind: 'overall-self-eval', range: 'A1:H30' }],
      findings,
    };
  };
}
