import type { Cell } from '../grid/types';

/** Why a figure was read the way it was; surfaced as info findings, never as errors. */
export type FigureNote =
  | 'number-as-text' // "605.21" stored as text
  | 'unit-in-cell' // "605.21万元", "95%" typed as text, "10分"
  | 'full-width-digits' // "０.５"
  | 'other-digits' // "١٢٣" (Arabic-Indic, Persian): read as 123
  | 'leading-figure' // "34（其中 26 万元纳入基本支出…）": the figure is the leading number, the rest is a remark
  | 'figure-in-label'; // "其中：一般公共预算：605.21": a label cell that carries its figure

/** How a figure is to be understood; the reader needs it to decide whether `100` means 100% or 100. */
export type FigureRole = 'money' | 'rate' | 'score' | 'count' | 'any';

export interface NumberFigure {
  readonly kind: 'number';
  /** Rates are fractions (90.12% → 0.9012); everything else as written. */
  readonly value: number;
  /**
   * Decimal places the sheet shows, in the figure's own unit: "92.85%" → 2 (of a percent), "9.2" → 1,
   * 0.9285 with format "0.00%" → 2. Comparisons are made at this precision.
   */
  readonly decimals: number;
  /** True when the figure is a rate shown or typed as a percent (or a bare 100 in a rate cell). */
  readonly percent: boolean;
  readonly notes: readonly FigureNote[];
}

export type NoFigureReason =
  | 'empty' // blank cell
  | 'dash' // "——", "—", "-", "/": not applicable
  | 'text' // words with no figure
  | 'not-finite' // NaN, Infinity, an error value such as #DIV/0!
  | 'boolean';

export interface NoFigure {
  readonly kind: 'none';
  readonly reason: NoFigureReason;
}

export type Figure = NumberFigure | NoFigure;

export type Comparison = '>=' | '<=' | '=' | '>' | '<';

/** A 年度指标值 as written: "≥95%", "≤127.73 万元", "=100%", "600次以上", "2024年12月31日前", "健全". */
export type Target =
  | {
      readonly kind: 'quantitative';
      readonly comparison: Comparison;
      /** Fraction when `percent`, else as written. */
      readonly value: number;
      readonly percent: boolean;
      /** Unit as written after the number ("万元", "次", "家", "%"), '' when none. */
      readonly unit: string;
    }
  | { readonly kind: 'deadline'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'qualitative'; readonly text: string }
  | { readonly kind: 'none' };

/** The signature every figure reader shares; it never throws. */
export type FigureReader = (cell: Cell | undefined, role?: FigureRole) => Figure;
