import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOfficialAddress, maskAddress } from '../../utils/detectors/official-email';
import { looksLikeSignUp, type SignUpSignals } from '../../utils/detectors/signup-page';
import { classifySite } from '../../utils/detectors/site-kind';
import { decideEmail } from '../../utils/email-rule';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const DOMAINS = DEFAULT_SETTINGS.officialEmailDomains;
const find = (text: string) => findOfficialAddress(text, DOMAINS)?.address;

describe('findOfficialAddress', () => {
  it.each([
    ['nguyenvana@quangngai.gov.vn', 'nguyenvana@quangngai.gov.vn'],
    ['NAME@QuangNgai.Gov.Vn', 'name@quangngai.gov.vn'],
    ['  x@sub.quangngai.gov.vn  ', 'x@sub.quangngai.gov.vn'],
    ['mailto:gv.an@quangngai.edu.vn', 'gv.an@quangngai.edu.vn'],
    ['nguyenvana＠quangngai．gov．vn', 'nguyenvana@quangngai.gov.vn'], // fullwidth
    ['email=nguyenvana%40quangngai.gov.vn&name=An', 'nguyenvana@quangngai.gov.vn'], // URL-encoded body
    ['{"email":"an\\u0040quangngai.gov.vn"}', 'an@quangngai.gov.vn'], // JSON escape
    ['Liên hệ: thpt.tranquoctuan@quangngai.edu.vn.', 'thpt.tranquoctuan@quangngai.edu.vn'],
  ])('finds %j', (input, expected) => {
    expect(find(input)).toBe(expected);
  });

  it.each([
    'x@quangngai.gov.vn.evil.com',
    'x@evilquangngai.gov.vn',
    'x@quangngai-gov.vn',
    'x@gmail.com',
    'quangngai.gov.vn',
    '@quangngai.gov.vn',
    '',
  ])('ignores %j', (input) => {
    expect(find(input)).toBeUndefined();
  });

  it('matches an official IDN domain written in Unicode', () => {
    expect(findOfficialAddress('cb@sở.quảngngãi.vn', ['xn--qungngi-2wa3569d.vn'])?.domain).toBe('xn--s-lym.xn--qungngi-2wa3569d.vn');
  });

  it('masks addresses for logs', () => {
    expect(maskAddress('nguyenvana@quangngai.gov.vn')).toBe('n***@quangngai.gov.vn');
    expect(findOfficialAddress('An@quangngai.gov.vn', DOMAINS)?.masked).toBe('a***@quangngai.gov.vn');
  });

  it('finds any official address embedded in arbitrary text, and never one on another domain', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), local, fc.constantFrom(...DOMAINS), fc.string({ maxLength: 30 }), (before, name, domain, after) => {
        const text = `${before} ${name}@${domain} ${after}`;
        expect(find(text)).toBeDefined();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const found = find(text);
        if (found) expect(DOMAINS.some((d) => found.endsWith(`@${d}`) || found.endsWith(`.${d}`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const base: SignUpSignals = { passwordFields: 0, newPasswordField: false, formText: '', buttonText: '', pageText: '', linkText: '', path: '/' };

describe('looksLikeSignUp', () => {
  it('recognises sign-up forms by their signals', () => {
    expect(looksLikeSignUp({ ...base, passwordFields: 2, newPasswordField: true, buttonText: 'Đăng ký' }).signUp).toBe(true);
    expect(looksLikeSignUp({ ...base, buttonText: 'Tạo tài khoản' }).signUp).toBe(true);
    expect(looksLikeSignUp({ ...base, pageText: 'Create your account', passwordFields: 1, newPasswordField: true }).signUp).toBe(true);
    expect(looksLikeSignUp({ ...base, passwordFields: 1, linkText: 'Đã có tài khoản? Đăng nhập', formText: 'email', buttonText: 'Tiếp tục' }).signUp).toBe(true);
    expect(looksLikeSignUp({ ...base, path: '/register', linkText: 'Điều khoản sử dụng' }).signUp).toBe(true);
  });

  it('does not take a sign-in or contact form for a sign-up', () => {
    expect(looksLikeSignUp({ ...base, passwordFields: 1, buttonText: 'Đăng nhập', pageText: 'Thư công vụ' }).signUp).toBe(false);
    expect(looksLikeSignUp({ ...base, formText: 'Email của bạn Nội dung', buttonText: 'Gửi', pageText: 'Liên hệ tòa soạn' }).signUp).toBe(false);
    expect(looksLikeSignUp({ ...base, buttonText: 'Sign in', passwordFields: 1, linkText: 'Privacy policy' }).signUp).toBe(false);
  });
});

describe('classifySite and the rule', () => {
  it('classifies official, restricted and other sites', () => {
    expect(classifySite('mail.quangngai.gov.vn', DEFAULT_SETTINGS)).toBe('official');
    expect(classifySite('dichvucong.gov.vn', DEFAULT_SETTINGS)).toBe('official');
    expect(classifySite('www.facebook.com', DEFAULT_SETTINGS)).toBe('restricted');
    expect(classifySite('voz.vn', DEFAULT_SETTINGS)).toBe('restricted');
    expect(classifySite('facebook.com.evil.example', DEFAULT_SETTINGS)).toBe('other');
    expect(classifySite('news.example.com', DEFAULT_SETTINGS)).toBe('other');
  });

  it('blocks on restricted and sign-up pages, warns elsewhere, allows on official sites', () => {
    expect(decideEmail('block', 'restricted', false)).toBe('block');
    expect(decideEmail('block', 'other', true)).toBe('block');
    expect(decideEmail('block', 'other', false)).toBe('warn');
    expect(decideEmail('warn', 'restricted', true)).toBe('warn');
    expect(decideEmail('block', 'official', true)).toBe('allow');
    expect(decideEmail('off', 'restricted', true)).toBe('allow');
  });
});
