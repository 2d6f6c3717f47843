// The validation orchestration shared by the pane and the ribbon, free of React and of any host API: read → check → drop ignored → highlight, and the actions on findings.
// Components subscribe to its state and call its methods; they never talk to the port themselves.
import { checkWorkbook, type CheckOptions, type CheckResult, type TableSummary } from '../engine/check';
import type { FixPlan } from '../engine/localize';
import type { Finding, Lang } from '../engine/rules/types';
import type { SheetGrid } from '../engine/grid/types';
import { parseA1 } from '../engine/grid/a1';
import { FixError, fixErrorText, type CellContent } from '../host/fixes';
import { findingKey, type CellFix, type ReadScope, type WorkbookPort } from '../host/port';
import { parseA1Area } from '../engine/grid/a1';
import type { TableProfileChoice } from '../engine/recognize/profile-choice';
import { withProfileChoice } from '../host/profile-choices';

export type SessionStatus = 'idle' | 'validating' | 'ready' | 'error';

export interface SessionState {
  readonly status: SessionStatus;
  /** The scope of the last validation, null before the first one. */
  readonly scope: ReadScope | null;
  /** Findings not ignored, in the engine's order. */
  readonly findings: readonly Finding[];
  readonly tables: readonly TableSummary[];
  readonly ignoredCount: number;
  /** The findings of the last validation the clerk chose to ignore (kept per workbook), for "show / restore". */
  readonly ignored: readonly Finding[];
  /** The template profiles a person chose for tables (kept in the workbook); other tables are matched. */
  readonly profileChoices: readonly TableProfileChoice[];
  /** What went wrong in the last operation, if it failed. */
  readonly error: string | null;
  /** Notice of the last completed action (fixed N cells, cleared N cells), for a live region. */
  readonly notice: { readonly kind: 'fixed' | 'cleared'; readonly count: number } | null;
  readonly liveMode: boolean;
}

export type CheckFn = (grids: Parameters<typeof checkWorkbook>[0], options: CheckOptions) => CheckResult;

export interface SessionOptions {
  readonly lang: Lang;
  /** Defaults to the engine's checkWorkbook; tests pass their own. */
  readonly check?: CheckFn;
  /** Delay between a user's edit and the re-check in live mode. */
  readonly liveDelayMs?: number;
}

const INITIAL: SessionState = {
  status: 'idle',
  scope: null,
  findings: [],
  tables: [],
  ignoredCount: 0,
  ignored: [],
  profileChoices: [],
  error: null,
  notice: null,
  liveMode: false,
};

/** A finding's fix, carrying what its cell held when validated (from the grids read), so the host writes it
 *  only while the cell still holds that. */
