import { describe, expect, it } from 'vitest';
import { checkPasswordRule } from '../../utils/detectors/password-rule';
import { fingerprintPassword, matchesFingerprint } from '../../utils/password-hash';
import { passwordFieldRole } from '../../utils/password-fields';
import { estimateStrength, organisationWords } from '../../utils/password-strength';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const rule = DEFAULT_SETTINGS.passwordRule;
const failed = (password: string) => checkPasswordRule(password, rule).parts.filter((p) => !p.ok).map((p) => p.part);

describe('checkPasswordRule', () => {
  it('accepts exactly 8 characters with every class, and not 7', () => {
    expect(failed('Ab1!efgh')).toEqual([]);
    expect(failed('Ab1!efg')).toEqual(['minLength']);
  });

  it('names each missing part', () => {
    expect(failed('abcdefgh')).toEqual(['requireUpper', 'requireDigit', 'requireSymbol']);
    expect(failed('ABCDEFG1!')).toEqual(['requireLower']);
    expect(failed('')).toEqual(['minLength', 'requireUpper', 'requireLower', 'requireDigit', 'requireSymbol']);
  });

  it('understands Vietnamese letters, emoji, spaces and very long input', () => {
    expect(failed('Đường1!ăâ')).toEqual([]); // Đ is upper case, ư/ă/â lower case
    expect(checkPasswordRule('Ab1🙂🙂🙂🙂', rule).length).toBe(7); // an emoji is one character
    expect(failed('Ab1🙂🙂🙂🙂x')).toEqual([]); // the emoji is a special character
    expect(failed('Abc def 12')).toEqual(['requireSymbol']); // a space is not a special character
    expect(failed(`Aa1!${'x'.repeat(10_000)}`)).toEqual([]);
    // decomposed Vietnamese (NFD) counts the same as composed
    expect(checkPasswordRule('Tiếng1!a'.normalize('NFD'), rule).length).toBe(8);
  });

  it('follows the administrator rule', () => {
    expect(checkPasswordRule('abcdefghijkl', { ...rule, minLength: 12, requireUpper: false, requireDigit: false, requireSymbol: false }).passes).toBe(true);
  });
});

describe('estimateStrength', () => {
  const words = organisationWords(['quangngai.gov.vn', 'quangngai.edu.vn']);

  it('finds Vietnamese and organisation words that the 8-character rule lets through', () => {
    for (const password of ['Matkhau@123', 'Quangngai@2025', 'Anhyeuem@1']) {
      expect(checkPasswordRule(password, rule).passes, password).toBe(true);
      const estimate = estimateStrength(password, 'vi', words);
      expect(estimate.score, password).toBeLessThan(3);
      expect(estimate.guessableWords.length, password).toBeGreaterThan(0);
      expect(estimate.advice[0]).toMatch(/^Có từ dễ đoán/);
    }
  });

  it('points out a full name even when zxcvbn still rates it acceptable', () => {
    expect(estimateStrength('Nguyenvanan@1990', 'vi', words).guessableWords).toContain('nguyenvan');
  });

  it('rates long unpredictable passwords strong and speaks English when asked', () => {
    expect(estimateStrength('Tra-Khuc-chieu-mua-ngang-Thien-An-42!', 'vi', words).score).toBeGreaterThanOrEqual(3);
    expect(estimateStrength('password', 'en').advice.join(' ')).toContain('common password');
    expect(estimateStrength('password', 'vi').advice.join(' ')).toContain('phổ biến');
  });

  it('stays fast on very long input', () => {
    expect(estimateStrength('a'.repeat(5000), 'vi').score).toBeGreaterThanOrEqual(0);
  });
});

describe('password fingerprints', () => {
  it('match the same password only, and keep no trace of it', async () => {
    const fingerprint = await fingerprintPassword('Bien-Sa-Huynh-7!', 1000);
    expect(await matchesFingerprint('Bien-Sa-Huynh-7!', fingerprint)).toBe(true);
    expect(await matchesFingerprint('Bien-Sa-Huynh-7', fingerprint)).toBe(false);
    expect(JSON.stringify(fingerprint)).not.toContain('Bien');
    const again = await fingerprintPassword('Bien-Sa-Huynh-7!', 1000);
    expect(again.hash).not.toBe(fingerprint.hash); // a new salt each time
  });
});

describe('passwordFieldRole', () => {
  it('tells new, confirmation and current password fields apart', () => {
    document.body.innerHTML = `<form>
      <label>Mật khẩu hiện tại <input type="password" id="old"></label>
      <label>Mật khẩu mới <input type="password" id="new"></label>
      <label>Nhập lại mật khẩu mới <input type="password" id="again"></label></form>`;
    const form = document.querySelector('form')!;
    const role = (id: string) => passwordFieldRole(document.getElementById(id) as HTMLInputElement, form);
    expect([role('old'), role('new'), role('again')]).toEqual(['current', 'new', 'confirm']);
  });

  it('takes a lone login password for a current one, and autocomplete=new-password for a new one', () => {
    document.body.innerHTML = `<form><input type="password" id="p"></form><form id="f2"><input type="password" id="n" autocomplete="new-password"></form>`;
    expect(passwordFieldRole(document.getElementById('p') as HTMLInputElement, document.forms[0])).toBe('current');
    expect(passwordFieldRole(document.getElementById('n') as HTMLInputElement, document.forms[1])).toBe('new');
  });
});
