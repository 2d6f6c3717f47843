import type { SimRequestContext } from '../context';
import { SimSettingCollection } from './settings';
import { SimWorksheetCollection } from './worksheets';

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly settings: SimSettingCollection;

  constructor(context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.settings = new SimSettingCollection(context);
  }
}