export function fixOf(finding: Finding, grids: readonly SheetGrid[] = []): CellFix | null {
  if (finding.fix === undefined && finding.fixFormula === undefined) return null;
  const value = finding.fix ?? '';
  const fix: CellFix = finding.fixFormula
    ? { sheet: finding.sheet, cell: finding.cell, value, formula: finding.fixFormula }
    : { sheet: finding.sheet, cell: finding.cell, value };
  const validated = validatedContent(grids, finding.sheet, finding.cell);
  return validated ? { ...fix, validated } : fix;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a cell, as last read, holds its fix (the formula, or the value). */
function holdsFix(grids: readonly SheetGrid[], fix: CellFix): boolean {
  const content = validatedContent(grids, fix.sheet, fix.cell);
  if (!content) return false;
  return fix.formula !== undefined ? content.formula === fix.formula : content.value === fix.value;
}

function validatedContent(grids: readonly SheetGrid[], sheet: string, cell: string): CellContent | undefined {
  const grid = grids.find((candidate) => candidate.name === sheet);
  const at = parseA1(cell);
  if (!grid || !at) return undefined;
  const found = grid.cellAt(at.row, at.col);
  if (!found) return { value: null };
  return found.formula ? { value: found.value, formula: found.formula } : { value: found.value };
}

export class ValidationSession {
  private state: SessionState = INITIAL;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private lang: Lang;
  private readonly check: CheckFn;
  private readonly liveDelayMs: number;
  private unsubscribeEdits: (() => Promise<void>) | null = null;
  private liveTimer: ReturnType<typeof setTimeout> | null = null;
  /** The workbook's per-table profile choices, once loaded. */
  private profileChoices: TableProfileChoice[] | null = null;
  /** Serialises host operations: Excel rejects overlapping batches that touch the same ranges. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The grids the current findings were checked on: what each fix expects its cell to hold. */
  private grids: readonly SheetGrid[] = [];
  /** The engine's one fix plan for those grids (error localisation), when the check made one. */
  private fixPlan: FixPlan | null = null;

  constructor(
    private readonly port: WorkbookPort,
    options: SessionOptions,
  ) {
    this.lang = options.lang;
    this.check = options.check ?? checkWorkbook;
    this.liveDelayMs = options.liveDelayMs ?? 800;
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes the language of findings; re-validates when there are results to re-word. */
  async setLang(lang: Lang): Promise<void> {
    if (lang === this.lang) return;
    this.lang = lang;
    if (this.state.scope) await this.validate(this.state.scope);
  }

  validate(scope: ReadScope): Promise<void> {
    return this.enqueue(() => this.runValidation(scope));
  }

  /** Writes one finding's fix into its cell, then re-validates so the list reflects the sheet. */
  fix(finding: Finding): Promise<void> {
    const fix = fixOf(finding, this.grids);
    if (!fix) return Promise.resolve();
    return this.applyAndRevalidate([fix]);
  }

  /**
   * The fixes "Fix all" would write. With the engine's fix plan: its changes (roots only — a consequence holds
   * once its root is fixed), each with the root finding listed at its cell; a change whose finding the clerk
   * ignored is left out. Without one: one per fixable finding, the first finding of a cell wins.
   */
  pendingFixes(): { finding: Finding; fix: CellFix }[] {
    if (this.fixPlan) return this.planFixes(this.fixPlan);
    const seen = new Set<string>();
    const result: { finding: Finding; fix: CellFix }[] = [];
    for (const finding of this.state.findings) {
      const fix = fixOf(finding, this.grids);
      const cellKey = `${finding.sheet}!${finding.cell}`;
      if (!fix || seen.has(cellKey)) continue;
      seen.add(cellKey);
      result.push({ finding, fix });
    }
    return result;
  }

  private planFixes(plan: FixPlan): { finding: Finding; fix: CellFix }[] {
    const result: { finding: Finding; fix: CellFix }[] = [];
    for (const change of plan.changes) {
      const finding =
        this.state.findings.find(
          (candidate) =>
            candidate.sheet === change.sheet && candidate.cell === change.cell && candidate.role === 'root',
        ) ??
        this.state.findings.find(
          (candidate) => candidate.sheet === change.sheet && candidate.cell === change.cell,
        );
      if (!finding) continue;
      const base: CellFix = change.formula
        ? { sheet: change.sheet, cell: change.cell, value: change.value, formula: change.formula }
        : { sheet: change.sheet, cell: change.cell, value: change.value };
      const validated = validatedContent(this.grids, change.sheet, change.cell);
      result.push({ finding, fix: validated ? { ...base, validated } : base });
    }
    return result;
  }

  fixAll(): Promise<void> {
    const fixes = this.pendingFixes().map((entry) => entry.fix);
    if (fixes.length === 0) return Promise.resolve();
    return this.applyAndRevalidate(fixes);
  }

  /** Remembers the finding as ignored in the workbook and re-validates so its highlight goes too. */
  ignore(finding: Finding): Promise<void> {
    return this.enqueue(async () => {
      const keys = new Set(await this.port.loadIgnored());
      keys.add(findingKey(finding));
      await this.port.saveIgnored([...keys]);
      if (this.state.scope) await this.runValidation(this.state.scope);
    });
  }

  /** Forgets that the finding was ignored and re-validates, so it is listed and highlighted again. */
  restore(finding: Finding): Promise<void> {
    return this.enqueue(async () => {
      const key = findingKey(finding);
      const keys = (await this.port.loadIgnored()).filter((stored) => stored !== key);
      await this.port.saveIgnored(keys);
      if (this.state.scope) await this.runValidation(this.state.scope);
    });
  }

  /** Reads the table with the given template profile from now on (null: match it again), remembered in the
   *  workbook, and re-validates. */
  setProfile(table: TableSummary, profile: string | null): Promise<void> {
    const { saveProfileChoices, loadProfileChoices } = this.port;
    const area = parseA1Area(table.range);
    if (!saveProfileChoices || !loadProfileChoices || !area) return Promise.resolve();
    return this.enqueue(async () => {
      const choices = withProfileChoice(
        await loadProfileChoices.call(this.port),
        table.sheet,
        area.top,
        area.left,
        profile,
      );
      await saveProfileChoices.call(this.port, choices);
      this.profileChoices = choices;
      if (this.state.scope) await this.runValidation(this.state.scope);
    });
  }

  goTo(finding: Finding): Promise<void> {
    // Only the top-left cell of a range: selecting is for looking, and a range would scroll less predictably.
    return this.enqueue(() => this.port.selectCell(finding.sheet, finding.cell.split(':')[0]));
  }

  clearHighlights(): Promise<void> {
    return this.enqueue(async () => {
      const count = await this.port.clearHighlights();
      this.update({ notice: { kind: 'cleared', count }, error: null });
    });
  }

  /** Live mode: re-check the last scope (or the active sheet) a moment after the user stops editing. */
  async setLiveMode(on: boolean): Promise<void> {
    if (on === this.state.liveMode) return;
    this.update({ liveMode: on });
    if (on) {
      this.unsubscribeEdits = await this.port.onUserEdit(() => this.scheduleLiveCheck());
    } else {
      this.cancelLiveCheck();
      const unsubscribe = this.unsubscribeEdits;
      this.unsubscribeEdits = null;
      if (unsubscribe) await unsubscribe();
    }
  }

  async dispose(): Promise<void> {
    await this.setLiveMode(false);
    this.listeners.clear();
  }

  private scheduleLiveCheck(): void {
    this.cancelLiveCheck();
    this.liveTimer = setTimeout(() => {
      this.liveTimer = null;
      void this.validate(this.state.scope ?? 'active-sheet');
    }, this.liveDelayMs);
  }

  private cancelLiveCheck(): void {
    if (this.liveTimer !== null) clearTimeout(this.liveTimer);
    this.liveTimer = null;
  }

  /**
   * All or nothing (the port refuses a fix whose cell changed since validation, and undoes a refused write).
   * Whatever happened, the findings are validated again, so the list never shows what the workbook no longer
   * holds; a failure is reported after that, in the pane's language.
   */
  private applyAndRevalidate(fixes: readonly CellFix[]): Promise<void> {
    return this.enqueue(async () => {
      let failure: unknown = null;
      try {
        await this.port.applyFixes(fixes);
      } catch (error) {
        failure = error;
      }
      if (this.state.scope) {
        try {
          await this.runValidation(this.state.scope);
        } catch (readFailure) {
          // The list would show findings the workbook may no longer hold: drop it rather than mislead.
          this.update({ findings: [], tables: [], ignoredCount: 0 });
          const fixSaid =
            failure === null
              ? ''
              : failure instanceof FixError
                ? fixErrorText(failure, this.lang)
                : errorText(failure);
          const again =
            this.lang === 'zh'
              ? '重新校验失败，请再次校验：'
              : 'Validating again failed; validate once more: ';
          throw new Error(`${fixSaid}${fixSaid ? ' ' : ''}${again}${errorText(readFailure)}`);
        }
      }
      if (failure === null) {
        this.update({ notice: { kind: 'fixed', count: fixes.length } });
        return;
      }
      if (!(failure instanceof FixError)) throw failure;
      // Say which fixes the workbook now holds, from the read just made (none, unless the restore failed).
      const applied = fixes.filter((fix) => holdsFix(this.grids, fix)).map((fix) => fix.cell);
      const said = fixErrorText(failure, this.lang);
      const tally =
        failure.code !== 'rollback-incomplete'
          ? ''
          : this.lang === 'zh'
            ? ` 现已修正 ${applied.length}/${fixes.length} 格${applied.length ? `：${applied.join('、')}` : ''}。`
            : ` ${applied.length} of ${fixes.length} cells now hold the fix${applied.length ? `: ${applied.join(', ')}` : ''}.`;
      throw new Error(said + tally);
    });
  }

  private async runValidation(scope: ReadScope): Promise<void> {
    this.update({ status: 'validating', error: null, notice: null });
    const snapshot = await this.port.read(scope);
    this.grids = snapshot.grids;
    // Loaded once per pane (one sync), then kept: only setProfile changes them.
    const profileChoices = (this.profileChoices ??= this.port.loadProfileChoices
      ? [...(await this.port.loadProfileChoices())]
      : []);
    const result = this.check(snapshot.grids, {
      lang: this.lang,
      ...(profileChoices.length > 0 ? { profiles: { byTable: profileChoices } } : {}),
    });
    this.fixPlan = result.fixPlan ?? null;
    const ignored = new Set(await this.port.loadIgnored());
    const findings = result.findings.filter((finding) => !ignored.has(findingKey(finding)));
    // highlight() shows exactly these findings: cells fixed or ignored since the last run get their fill back.
    await this.port.highlight(findings, this.lang);
    this.update({
      status: 'ready',
      scope,
      findings,
      tables: result.summaries,
      ignoredCount: result.findings.length - findings.length,
      ignored: result.findings.filter((finding) => ignored.has(findingKey(finding))),
      profileChoices,
    });
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      this.update({ status: 'error', error: detail });
    });
    this.queue = run;
    return run;
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
