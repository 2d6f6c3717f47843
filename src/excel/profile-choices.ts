// The pane's per-table template profile choices in workbook.settings (see ../host/profile-choices.ts). One sync each.
import type { TableProfileChoice } from '../engine/recognize/profile-choice';
import { PROFILE_CHOICES_SETTING, parseProfileChoices } from '../host/profile-choices';

export async function loadProfileChoices(): Promise<TableProfileChoice[]> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(PROFILE_CHOICES_SETTING).load('value');
    await context.sync();
    return setting.isNullObject ? [] : parseProfileChoices(setting.value);
  });
}

export async function saveProfileChoices(choices: readonly TableProfileChoice[]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(PROFILE_CHOICES_SETTING, JSON.stringify(choices));
    await context.sync();
  });
}
