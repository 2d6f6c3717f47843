import { clipToUsed, parseAddress, usedArea } from '../book';
import type { SimRequestContext } from '../context';
import { SimClientObject, propertyNames } from '../client-object';
import { SimHostError } from '../errors';
import type { SimSheet } from '../state';
import { sheetId } from '../state';
import { SimChangedEvent } from './events';
import { SimNoteCollection } from './notes';
import { SimPageLayoutObject } from './page-layout';
import { SimRange, SimRangeAreas } from './range';
import type { Resolver } from './target';
import { required } from './target';

export class SimWorksheet extends SimClientObject {
  constructor(
    context: SimRequestContext,
    readonly resolveSheet: Resolver<SimSheet>,
  ) {
    super(context, 'Worksheet');
  }

  private sheet(): SimSheet {
    return required(this.resolveSheet, 'Worksheet');
  }

  load(spec?: string | string[]): this {
    this.queueLoad(propertyNames(spec, ['name', 'id', 'position']), (names) => this.snapshot(names));
    return this;
  }

  /** For WorksheetCollection.load: the items' properties arrive in the same sync as the list. */
  loadDuringSync(names: readonly string[]): void {
    this.applyLoad(names, (wanted) => this.snapshot(wanted));
  }

  private snapshot(names: readonly string[]): Record<string, unknown> | null {
    const sheet = this.resolveSheet();
    if (sheet === null) return null;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === 'name') out.name = sheet.name;
      else if (name === 'id') out.id = sheetId(sheet);
      else if (name === 'position') out.position = this.context.host.state.sheets.indexOf(sheet);
      else throw new SimHostError('InvalidArgument', `Worksheet.${name} is not supported here.`);
    }
    return out;
  }

  get name(): string {
    return this.loadedProperty('name');
  }
  get id(): string {
    return this.loadedProperty('id');
  }
  get position(): number {
    return this.loadedProperty('position');
  }

  /** ExcelApi 1.1. Excel refuses to delete the only visible sheet. */
  delete(): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const sheets = this.context.host.state.sheets;
      if (sheets.length === 1)
        throw new SimHostError('InvalidArgument', 'A workbook must keep at least one visible worksheet.');
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.context.host.state.activeSheet === sheet.name)
        this.context.host.state.activeSheet = sheets[0].name;
    }, true);
  }

  /** ExcelApi 1.18. */
  get notes(): SimNoteCollection {
    this.context.requireSet('1.18', 'Worksheet.notes');
    return new SimNoteCollection(this.context, () => this.sheet());
  }

  /** ExcelApi 1.9. */
  get pageLayout(): SimPageLayoutObject {
    this.context.requireSet('1.9', 'Worksheet.pageLayout');
    return new SimPageLayoutObject(this.context, () => this.sheet());
  }

  /** ExcelApi 1.7. */
  get onChanged(): SimChangedEvent {
    this.context.requireSet('1.7', 'Worksheet.onChanged');
    return new SimChangedEvent(this.context, () => sheetId(this.sheet()));
  }

  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.sheet();
      return { sheet, area: usedArea(sheet, valuesOnly) };
    });
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.sheet();
      const area =
        address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseAddress(address);
      return { sheet, area: address === undefined ? clipToUsed(sheet, area) : area };
    });
  }

  /** ExcelApi 1.9: "A1, B2:C3". */
  getRanges(address: string): SimRangeAreas {
    this.context.requireSet('1.9', 'Worksheet.getRanges');
    return new SimRangeAreas(this.context, () => ({
      sheet: this.sheet(),
      areas: address.split(/[,;]/).map((part) => parseAddress(part.trim())),
    }));
  }

  activate(): void {
    this.context.enqueue(() => {
      this.context.host.state.activeSheet = this.sheet().name;
    });
  }
}
