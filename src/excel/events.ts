// Telling the pane when a clerk edits a sheet, and never when we wrote (fixes): ExcelApi 1.14 marks our writes
// with triggerSource "ThisLocalAddin"; below that, OwnWrites remembers the cells we wrote.
import type { DetailedCapabilities } from './capabilities';
import type { OwnWrites } from '../host/own-writes';

type Unsubscribe = () => Promise<void>;

export async function subscribeUserEdits(
  callback: (sheet: string) => void,
  capabilities: DetailedCapabilities,
  ownWrites: OwnWrites,
): Promise<Unsubscribe> {
  if (!capabilities.changeEvents) return async () => undefined;
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name,items/id');
    await context.sync();
    const names = new Map(worksheets.items.map((sheet) => [sheet.id, sheet.name]));

    const sheetName = async (id: string): Promise<string> => {
      const known = names.get(id);
      if (known) return known;
      // A sheet added (or renamed) since we subscribed.
      const name = await Excel.run(async (lookup) => {
        const sheet = lookup.workbook.worksheets.getItem(id).load('name');
        await lookup.sync();
        return sheet.name;
      });
      names.set(id, name);
      return name;
    };

    const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (args.triggerSource === 'ThisLocalAddin') return;
      const sheet = await sheetName(args.worksheetId);
      if (!capabilities.triggerSource && ownWrites.claim(sheet, args.address)) return;
      callback(sheet);
    };

    const registrations = capabilities.workbookChangeEvents
      ? [worksheets.onChanged.add(handler)]
      : worksheets.items.map((sheet) => sheet.onChanged.add(handler));
    await context.sync();

    return async () => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    };
  });
}
