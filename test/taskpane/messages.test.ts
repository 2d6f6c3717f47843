import { pickLang } from '../../src/app/preferences';
import { MESSAGES, t } from '../../src/taskpane/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same keys in zh and en', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
  });

  it('uses the same placeholders in both languages and leaves no string empty', () => {
    for (const key of Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[]) {
      expect({ key, en: placeholders(MESSAGES.en[key]) }).toEqual({
        key,
        en: placeholders(MESSAGES.zh[key]),
      });
      expect(MESSAGES.zh[key].trim()).not.toBe('');
      expect(MESSAGES.en[key].trim()).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(t('zh', 'summaryErrors', { n: 3 })).toBe('错误：3');
    expect(t('en', 'fixAllLine', { sheet: '自评表', cell: 'H6', from: '9.20', to: '9.01' })).toBe(
      '自评表!H6: 9.20 → 9.01',
    );
  });
});

describe('pickLang', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['fr-FR', 'zh'],
    [undefined, 'zh'],
    ['', 'zh'],
  ])('Office in %s → %s', (display, lang) => {
    expect(pickLang(display)).toBe(lang);
  });
});
