// The "插入指标 / Insert indicators" orchestration, free of React and of any host API: recognise the active sheet's 绩效指标
// section, plan a preset block with the engine, hand the plan to the port, then re-validate through the
// ValidationSession so the clerk sees at once whether the weights still add up.
import type { SheetGrid } from '../engine/grid/types';
import type { IndicatorSection } from '../engine/model/tables';
import {
  FRAMEWORK,
  INDICATOR_PRESETS,
  PlanError,
  WEIGHT_SCHEMES,
  buildIndicatorBlock,
  findPreset,
  findScheme,
  inferScheme,
  planBlockInsertion,
  planNewTemplate,
  reportYearOf,
  type InsertPosition,
  type PresetGroupKind,
  type SheetPlan,
  type WeightScheme,
} from '../engine/presets';
import { recognizeTables } from '../engine/recognize';
import type { Lang } from '../engine/rules/types';
import { BlockInsertError, type BlockInsertPort, type InsertRecord, type WorkbookPort } from '../host/port';
import type { AppMessage } from './message';

/** Where the block goes: the selected row, the end of a 一级指标 group, or a new sheet with a blank template. */
export type InsertWhere =
  | { readonly kind: 'selection' }
  | { readonly kind: 'group'; readonly group: PresetGroupKind }
  | { readonly kind: 'new-sheet' };

export interface InsertChoice {
  readonly presetId: string;
  /** undefined: the scheme the section's headers state (inferScheme). */
  readonly schemeId?: string;
  readonly where: InsertWhere;
}

export interface PreviewRow {
  readonly group: string;
  readonly level2: string;
  readonly level3: string;
  readonly target: string;
  readonly weight: number | null;
}

export interface InsertTarget {
  readonly sheet: string;
  readonly groups: readonly { readonly kind: PresetGroupKind; readonly label: string }[];
  readonly schemeId: string;
  readonly year: number;
}

/** The messages an insert can end with; the pane's catalogue words each (src/taskpane/messages.ts). */
export type InsertMessageKey =
  | 'insertDone'
  | 'insertNoFormats'
  | 'insertNoSection'
  | 'insertOtherSheet'
  | 'insertNoSheet'
  | 'insertSheetExists'
  | 'insertSheetChanged'
  | 'insertNoRoom'
  | 'insertUnsupported'
  | 'insertRefused'
  | 'insertRollbackIncomplete'
  | 'newSheetDone'
  | 'undoDone'
  | 'undoEdited'
  | 'undoSheetDone'
  | 'undoSheetEdited'
  | 'previewNoWeight'
  | 'previewNoWeightPlain'
  | 'undoNoSheet'
  | 'undoNothing'
  | 'actionFailed';

export type InsertMessage = AppMessage<InsertMessageKey>;

export interface InsertState {
  readonly busy: boolean;
  /** The active sheet's indicator section, once looked at; null when it has none. */
  readonly target: InsertTarget | null;
  readonly lastInsert: InsertRecord | null;
  /** What the last action did, for a live region; the pane words it. */
  readonly notice: readonly InsertMessage[] | null;
  readonly error: InsertMessage | null;
}

export interface Revalidator {
  validate(scope: 'active-sheet' | 'workbook'): Promise<void>;
}

type Port = Pick<WorkbookPort, 'read'> & BlockInsertPort;

const INITIAL: InsertState = { busy: false, target: null, lastInsert: null, notice: null, error: null };

export class InsertSession {
  private state: InsertState = INITIAL;
  private readonly listeners = new Set<(state: InsertState) => void>();
  private grid: SheetGrid | null = null;
  private section: IndicatorSection | null = null;
  /** The selected row when the sheet was last read, so the preview for "at the selection" shows that plan. */
  private selectedRow: number | null = null;

  constructor(
    private readonly port: Port,
    private readonly validation: Revalidator,
    private lang: Lang,
    private readonly defaultYear = new Date().getFullYear() - 1,
  ) {}

  getState(): InsertState {
    return this.state;
  }

