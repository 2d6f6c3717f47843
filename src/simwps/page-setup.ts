// Worksheet.PageSetup: a sheet's print setup [TYPES et-jsapi-declare lib.et.d.ts PageSetup, XlPaperSize,
// XlPageOrientation] with VBA semantics (WPS's docs do not describe these members; **UNCONFIRMED** in WPS):
// margins in points; Zoom a percentage 10–400 or false, and only with Zoom false do FitToPagesWide/Tall scale the
// sheet; false in FitToPagesTall lets the rows run on over as many pages as they need. Values the typings do not
// allow are refused, so the adapter cannot come to rely on a lenient host.
import { SimWpsError, expose, type SimWpsCore } from './core';
import type { WpsPageSetup, WpsSheet } from './state';

/** What an untouched sheet reads: Excel's "Normal" margins in points, portrait, 100 %. **UNCONFIRMED** in WPS. */
export const DEFAULT_PAGE_SETUP: Required<WpsPageSetup> = {
  paperSize: 9,
  orientation: 1,
  zoom: 100,
  fitToPagesWide: 1,
  fitToPagesTall: 1,
  centerHorizontally: false,
  centerVertically: false,
  topMargin: 54,
  bottomMargin: 54,
  leftMargin: 50.4,
  rightMargin: 50.4,
  headerMargin: 21.6,
  footerMargin: 21.6,
  printTitleRows: '',
  centerFooter: '',
};

const PAPER_SIZES = new Set([1, 5, 8, 9, 11, 13]); // letter, legal, A3, A4, A5, B5 (xlPaper*)

class SimPageSetup {
  constructor(
    private readonly _core: SimWpsCore,
    private readonly _sheet: WpsSheet,
  ) {}

  private _read<K extends keyof WpsPageSetup>(key: K): Required<WpsPageSetup>[K] {
    const setup = this._core.alive(this._sheet).pageSetup;
    return (setup?.[key] ?? DEFAULT_PAGE_SETUP[key]) as Required<WpsPageSetup>[K];
  }
  private _write<K extends keyof WpsPageSetup>(key: K, value: WpsPageSetup[K]): void {
    const sheet = this._core.alive(this._sheet);
    sheet.pageSetup ??= {};
    sheet.pageSetup[key] = value;
  }
  private _margin(key: keyof WpsPageSetup, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
      throw new SimWpsError(`PageSetup.${key}: a margin in points`);
    this._write(key, points);
  }
  private _pages(key: 'fitToPagesWide' | 'fitToPagesTall', pages: unknown): void {
    if (pages === false || (typeof pages === 'number' && Number.isInteger(pages) && pages >= 1))
      this._write(key, pages);
    else throw new SimWpsError(`PageSetup.${key}: a page count of 1 or more, or false`);
  }

  get PaperSize(): number {
    return this._read('paperSize');
  }
  set PaperSize(size: number) {
    if (!PAPER_SIZES.has(size)) throw new SimWpsError('PageSetup.PaperSize: an XlPaperSize');
    this._write('paperSize', size);
  }
  get Orientation(): number {
    return this._read('orientation');
  }
  set Orientation(orientation: number) {
    if (orientation !== 1 && orientation !== 2) throw new SimWpsError('PageSetup.Orientation: 1 or 2');
    this._write('orientation', orientation);
  }
  get Zoom(): number | false {
    return this._read('zoom');
  }
  set Zoom(zoom: number | false) {
    if (zoom !== false && !(typeof zoom === 'number' && zoom >= 10 && zoom <= 400))
      throw new SimWpsError('PageSetup.Zoom: 10–400 or false');
    this._write('zoom', zoom);
  }
  get FitToPagesWide(): number | false {
    return this._read('fitToPagesWide');
  }
  set FitToPagesWide(pages: number | false) {
    this._pages('fitToPagesWide', pages);
  }
  get FitToPagesTall(): number | false {
    return this._read('fitToPagesTall');
  }
  set FitToPagesTall(pages: number | false) {
    this._pages('fitToPagesTall', pages);
  }
  get CenterHorizontally(): boolean {
    return this._read('centerHorizontally');
  }
  set CenterHorizontally(center: boolean) {
    this._write('centerHorizontally', !!center);
  }
  get CenterVertically(): boolean {
    return this._read('centerVertically');
  }
  set CenterVertically(center: boolean) {
    this._write('centerVertically', !!center);
  }
  get TopMargin(): number {
    return this._read('topMargin');
  }
  set TopMargin(points: number) {
    this._margin('topMargin', points);
  }
  get BottomMargin(): number {
    return this._read('bottomMargin');
  }
  set BottomMargin(points: number) {
    this._margin('bottomMargin', points);
  }
  get LeftMargin(): number {
    return this._read('leftMargin');
  }
  set LeftMargin(points: number) {
    this._margin('leftMargin', points);
  }
  get RightMargin(): number {
    return this._read('rightMargin');
  }
  set RightMargin(points: number) {
    this._margin('rightMargin', points);
  }
  get HeaderMargin(): number {
    return this._read('headerMargin');
  }
  set HeaderMargin(points: number) {
    this._margin('headerMargin', points);
  }
  get FooterMargin(): number {
    return this._read('footerMargin');
  }
  set FooterMargin(points: number) {
    this._margin('footerMargin', points);
  }
  /** Whole rows, absolute ("$1:$3"), or "" for none. */
  get PrintTitleRows(): string {
    return this._read('printTitleRows');
  }
  set PrintTitleRows(rows: string) {
    const match = /^\$(\d+):\$(\d+)$/.exec(String(rows));
    if (rows !== '' && !(match && Number(match[1]) >= 1 && Number(match[1]) <= Number(match[2])))
      throw new SimWpsError('PageSetup.PrintTitleRows: rows as "$1:$3", or ""');
    this._write('printTitleRows', String(rows));
  }
  /** Header/footer codes (&P, &N) are kept as written. */
  get CenterFooter(): string {
    return this._read('centerFooter');
  }
  set CenterFooter(text: string) {
    if (typeof text !== 'string') throw new SimWpsError('PageSetup.CenterFooter: text');
    this._write('centerFooter', text);
  }
}

export function makePageSetup(core: SimWpsCore, sheet: WpsSheet): unknown {
  return expose(core, new SimPageSetup(core, sheet), 'PageSetup');
}
