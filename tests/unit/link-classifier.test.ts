import { describe, expect, it } from 'vitest';
import { classifyLink, compileLinkContext, decideLink, type ReasonCode } from '../../utils/link-classifier';
import { DEFAULT_SETTINGS, resolveSettings } from '../../utils/settings';
import { WELL_KNOWN_SITES } from '../../utils/well-known-sites';

const settings = resolveSettings({ blockedHosts: ['botnet-c2.example.net', '203.0.113.66', '198.51.100.0/24', '2001:db8:bad::/48'] }, undefined).settings;
const context = compileLinkContext(settings);
const codes = (url: string, text = '') => classifyLink(url, context, text).reasons.map((r) => r.code);
const level = (url: string, text = '') => classifyLink(url, context, text).level;

describe('classifyLink: each reason', () => {
  it.each<[string, ReasonCode]>([
    ['http://185.234.72.19/invoice.exe', 'rawIp'],
    ['https://[2001:db8::7]/login', 'rawIp'],
    ['https://xn--fcebook-8va.com/', 'idn'],
    ['https://xn--80ak6aa92e.com/', 'lookalike'], // Cyrillic "аррӏе" folds onto apple
    ['https://xn--pypal-4ve.com/', 'mixedScript'], // "pаypal" with one Cyrillic letter
    ['https://quangngai-gov.vn/thong-bao', 'lookalike'],
    ['https://quangngal.com.vn/', 'lookalike'],
    ['https://quangngai.com.vn/', 'lookalike'],
    ['https://quangngaigov.vn/', 'lookalike'],
    ['https://faceb00k.com/login', 'lookalike'],
    ['https://facebook-security-check.com/', 'lookalike'],
    ['https://vietcombamk.com.vn/', 'lookalike'],
    ['https://quangngai.gov.vn.secure-login.top/', 'embeddedDomain'],
    ['https://quangngai-gov-vn.account-verify.com/', 'embeddedDomain'],
    ['https://bit.ly/3xYz', 'shortener'],
    ['https://vnshort.com/abc', 'shortener'],
    ['https://tinyurl.com/yc7x', 'shortener'],
    ['https://qua-tang-tri-an.xyz/nhan-qua', 'abusedTld'],
    ['https://nhanqua.top/', 'abusedTld'],
    ['https://free-gift.click/', 'abusedTld'],
    ['https://facebook.com@evil-site.net/', 'credentialsInUrl'],
    ['https://user:pass@example.org/', 'credentialsInUrl'],
    ['javascript:alert(document.cookie)', 'unsafeScheme'],
    ['data:text/html,<script>alert(1)</script>', 'unsafeScheme'],
    ['file:///C:/Windows/System32/cmd.exe', 'unsafeScheme'],
    ['http://example-shop.net/dang-nhap?next=/', 'insecureLogin'],
    ['http://intranet-portal.net/login.php', 'insecureLogin'],
  ])('%s -> %s', (url, reason) => {
    expect(codes(url)).toContain(reason);
    expect(level(url)).toBe('suspicious');
  });

  it('sees link text that shows another address', () => {
    expect(codes('https://evil-example.net/x', 'https://vietcombank.com.vn/dang-nhap')).toContain('textMismatch');
    expect(codes('https://evil-example.net/x', 'www.quangngai.gov.vn')).toContain('textMismatch');
    expect(codes('http://evil-example.net/x', 'Đăng nhập')).toContain('insecureLogin');
    // the same site, a file name, or an e-mail address in the text are not a mismatch
    expect(codes('https://www.example.org/report', 'example.org/report')).toEqual([]);
    expect(codes('https://drive.example.org/f/1', 'baocao.zip')).toEqual([]);
    expect(codes('https://example.org/contact', 'Viết cho abc@gmail.com')).toEqual([]);
  });

  it('blocks listed hosts: exact, subdomain, IP and CIDR', () => {
    for (const url of [
      'https://botnet-c2.example.net/',
      'http://update.botnet-c2.example.net/payload',
      'http://203.0.113.66:8080/',
      'http://198.51.100.42/x',
      'http://[2001:db8:bad:1::2]/',
    ]) {
      expect(level(url), url).toBe('blocked');
    }
    expect(level('http://198.51.101.42/x')).toBe('suspicious'); // raw IP outside the range: suspicious, not blocked
  });

  it('trusts official sites, well-known sites and admin additions', () => {
    expect(level('https://mail.quangngai.gov.vn/owa')).toBe('trusted');
    expect(level('https://dichvucong.gov.vn/p/home')).toBe('trusted');
    expect(level('https://thpt-tranquoctuan.quangngai.edu.vn/')).toBe('trusted');
    expect(level('https://www.facebook.com/groups/123')).toBe('trusted');
    expect(level('https://chat.zalo.me/')).toBe('trusted');
    expect(level('https://www.google.com.vn/search?q=x')).toBe('trusted');
    const withExtra = compileLinkContext({ ...DEFAULT_SETTINGS, trustedLinkDomains: ['school-lms.online'] });
    expect(classifyLink('https://lms.school-lms.online/course', withExtra).level).toBe('trusted');
  });

  it('leaves ordinary unknown links unknown', () => {
    expect(level('https://www.example.org/article/123')).toBe('unknown');
    expect(level('https://blog.some-teacher.net/bai-viet')).toBe('unknown');
    expect(level('https://medium.com/@author/post')).toBe('unknown');
  });

  it('raises no false alarm on the default trusted list', () => {
    for (const site of [...WELL_KNOWN_SITES, ...DEFAULT_SETTINGS.restrictedSites.filter((s) => WELL_KNOWN_SITES.includes(s))]) {
      for (const url of [`https://${site}/`, `https://www.${site}/path?q=1`]) {
        expect(classifyLink(url, context).level, url).toBe('trusted');
      }
    }
  });

  it('does not flag well-known brands under their other endings or words that only resemble them', () => {
    expect(level('https://google.com.vn/')).toBe('trusted');
    expect(level('https://www.goodbook.com/')).toBe('unknown');
    expect(level('https://facebooklive-tips.org/')).toBe('unknown');
  });
});

