// The per-table profile choices live in workbook.settings: they survive save and reopen, and a damaged setting
// reads as no choice (every table matched) rather than failing the validation.
import { createExcelPort } from '../../src/excel';
import { PROFILE_CHOICES_SETTING } from '../../src/host/profile-choices';
import { installSimHost, type SimHostHandle } from '../../src/simhost';
import { overallSheet, workbookOf } from '../simhost/fixtures';

let host: SimHostHandle;
beforeEach(() => {
  host = installSimHost(workbookOf([overallSheet()]));
});
afterEach(() => host.uninstall());

describe('profile choices in the workbook', () => {
  it('are saved and read back after reopening, in one sync each', async () => {
    const choices = [{ sheet: '自评表', row: 0, profile: 'hunan' }];
    await expect(host.countSyncs(() => createExcelPort().saveProfileChoices(choices))).resolves.toBe(1);
    host.reopen();
    const port = createExcelPort();
    let loaded: unknown;
    await expect(host.countSyncs(async () => (loaded = await port.loadProfileChoices()))).resolves.toBe(1);
    expect(loaded).toEqual(choices);
  });

  it('read as none when absent or damaged', async () => {
    await expect(createExcelPort().loadProfileChoices()).resolves.toEqual([]);
    host.state.settings[PROFILE_CHOICES_SETTING] = '{not json';
    await expect(createExcelPort().loadProfileChoices()).resolves.toEqual([]);
    host.state.settings[PROFILE_CHOICES_SETTING] = JSON.stringify([{ sheet: 'S', row: 'x', profile: 1 }]);
    await expect(createExcelPort().loadProfileChoices()).resolves.toEqual([]);
  });
});
