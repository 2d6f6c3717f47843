// Finding keys the clerk chose to ignore, kept in the workbook so they travel with the file.
import { IGNORED_SETTING, parseIgnoredKeys } from '../host/ignored';
import type { ReadMemory } from './read';

export { IGNORED_SETTING };

export async function loadIgnoredKeys(memory: ReadMemory): Promise<string[]> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(IGNORED_SETTING).load('value');
    // The pane loads this at start-up: learning the sheet names in the same round trip makes the first
    // whole-workbook read a single sync.
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    memory.sheetNames = worksheets.items.map((sheet) => sheet.name);
    return setting.isNullObject ? [] : parseIgnoredKeys(setting.value);
  });
}

export async function saveIgnoredKeys(keys: readonly string[]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(IGNORED_SETTING, JSON.stringify([...new Set(keys)]));
    await context.sync();
  });
}
