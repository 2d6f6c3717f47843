import type { MoneyRowRole } from '../model/tables';
import { GENERIC_MONEY_ROLES } from '../profiles/generic';
import { compileWords } from '../profiles/words';

const ROLE_TESTS = GENERIC_MONEY_ROLES.map(([role, words]) => [role, compileWords(words)] as const);

/**
 * Roles by label core, shared by every sheet: the 经费控制情况 lines are the template's own (公用经费, 三公经费 …)
 * and come back file after file, and working one out asks up to seventeen word lists. A pure function of the
 * label; bounded, and emptied when full.
 */
const ROLES = new Map<string, MoneyRowRole>();
const MAX_ROLES = 2048;

/** What a 经费控制情况 line stands for, from its label core (the words: profiles/generic.ts). */
export function moneyRole(core: string): MoneyRowRole {
  let role = ROLES.get(core);
  if (role === undefined) {
    role = roleOf(core);
    if (ROLES.size >= MAX_ROLES) ROLES.clear();
    ROLES.set(core, role);
  }
  return role;
}

function roleOf(core: string): MoneyRowRole {
  for (let k = 0; k < ROLE_TESTS.length; k++) if (ROLE_TESTS[k][1](core)) return ROLE_TESTS[k][0];
  return 'item';
}

const TOP_LEVEL: ReadonlySet<MoneyRowRole> = new Set([
  'basic-expenditure',
  'three-public',
  'project-expenditure',
  'procurement',
  'budget-adjustment',
]);

/** Roles whose children are known by role, wherever they sit. */
const PARENT_ROLE: Partial<Record<MoneyRowRole, MoneyRowRole>> = {
  office: 'public-funds',
  'utilities-travel': 'public-funds',
  'meetings-training': 'public-funds',
  vehicle: 'three-public',
  overseas: 'three-public',
  reception: 'three-public',
  'vehicle-purchase': 'vehicle',
  'vehicle-operation': 'vehicle',
  business: 'project-expenditure',
  'operation-maintenance': 'project-expenditure',
  'special-fund': 'project-expenditure',
};

/** Parents whose value must equal their children's sum; every other parent only bounds its 其中 parts. */
const EXACT: ReadonlySet<MoneyRowRole> = new Set([
  'three-public',
  'vehicle',
  'project-expenditure',
  'business',
  'operation-maintenance',
  'special-fund',
]);

/** Lines that list their own items below them ("1、业务工作经费（一个项目一行）" then one row per project). */
const LISTS_ITEMS: ReadonlySet<MoneyRowRole> = new Set(['business', 'operation-maintenance', 'special-fund']);

export interface TreeLine {
  readonly role: MoneyRowRole;
  readonly numbered: boolean;
  readonly under: boolean; // 其中
  readonly hasFigures: boolean;
}

/**
 * Builds the parent of each line in one pass. Known roles find their parent by role (公车购置 → the nearest
 * 公务用车 line above); "其中" lines belong to the line above; numbered items are siblings of the previous
 * numbered item; unnumbered items under a "一个项目一行" line are its items.
 */
export function buildTree(lines: readonly TreeLine[]): {
  parents: (number | null)[];
  breakdown: Map<number, 'exact' | 'partial'>;
} {
  const parents: (number | null)[] = [];
  const lastOfRole = new Map<MoneyRowRole, number>();
  let lastNumbered: number | undefined;
  let listOwner: number | undefined; // a 业务工作经费-like line whose unnumbered followers are its items

  lines.forEach((line, i) => {
    let parent: number | null = null;
    const known = PARENT_ROLE[line.role];
    if (TOP_LEVEL.has(line.role) && !line.under) {
      parent = null;
    } else if (line.under && i > 0) {
      const previous = lines[i - 1];
      if (known !== undefined && lastOfRole.has(known)) parent = lastOfRole.get(known) ?? null;
      // "其中：A" then "其中：B" with no known roles: both are parts of the same line.
      else if (previous.under && previous.role === 'item' && line.role === 'item') parent = parents[i - 1];
      else parent = i - 1;
    } else if (known !== undefined && lastOfRole.has(known)) {
      parent = lastOfRole.get(known) ?? null;
    } else if (line.role === 'public-funds') {
      parent = null;
    } else if (line.numbered && lastNumbered !== undefined) {
      parent = parents[lastNumbered];
    } else if (!line.numbered && listOwner !== undefined) {
      parent = lines[listOwner].hasFigures ? listOwner : parents[listOwner];
    } else if (!line.numbered && i > 0 && line.role === 'item' && parents[i - 1] !== null) {
      parent = parents[i - 1];
    }
    parents.push(parent);
    lastOfRole.set(line.role, i);
    if (line.numbered) lastNumbered = i;
    if (LISTS_ITEMS.has(line.role)) listOwner = i;
    else if (line.numbered || TOP_LEVEL.has(line.role) || (line.role !== 'item' && !line.under))
      listOwner = undefined;
  });

  const breakdown = new Map<number, 'exact' | 'partial'>();
  parents.forEach((parent) => {
    if (parent !== null && !breakdown.has(parent))
      breakdown.set(parent, EXACT.has(lines[parent].role) ? 'exact' : 'partial');
  });
  return { parents, breakdown };
}
