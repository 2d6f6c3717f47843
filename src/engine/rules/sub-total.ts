/**
 * A total row equals the sum of its parts: 三公经费 = its three items, 公务用车 = 购置 + 运行维护,
 * 项目支出 = its listed items (basic-data, breakdown 'exact'), and 年度资金总额 = its 其中 rows (项目资金).
 * The finding points at the total, the one cell whose change makes the column add up.
 */
import type {
  BasicDataTable,
  Field,
  FundingRow,
  ProjectSelfEvalTable,
  OverallSelfEvalTable,
  RecognizedTable,
} from '../model/tables';
import { formatTerms } from './support/format';
import { agrees, mismatch } from './support/shown';
import { sumParts } from './support/sums';
import type { Rule, RuleReport } from './types';

export const subTotal: Rule = {
  id: 'sub-total',
  severity: 'error',
  appliesTo: ['basic-data', 'overall-self-eval', 'project-self-eval'],
  description: {
    zh: '合计行应等于其各组成部分之和（三公经费、公务用车购置和维护经费、项目支出、年度资金总额）。',
    en: 'A total row equals the sum of its parts (三公经费, 公务用车, 项目支出, 年度资金总额).',
  },
  messages: {
    zh: {
      wrong: '{label}（{column}）应为各项之和 {expected}（{terms}），表中为 {actual}。',
      blank: '{label}（{column}）未填写，各项之和为 {expected}（{terms}）。',
    },
    en: {
      wrong:
        '{label} ({column}) should be the sum of its parts, {expected} ({terms}); the sheet shows {actual}.',
      blank: '{label} ({column}) is blank; its parts add up to {expected} ({terms}).',
    },
  },
  check(table: RecognizedTable): RuleReport[] {
    if (table.kind === 'basic-data') return checkMoney(table);
    return checkFunding(table);
  },
};

function checkMoney(table: BasicDataTable): RuleReport[] {
  const money = table.money;
  if (!money) return [];
  const reports: RuleReport[] = [];
  for (const [parentIndex, breakdown] of money.breakdown) {
    const parent = money.rows[parentIndex];
    if (breakdown !== 'exact' || !parent) continue;
    const children = money.rows.filter((row) => row.parent === parentIndex);
    if (children.length === 0) continue;
    money.columns.forEach((column, columnIndex) => {
      const total = parent.values[columnIndex];
      if (!total) return;
      const parts = children.map((child) => child.values[columnIndex]);
      reports.push(...compareTotal(total, parts, parent.label, column.header));
    });
  }
  return reports;
}

const FUNDING_COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['fullYearBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const satisfies readonly (readonly [keyof FundingRow, string])[];

/** Each breakdown listed under the total (by source of money, by nature of spending) sums to it on its own. */
function checkFunding(table: OverallSelfEvalTable | ProjectSelfEvalTable): RuleReport[] {
  const funding = table.funding;
  if (!funding || funding.parts.length === 0) return [];
  const families = new Map<string, FundingRow[]>();
  for (const part of funding.parts) {
    const family = part.family ?? 'source';
    families.set(family, [...(families.get(family) ?? []), part]);
  }
  return [...families.values()].flatMap((parts) =>
    FUNDING_COLUMNS.flatMap(([key, column]) =>
      compareTotal(
        funding.total[key],
        parts.map((part) => part[key]),
        funding.total.label,
        column,
      ),
    ),
  );
}

function compareTotal(
  total: Field,
  parts: readonly (Field | undefined)[],
  label: string,
  column: string,
): RuleReport[] {
  const sum = sumParts(parts);
  if (!sum) return [];
  // Written only for a finding: most totals add up.
  const dataOf = () => ({ label: label.trim(), column: column.trim(), terms: formatTerms(sum.counted) });
  if (total.figure.kind === 'none') {
    // A blank total over parts that add up to nothing is "not applicable", like the parts themselves.
    if (sum.sum === 0) return [];
    return [{ at: total.at, messageId: 'blank', data: dataOf(), ...mismatch(total, 'money', sum.sum) }];
  }
  if (agrees(total, 'money', sum.sum, sum.decimals)) return [];
  return [{ at: total.at, messageId: 'wrong', data: dataOf(), ...mismatch(total, 'money', sum.sum) }];
}