  subscribe(listener: (state: InsertState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** Presets and schemes for the pickers, in the pane's language. */
  options(): {
    presets: { id: string; name: string }[];
    schemes: { id: string; name: string }[];
  } {
    return {
      presets: INDICATOR_PRESETS.map((preset) => ({ id: preset.id, name: preset.name[this.lang] })),
      schemes: WEIGHT_SCHEMES.map((scheme) => ({ id: scheme.id, name: scheme.name[this.lang] })),
    };
  }

  /** Reads the active sheet and finds its 绩效指标 section (and the last insert, for "undo"). */
  refresh(): Promise<void> {
    return this.run(async () => {
      await this.loadTarget();
    });
  }

  /** The rows the choice would add, as the plan would write them (or the whole block for a new sheet). */
  preview(choice: InsertChoice): PreviewRow[] {
    const preset = findPreset(choice.presetId);
    if (!preset) return [];
    const scheme = this.schemeFor(choice);
    const plan = this.previewPlan(choice);
    if (plan && this.section) return previewOfPlan(plan, this.section);
    return buildIndicatorBlock(preset, scheme, {
      year: this.state.target?.year ?? this.defaultYear,
    }).groups.flatMap((group) => group.rows.map((row) => ({ group: group.header, ...row })));
  }

  /** Why the preview's 分值 stay blank, said before inserting: the plan's own notes (a group whose points are
   *  spent), or the groups the weight scheme gives no points. Empty when every row has its points. */
  previewNotes(choice: InsertChoice): InsertMessage[] {
    const plan = this.previewPlan(choice);
    const notes: InsertMessage[] = (plan?.notes ?? []).map((note) => ({ text: note.message }));
    const rows = this.preview(choice);
    const fallback = choice.where.kind === 'group' ? groupName(choice.where.group, this.lang) : '';
    const blank = rows.filter((row) => row.weight === null);
    const groups = [...new Set(blank.map((row) => row.group || fallback).filter((name) => name !== ''))];
    if (blank.length > 0 && notes.length === 0)
      notes.push(
        groups.length > 0
          ? { key: 'previewNoWeight', data: { groups: groups.join(this.lang === 'zh' ? '、' : ', ') } }
          : { key: 'previewNoWeightPlain' },
      );
    return notes;
  }

  /** The plan an insert would make now, when the sheet has a section to plan against; null otherwise. */
  private previewPlan(choice: InsertChoice): SheetPlan | null {
    if (!this.grid || !this.section || choice.where.kind === 'new-sheet') return null;
    const position: InsertPosition | null =
      choice.where.kind === 'group'
        ? { group: choice.where.group }
        : this.selectedRow === null
          ? null
          : { row: this.selectedRow };
    if (!position) return null;
    try {
      return this.planFor(choice, position);
    } catch {
      return null; // a plan that cannot be made is reported at insert; the preview shows the plain block
    }
  }

  insert(choice: InsertChoice): Promise<void> {
    return this.run(async () => {
      if (choice.where.kind === 'new-sheet') {
        await this.createSheet(choice);
        return;
      }
      await this.loadTarget();
      if (!this.grid || !this.section) throw new UserFacing({ key: 'insertNoSection' });
      const position = await this.positionOf(choice.where);
      const plan = this.planFor(choice, position);
      const result = await this.port.applyBlockPlan(plan, this.grid);
      const { firstRow, count, sheet } = result.inserted;
      const notice: InsertMessage[] = [
        { key: 'insertDone', data: { count, sheet, from: firstRow + 1, to: firstRow + count } },
        ...plan.notes.map((note) => ({ text: note.message })),
      ];
      if (!result.formatsCopied) notice.push({ key: 'insertNoFormats' });
      this.update({ lastInsert: result.inserted, notice });
      await this.validation.validate('active-sheet');
    });
  }

  undo(): Promise<void> {
    return this.run(async () => {
      const result = await this.port.undoLastInsert();
      if ('removed' in result) {
        const { sheet, firstRow, count, newSheet } = result.removed;
        const data = { count, sheet, from: firstRow + 1, to: firstRow + count };
        this.update({ lastInsert: null, notice: [{ key: newSheet ? 'undoSheetDone' : 'undoDone', data }] });
        await this.validation.validate('active-sheet');
        return;
      }
      if (result.refused === 'nothing') this.update({ lastInsert: null });
      const key: InsertMessageKey =
        result.refused === 'edited'
          ? this.state.lastInsert?.newSheet
            ? 'undoSheetEdited'
            : 'undoEdited'
          : result.refused === 'no-sheet'
            ? 'undoNoSheet'
            : 'undoNothing';
      const data: Record<string, string> = { cell: result.cell ?? '' };
      if (key === 'undoSheetEdited') data.sheet = this.state.lastInsert?.sheet ?? '';
      throw new UserFacing({ key, data });
    });
  }

  private async loadTarget(): Promise<void> {
    const snapshot = await this.port.read('active-sheet');
    const grid =
      snapshot.grids.find((candidate) => candidate.name === snapshot.activeSheet) ?? snapshot.grids[0];
    const section = grid ? sectionOf(grid) : null;
    this.grid = grid ?? null;
    this.section = section;
    const lastInsert = await this.port.lastInsert();
    const selected = await this.port.activeCell().catch(() => null);
    this.selectedRow = selected && grid && selected.sheet === grid.name ? selected.row : null;
    const target: InsertTarget | null =
      grid && section
        ? {
            sheet: grid.name,
            groups: section.groups.flatMap((group) =>
              group.kind === 'other' ? [] : [{ kind: group.kind, label: group.label }],
            ),
            schemeId: inferScheme(section).id,
            year: reportYear(grid) ?? this.defaultYear,
          }
        : null;
    this.update({ target, lastInsert });
  }

  private async positionOf(where: Exclude<InsertWhere, { kind: 'new-sheet' }>): Promise<InsertPosition> {
    if (where.kind === 'group') return { group: where.group };
    const cell = await this.port.activeCell();
    if (cell.sheet !== this.grid?.name)
      throw new UserFacing({ key: 'insertOtherSheet', data: { sheet: cell.sheet } });
    return { row: cell.row };
  }

  private planFor(choice: InsertChoice, position: InsertPosition): SheetPlan {
    const preset = findPreset(choice.presetId);
    if (!preset || !this.grid || !this.section) throw new UserFacing({ key: 'insertNoSection' });
    return planBlockInsertion({
      grid: this.grid,
      section: this.section,
      preset,
      scheme: choice.schemeId ? findScheme(choice.schemeId) : undefined,
      position,
      year: this.state.target?.year ?? this.defaultYear,
    });
  }

  private async createSheet(choice: InsertChoice): Promise<void> {
    const preset = findPreset(choice.presetId);
    if (!preset) throw new UserFacing({ key: 'insertNoSection' });
    const kind = preset.scope === 'project' ? 'project-self-eval' : 'overall-self-eval';
    const year = this.state.target?.year ?? this.defaultYear;
    const plan = planNewTemplate({ kind, year, scheme: this.schemeFor(choice), preset });
    await this.port.createSheetFromPlan(plan);
    this.update({
      lastInsert: await this.port.lastInsert(),
      notice: [{ key: 'newSheetDone', data: { sheet: plan.sheet } }],
    });
    await this.validation.validate('active-sheet');
  }

  private schemeFor(choice: InsertChoice): WeightScheme {
    const chosen = choice.schemeId ? findScheme(choice.schemeId) : undefined;
    return chosen ?? (this.section ? inferScheme(this.section) : WEIGHT_SCHEMES[0]);
  }

  private async run(operation: () => Promise<void>): Promise<void> {
    this.update({ busy: true, error: null, notice: null });
    try {
      await operation();
    } catch (error) {
      this.update({ error: this.explain(error) });
      // A part-applied insert (or undo) left a record: offer "undo" for it, and show what the sheet now holds.
      if (error instanceof BlockInsertError && error.code === 'rollback-incomplete')
        await this.afterIncomplete();
    } finally {
      this.update({ busy: false });
    }
  }

  private async afterIncomplete(): Promise<void> {
    try {
      this.update({ lastInsert: await this.port.lastInsert() });
      await this.validation.validate('active-sheet');
    } catch {
      // The host is still refusing: the error already shown stands.
    }
  }

  private explain(error: unknown): InsertMessage {
    if (error instanceof UserFacing) return error.said;
    if (error instanceof PlanError) return { text: error.bilingual };
    if (error instanceof BlockInsertError) {
      const key: Record<BlockInsertError['code'], InsertMessageKey> = {
        'no-sheet': 'insertNoSheet',
        'sheet-exists': 'insertSheetExists',
        'sheet-changed': 'insertSheetChanged',
        'no-room': 'insertNoRoom',
        'unsupported-plan': 'insertUnsupported',
        'host-refused': 'insertRefused',
        'rollback-incomplete': 'insertRollbackIncomplete',
      };
      return { key: key[error.code], data: { detail: error.detail } };
    }
    return { key: 'actionFailed', data: { detail: error instanceof Error ? error.message : String(error) } };
  }

  private update(patch: Partial<InsertState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

class UserFacing extends Error {
  constructor(readonly said: InsertMessage) {
    super('key' in said ? said.key : said.text.en);
  }
}

function sectionOf(grid: SheetGrid): IndicatorSection | null {
  for (const table of recognizeTables(grid))
    if (table.kind !== 'basic-data' && table.indicators) return table.indicators;
  return null;
}

/** The report year from the table's title; shared with `selfeval insert`. */
export const reportYear = reportYearOf;

/** The plan's new rows as the preview table shows them. */
function previewOfPlan(plan: SheetPlan, section: IndicatorSection): PreviewRow[] {
  const { columns } = section;
  const insert = plan.rowInserts[0];
  const rows: PreviewRow[] = [];
  const text = (row: number, col: number | undefined) => {
    const write = plan.writes.find((entry) => entry.row === row && entry.col === col);
    return write?.value;
  };
  let group = '';
  let level2 = '';
  for (let row = insert.at; row < insert.at + insert.count; row++) {
    group = String(text(row, columns.level1) ?? group);
    level2 = String(text(row, columns.level2) ?? level2);
    const weight = text(row, columns.weight);
    rows.push({
      group,
      level2,
      level3: String(text(row, columns.level3) ?? ''),
      target: String(text(row, columns.target) ?? ''),
      weight: typeof weight === 'number' ? weight : null,
    });
  }
  return rows;
}

/** The framework's groups in the pane's language, for the "end of group" picker when the sheet lacks one. */
export function groupName(kind: PresetGroupKind, lang: Lang): string {
  const group = FRAMEWORK.find((entry) => entry.kind === kind);
  return group ? (lang === 'zh' ? group.label : group.en) : kind;
}
