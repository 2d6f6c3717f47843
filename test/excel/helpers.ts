// Small helpers the adapter's tests share: a finding on the simulated overall sheet, the fills and notes a sheet
// shows, and the BlockInsertError a refused call gives.
import type { Finding } from '../../src/engine/rules/types';
import { BlockInsertError } from '../../src/excel';
import type { SimWorkbookState } from '../../src/simhost';

/** The sheet of test/simhost/fixtures' overallSheet(). */
export const OVERALL = '部门整体支出绩效自评表';

/** Seed 004's budget score: 10 × 111.27/123.47 = 9.01, written as 9.2. */
export function scoreFinding(cell: string, severity: Finding['severity'], sheet = OVERALL): Finding {
  return {
    sheet,
    cell,
    rule: 'overall-budget-score',
    severity,
    message: '得分应为 10 × 111.27/123.47 = 9.01',
    expected: '9.01',
    actual: '9.20',
  };
}

function cellsWith<K extends 'fill' | 'note'>(
  state: SimWorkbookState,
  sheet: string,
  key: K,
): Record<string, string> {
  const cells = state.sheets.find((candidate) => candidate.name === sheet)?.cells ?? {};
  return Object.fromEntries(
    Object.entries(cells)
      .filter(([, cell]) => cell[key] !== undefined)
      .map(([address, cell]) => [address, cell[key] as string]),
  );
}

/** Every filled cell of a sheet by address. */
export const fillsOf = (state: SimWorkbookState, sheet = OVERALL) => cellsWith(state, sheet, 'fill');

/** Every cell holding a note, by address. */
export const notesOf = (state: SimWorkbookState, sheet = OVERALL) => cellsWith(state, sheet, 'note');

/** The BlockInsertError a call refused with; fails the test if it resolved or threw something else. */
export async function refusal(promise: Promise<unknown>): Promise<BlockInsertError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BlockInsertError) return error;
    throw error;
  }
  throw new Error('expected a BlockInsertError');
}
