/**
 * Which profiles recognition may use: all of them, matched per table (the default); one forced for the whole
 * workbook (`selfeval check --profile`); or one per sheet or per table, as a person chose it in the pane.
 *
 * The pane: show `summary.profile` (an id; `profileById(id).name[lang]` names it) beside each table, offer
 * `PROFILES` to change it, store the choice in the workbook as `{ sheet, row, col, profile }` with `row` and `col`
 * the table's first row and column (`table.area.top`/`left`, 0-based: the top left of `summary.range`; two tables
 * side by side share a row), and pass every stored choice back as
 * `checkWorkbook(grids, { profiles: { byTable } })`. A choice naming a profile that no longer exists, or a table
 * that moved, simply falls back to matching.
 */
import { Lexicon } from '../profiles/lexicon';
import { PROFILES } from '../profiles';
import type { TemplateProfile } from '../profiles/types';

/** A person's choice of profile for one table: the sheet and the table's top-left cell (0-based), as summaries show. */
export interface TableProfileChoice {
  readonly sheet: string;
  /** 0-based row of the table's first row (the top of its range). */
  readonly row: number;
  /** 0-based column of the table's first column; a choice stored without one (before tables side by side were
   *  told apart) holds for every table starting on `row`. */
  readonly col?: number;
  readonly profile: string;
}

/** The choice that holds for the table whose top-left cell is (row, col): one for that cell, else one stored for
 *  the whole row (without a column). */
export function choiceAt(
  choices: readonly TableProfileChoice[],
  sheet: string,
  row: number,
  col: number,
): TableProfileChoice | undefined {
  const onRow = choices.filter((choice) => choice.sheet === sheet && choice.row === row);
  return onRow.find((choice) => choice.col === col) ?? onRow.find((choice) => choice.col === undefined);
}

export interface ProfileOptions {
  /** Profile id for every table; omitted: each table is matched to the profile that explains it best. */
  readonly profile?: string;
  /** Profile id per sheet name (wins over `profile`). */
  readonly bySheet?: Readonly<Record<string, string>>;
  /** Profile id per table (wins over both). */
  readonly byTable?: readonly TableProfileChoice[];
  /** Profiles to choose from, instead of the shipped ones (a finance bureau's own, tests). */
  readonly profiles?: readonly TemplateProfile[];
}

export class ProfileChoice {
  private readonly all: Lexicon;
  private readonly single = new Map<string, Lexicon>();

  constructor(private readonly options: ProfileOptions = {}) {
    this.all = new Lexicon(options.profiles ?? PROFILES);
  }

  /** The profiles on offer. */
  get profiles(): readonly TemplateProfile[] {
    return this.all.profiles;
  }

  /** Every id the options name that is not a known profile (for a clear error instead of a silent default). */
  unknownIds(): string[] {
    const ids = [
      this.options.profile,
      ...Object.values(this.options.bySheet ?? {}),
      ...(this.options.byTable ?? []).map((choice) => choice.profile),
    ].filter((id): id is string => id !== undefined);
    return [...new Set(ids.filter((id) => !this.profiles.some((profile) => profile.id === id)))];
  }

  /** The words a sheet's tables are found with: its chosen profile's, or every profile's. */
  lexicon(sheet: string): Lexicon {
    const id = this.options.bySheet?.[sheet] ?? this.options.profile;
    return (id !== undefined && this.lexiconOf(id)) || this.all;
  }

  /** The profile a person chose for one table, by sheet or for the workbook, when one was chosen. */
  forTable(
    sheet: string,
    row: number,
    col: number,
  ): { profile: TemplateProfile; lexicon: Lexicon } | undefined {
    const id =
      choiceAt(this.options.byTable ?? [], sheet, row, col)?.profile ??
      this.options.bySheet?.[sheet] ??
      this.options.profile;
    if (id === undefined) return undefined;
    const lexicon = this.lexiconOf(id);
    return lexicon ? { profile: lexicon.profiles[0], lexicon } : undefined;
  }

  private lexiconOf(id: string): Lexicon | undefined {
    let lexicon = this.single.get(id);
    if (!lexicon) {
      const profile = this.profiles.find((candidate) => candidate.id === id);
      if (!profile) return undefined;
      lexicon = new Lexicon([profile]);
      this.single.set(id, lexicon);
    }
    return lexicon;
  }
}

export const AUTO = new ProfileChoice();
