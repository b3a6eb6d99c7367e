import { describe, expect, it } from 'vitest';
import { findMatchingDomain, hostMatchesDomain, hostOf, normalizeDomain } from '../../utils/domains';

describe('normalizeDomain', () => {
  it.each([
    ['QuangNgai.Gov.VN', 'quangngai.gov.vn'],
    ['  quangngai.edu.vn  ', 'quangngai.edu.vn'],
    ['https://www.facebook.com/groups/x', 'www.facebook.com'],
    ['*.zalo.me', 'zalo.me'],
    ['.voz.vn', 'voz.vn'],
    ['example.com.', 'example.com'],
    ['example.com:8443', 'example.com'],
    ['quảngngãi.vn', 'xn--qungngi-2wa3569d.vn'],
    ['mailto:quangngai.gov.vn', 'quangngai.gov.vn'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each(['', 'localhost', 'vn', 'not a domain', 'a..b', '-bad.com', 'bad-.com', 'x@y.com', '1.2.3.4', 'a,b.com', '*'])(
    'rejects %j',
    (input) => {
      expect(normalizeDomain(input)).toBeNull();
    },
  );
});

describe('hostMatchesDomain', () => {
  it('matches the domain and its subdomains only', () => {
    expect(hostMatchesDomain('quangngai.gov.vn', 'quangngai.gov.vn')).toBe(true);
    expect(hostMatchesDomain('mail.quangngai.gov.vn', 'quangngai.gov.vn')).toBe(true);
    expect(hostMatchesDomain('evilquangngai.gov.vn', 'quangngai.gov.vn')).toBe(false);
    expect(hostMatchesDomain('quangngai.gov.vn.evil.com', 'quangngai.gov.vn')).toBe(false);
    expect(findMatchingDomain('sub.mail.gov.vn', ['x.com', 'gov.vn'])).toBe('gov.vn');
  });
});

describe('hostOf', () => {
  it('gives canonical hosts', () => {
    expect(hostOf('https://WWW.Example.COM:8443/a')).toBe('www.example.com');
    expect(hostOf('http://[2001:DB8::1]/')).toBe('2001:db8::1');
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});
