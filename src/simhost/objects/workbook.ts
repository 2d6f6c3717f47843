import { parseAddress, sheetByName } from '../book';
import type { SimRequestContext } from '../context';
import { SimRange } from './range';
import { SimSettingCollection } from './settings';
import { SimWorksheetCollection } from './worksheets';

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly settings: SimSettingCollection;

  constructor(private readonly context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.settings = new SimSettingCollection(context);
  }

  /** ExcelApi 1.1: the selection on the active sheet (A1 when nothing was selected there). */
  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => {
      const state = this.context.host.state;
      const sheet = sheetByName(state, state.activeSheet);
      const selection = state.selection?.sheet === sheet.name ? state.selection.address : 'A1';
      return { sheet, area: parseAddress(selection) };
    });
  }
}
