import { findSheet, sheetByName } from '../book';
import type { SimRequestContext } from '../context';
import { SimHostError } from '../errors';
import { SimChangedEvent } from './events';
import { SimWorksheet } from './worksheet';
import { propertyNotLoaded } from '../errors';

export class SimWorksheetCollection {
  private loadedItems: SimWorksheet[] | undefined;

  constructor(private readonly context: SimRequestContext) {}

  private get state() {
    return this.context.host.state;
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => sheetByName(this.state, this.state.activeSheet));
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => sheetByName(this.state, key));
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): SimWorksheet {
    this.context.requireSet('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new SimWorksheet(this.context, () => findSheet(this.state, key) ?? null);
  }

  /** ExcelApi 1.1: a new empty sheet at the end; a taken name (case-insensitive) fails at sync, as in Excel. */
  add(name: string): SimWorksheet {
    this.context.enqueue(() => {
      if (findSheet(this.state, name))
        throw new SimHostError('InvalidArgument', `A worksheet named '${name}' already exists.`);
      this.state.sheets.push({ name, cells: {}, merges: [] });
    }, true);
    return new SimWorksheet(this.context, () => sheetByName(this.state, name));
  }

  /** "items/name", "items/name,items/id", or "name" (shorthand for the items' properties). */
  load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? 'items/name,items/id').split(','))
      .map((name) => name.trim().replace(/^items\//, ''))
      .filter((name) => name.length > 0 && name !== 'items');
    this.context.enqueue(() => {
      this.loadedItems = this.state.sheets.map((sheet) => {
        const item = new SimWorksheet(this.context, () => {
          if (!this.state.sheets.includes(sheet))
            throw new SimHostError('ItemNotFound', `Worksheet '${sheet.name}' was deleted.`);
          return sheet;
        });
        item.loadDuringSync(names.length > 0 ? names : ['name', 'id', 'position']);
        return item;
      });
    });
    return this;
  }

  get items(): SimWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('WorksheetCollection', 'items');
    return this.loadedItems;
  }

  /** ExcelApi 1.9: changes on every worksheet. */
  get onChanged(): SimChangedEvent {
    this.context.requireSet('1.9', 'WorksheetCollection.onChanged');
    return new SimChangedEvent(this.context, () => null);
  }
}
