/**
 * The look of a sheet selfeval lays out (a blank template): its font, print setup, and the rule for number
 * formats. Plain data on the plan (`SheetPlan.sheetStyle`), so every host — the CLI's ExcelJS writer, the
 * add-in's "new sheet", WPS — prints the same form. Row heights and column widths stay in the plan's
 * `rowHeights` / `columnWidths`; bold titles and headers in its `styles`.
 */
import type { CellArea } from '../grid/types';

export interface SheetFont {
  /** The name written into the file: what Chinese Excel and WPS call the font. */
  readonly name: string;
  /**
   * Names a host that picks fonts itself (a browser preview, a renderer) tries next, in order. Excel and
   * WPS take one name per cell and substitute on their own, so they use only `name`.
   */
  readonly fallbacks: readonly string[];
  /** Points. 10.5 is 五号, the size of the body text in the bureau's printed forms. */
  readonly size: number;
  /** Windows charset of the name (134 = GB2312), written with it so Excel finds the font by its Chinese name. */
  readonly charset: number;
}

export interface PageSetup {
  readonly paper: 'A4';
  readonly orientation: 'landscape' | 'portrait';
  /** Fit the columns on this many pages across; rows run on over as many pages as they need. */
  readonly fitToPagesWide: number;
  /** 0-based rows printed again at the top of every page (Excel's 打印标题 / 顶端标题行). */
  readonly printTitleRows?: { readonly top: number; readonly bottom: number };
  readonly centerHorizontally: boolean;
  /** Points (Office.js units; ExcelJS wants inches, so divide by 72). */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Centre footer in Excel's header/footer codes (&P page, &N pages). */
  readonly footer?: string;
}

export interface SheetStyle {
  /** The font for every cell of `area` (the laid-out form), applied before the plan's `styles`. */
  readonly font: SheetFont;
  readonly area: CellArea;
  readonly page: PageSetup;
}

/**
 * 宋体 with its usual stand-ins: SimSun is its Latin name, Songti SC the macOS Song, then the open Song faces
 * (Noto Serif CJK / Source Han Serif, AR PL UMing). Digits come out in the same face as the CJK text.
 */
export const SONG_FONT: Omit<SheetFont, 'size'> = {
  name: '宋体',
  fallbacks: [
    'SimSun',
    'Songti SC',
    'STSong',
    'Noto Serif CJK SC',
    'Source Han Serif SC',
    'AR PL UMing CN',
    'serif',
  ],
  charset: 134,
};

/** Body text: 宋体 五号. */
export const BODY_FONT_SIZE = 10.5;
/** Titles: 宋体 bold 小二. */
export const TITLE_FONT_SIZE = 18;

/** A4 landscape, one page wide, about 1 cm side margins, centred, 第 N 页 共 M 页 at the foot. */
export function a4Landscape(printTitleRows?: PageSetup['printTitleRows']): PageSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    fitToPagesWide: 1,
    ...(printTitleRows ? { printTitleRows } : {}),
    centerHorizontally: true,
    margins: { top: 43, bottom: 43, left: 28, right: 28, header: 22, footer: 22 },
    footer: '第 &P 页，共 &N 页',
  };
}
