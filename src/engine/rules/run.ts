/**
 * Running the rules over tables, once per check. Each (table, rule) run is remembered with whether the rule
 * looked at the other tables: the fix plan re-checks the tables a plan touches, and a table the plan leaves
 * as it was gives the same reports for every rule that read only that table, so those are not run again.
 * (A rule is a pure function of its table and context; one that reads `context.tables` is run again.)
 */
import type { RecognizedTable } from '../model/tables';
import type { TemplateProfile } from '../profiles/types';
import { cellOf, messageOf, Repeats, toFinding } from './finding';
import { ALL_RULES } from './index';
import type { Finding, Lang, Rule, RuleContext, RuleReport } from './types';

export interface RuleRunOptions {
  readonly disabledRules?: readonly string[];
  readonly rules?: readonly Rule[];
  readonly profiles?: { readonly profiles?: readonly TemplateProfile[] };
}

/** What the fix plan needs of a finding after a plan is applied: which it is, and whether it is an error. */
export type FindingKey = Pick<Finding, 'sheet' | 'cell' | 'rule' | 'severity'>;

interface Run {
  readonly table: RecognizedTable;
  readonly rule: Rule;
  readonly reports: readonly RuleReport[];
}

export class RuleRuns {
  private readonly rules: readonly Rule[];
  private readonly profiles: readonly TemplateProfile[] | undefined;
  private readonly runs: Run[] = [];
  /** Per table, per rule index: reports that did not depend on the other tables. */
  private readonly ownOnly = new Map<RecognizedTable, (readonly RuleReport[] | undefined)[]>();
  /** Set by the context's `tables` getter while a rule runs. */
  private readOthers = false;
  private contextTables: readonly RecognizedTable[] = [];
  private readonly context: RuleContext;

  constructor(
    private readonly tables: readonly RecognizedTable[],
    options: RuleRunOptions,
  ) {
    const disabled = new Set(options.disabledRules ?? []);
    this.rules = (options.rules ?? ALL_RULES).filter((rule) => !disabled.has(rule.id));
    this.profiles = options.profiles?.profiles;
    this.context = this.makeContext();
    for (const table of tables) {
      const own: (readonly RuleReport[] | undefined)[] = [];
      this.rules.forEach((rule, index) => {
        if (!rule.appliesTo.includes(table.kind)) return;
        const reports = this.run(rule, table, tables);
        this.runs.push({ table, rule, reports });
        if (!this.readOthers) own[index] = reports;
      });
      this.ownOnly.set(table, own);
    }
  }

  /** Every finding, in sheet order, then row, then column; exact repeats dropped. */
  findings(lang: Lang): Finding[] {
    const sheetOrder = new Map<string, number>();
    for (const table of this.tables)
      if (!sheetOrder.has(table.sheet)) sheetOrder.set(table.sheet, sheetOrder.size);
    const located: { finding: Finding; sheetIndex: number; row: number; col: number }[] = [];
    const seen = new Set<string>();
    // Indexed loops: the checking workers run most code unoptimised, where for…of allocates a result per step.
    for (let r = 0; r < this.runs.length; r++) {
      const { table, rule, reports } = this.runs[r];
      for (let k = 0; k < reports.length; k++) {
        const report = reports[k];
        const finding = toFinding(rule, report, table.sheet, lang, table.profile);
        const key = `${finding.sheet}|${finding.cell}|${finding.rule}|${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const at = report.at;
        located.push({
          finding,
          sheetIndex: sheetOrder.get(table.sheet) ?? 0,
          row: 'top' in at ? at.top : at.row,
          col: 'top' in at ? at.left : at.col,
        });
      }
    }
    located.sort((a, b) => a.sheetIndex - b.sheetIndex || a.row - b.row || a.col - b.col);
    return located.map((entry) => entry.finding);
  }

  /**
   * The findings `findings` would give for `subset` alone (some tables patched), as keys and severities in no
   * particular order: all the fix plan compares. Messages are written only to tell exact repeats apart.
   */
  recheck(subset: readonly RecognizedTable[], lang: Lang): FindingKey[] {
    const out: FindingKey[] = [];
    const seen = new Repeats();
    for (const table of subset) {
      const own = this.ownOnly.get(table);
      this.rules.forEach((rule, index) => {
        if (!rule.appliesTo.includes(table.kind)) return;
        const reports = own?.[index] ?? this.run(rule, table, subset);
        for (const report of reports) {
          const cell = cellOf(report.at);
          const key = `${table.sheet}|${cell}|${rule.id}`;
          if (!seen.isNew(key, () => messageOf(rule, report, lang))) continue;
          out.push({ sheet: table.sheet, cell, rule: rule.id, severity: report.severity ?? rule.severity });
        }
      });
    }
    return out;
  }

  /** One context for every run: its `tables` getter notes that the running rule looked at the other tables. */
  private makeContext(): RuleContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter reports to this run
    const runs = this;
    const profiles = this.profiles;
    return profiles
      ? {
          get tables(): readonly RecognizedTable[] {
            runs.readOthers = true;
            return runs.contextTables;
          },
          profiles,
        }
      : {
          get tables(): readonly RecognizedTable[] {
            runs.readOthers = true;
            return runs.contextTables;
          },
        };
  }

  private run(rule: Rule, table: RecognizedTable, tables: readonly RecognizedTable[]): readonly RuleReport[] {
    this.readOthers = false;
    this.contextTables = tables;
    try {
      return rule.check(table, this.context);
    } catch (error) {
      // A rule bug must not hide every other finding; it surfaces as one info line instead.
      const detail = error instanceof Error ? error.message : String(error);
      return [
        {
          at: { row: table.area.top, col: table.area.left },
          messageId: '__internal',
          data: { detail },
          severity: 'info',
          expected: null,
          actual: null,
        },
      ];
    }
  }
}
