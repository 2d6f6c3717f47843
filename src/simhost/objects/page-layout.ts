// Worksheet.pageLayout (ExcelApi 1.9): the print setup a new template sets. Setters queue a write; the sim host
// keeps the values on the sheet (state.ts SimPageLayout) for tests to read.
import type { SimRequestContext } from '../context';
import { SimHostError } from '../errors';
import type { SimPageLayout, SimSheet } from '../state';

const PAPER = new Set(['A4', 'A3', 'Letter']);
const ORIENTATION = new Set(['Portrait', 'Landscape']);

export class SimPageLayoutObject {
  readonly headersFooters: { readonly defaultForAllPages: { centerFooter: string } };

  constructor(
    private readonly context: SimRequestContext,
    private readonly sheet: () => SimSheet,
  ) {
    const set = (change: Partial<SimPageLayout>) => this.set(change);
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(text: string) {
          set({ centerFooter: text });
        },
        get centerFooter(): string {
          throw new SimHostError('InvalidArgument', 'Reading footers is not supported here.');
        },
      },
    };
  }

  private set(change: Partial<SimPageLayout>): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      sheet.pageLayout = { ...sheet.pageLayout, ...change };
    }, true);
  }

  set paperSize(value: string) {
    if (!PAPER.has(value))
      throw new SimHostError('InvalidArgument', `Paper size ${value} is not supported here.`);
    this.set({ paperSize: value });
  }
  set orientation(value: string) {
    if (!ORIENTATION.has(value))
      throw new SimHostError('InvalidArgument', `Orientation ${value} is invalid.`);
    this.set({ orientation: value });
  }
  set zoom(value: SimPageLayout['zoom']) {
    this.set({ zoom: { ...value } });
  }
  set centerHorizontally(value: boolean) {
    this.set({ centerHorizontally: value });
  }
  set topMargin(value: number) {
    this.set({ topMargin: value });
  }
  set bottomMargin(value: number) {
    this.set({ bottomMargin: value });
  }
  set leftMargin(value: number) {
    this.set({ leftMargin: value });
  }
  set rightMargin(value: number) {
    this.set({ rightMargin: value });
  }
  set headerMargin(value: number) {
    this.set({ headerMargin: value });
  }
  set footerMargin(value: number) {
    this.set({ footerMargin: value });
  }

  /** "$1:$1" or "1:2": whole rows only, as Excel requires. */
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows))
      throw new SimHostError('InvalidArgument', `Print title rows must be whole rows, not "${rows}".`);
    this.set({ printTitleRows: rows });
  }
}
