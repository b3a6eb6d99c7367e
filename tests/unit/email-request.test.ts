import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialEmailInRequest, requestBodyText } from '../../utils/email-request';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const settings = { ...DEFAULT_SETTINGS, officialEmailDomains: ['quangngai.gov.vn'] };
const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('officialEmailInRequest', () => {
  it('finds the address in the body or the address of a request to or from a restricted site', () => {
    expect(officialEmailInRequest({ url: 'https://www.facebook.com/ajax/register', body: '{"email":"nguyenvana@quangngai.gov.vn"}' }, settings)?.masked).toBe('n***@quangngai.gov.vn');
    expect(officialEmailInRequest({ url: 'https://analytics.example.net/collect?u=a%40quangngai.gov.vn', initiator: 'https://voz.vn' }, settings)?.masked).toBe('a***@quangngai.gov.vn');
  });

  it('lets it pass where the address belongs, on other sites, and when the rule is not "block"', () => {
    const body = 'email=nguyenvana@quangngai.gov.vn';
    expect(officialEmailInRequest({ url: 'https://mail.quangngai.gov.vn/login', initiator: 'https://mail.quangngai.gov.vn', body }, settings)).toBeUndefined();
    expect(officialEmailInRequest({ url: 'https://news.example.com/lien-he', initiator: 'https://news.example.com', body }, settings)).toBeUndefined();
    expect(officialEmailInRequest({ url: 'https://www.facebook.com/x', body }, { ...settings, emailProtection: 'warn' })).toBeUndefined();
    expect(officialEmailInRequest({ url: 'https://www.facebook.com/x', body: 'email=nguyenvana.gv@gmail.com' }, settings)).toBeUndefined();
  });

  it('never throws, whatever the request', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), (url, initiator, body) => {
      officialEmailInRequest({ url, initiator: initiator ?? undefined, body: body ?? undefined }, settings);
    }));
  });
});

describe('requestBodyText', () => {
  it('reads form fields and raw bytes', () => {
    expect(requestBodyText({ formData: { email: ['a@quangngai.gov.vn'], name: ['An', 'B'] } })).toBe('email=a@quangngai.gov.vn&name=An,B');
    expect(requestBodyText({ raw: [{ bytes: encode('{"e":"a@') }, {}, { bytes: encode('quangngai.gov.vn"}') }] })).toBe('{"e":"a@quangngai.gov.vn"}');
    expect(requestBodyText(undefined)).toBe('');
  });
});
