import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { translator } from '../../utils/i18n';
import { SETTING_KEYS } from '../../utils/settings';

describe('translations', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('names every setting in both languages', () => {
    for (const key of SETTING_KEYS) expect(Object.keys(vi)).toContain(`setting_${key}`);
  });

  it('translates with substitutions and speaks Vietnamese by default', () => {
    expect(translator('vi')('status_blocked', { count: 3 })).toBe('Địa chỉ bị chặn: 3');
    expect(translator('en')('status_blocked', { count: 3 })).toBe('Blocked addresses: 3');
  });

  it('uses no "$" (it has a meaning in browser.i18n messages)', () => {
    for (const catalogue of [vi, en]) for (const { message } of Object.values(catalogue)) expect(message).not.toContain('$');
  });
});