describe('decideLink', () => {
  const decide = (url: string, page: string, overrides: Partial<typeof settings> = {}, text = '') =>
    decideLink(classifyLink(url, context, text), page, { ...settings, ...overrides });

  it('warns on suspicious links from any page, with Continue only in warn mode', () => {
    expect(decide('https://bit.ly/x', 'https://news.example.org/')).toMatchObject({ action: 'warn', canContinue: true });
    expect(decide('https://bit.ly/x', 'https://news.example.org/', { linkWarnings: 'block' })).toMatchObject({ action: 'warn', canContinue: false });
    expect(decide('https://bit.ly/x', 'https://news.example.org/', { linkWarnings: 'off' }).action).toBe('allow');
  });

  it('always blocks listed hosts, even with warnings off', () => {
    expect(decide('https://botnet-c2.example.net/', 'https://x.org/', { linkWarnings: 'off' })).toMatchObject({ action: 'block', canContinue: false });
  });

  it('checks unknown external links only on webmail and chat pages', () => {
    expect(decide('https://www.example.org/a', 'https://news.example.com/').action).toBe('allow');
    expect(decide('https://www.example.org/a', 'https://chat.zalo.me/').action).toBe('warn');
    expect(decide('https://www.example.org/a', 'https://mail.quangngai.gov.vn/owa/').action).toBe('warn');
    expect(decide('https://www.facebook.com/x', 'https://chat.zalo.me/').action).toBe('allow');
  });

  it('lets same-site links pass', () => {
    expect(decide('https://nhanqua.top/page2', 'https://www.nhanqua.top/').action).toBe('allow');
    expect(decide('https://a.example.org/', 'https://b.example.org/').action).toBe('allow');
  });
});
