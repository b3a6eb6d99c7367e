import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostMatcher, parseHostEntry, type HostEntry } from '../../utils/host-list';
import { buildBlockRules, buildEmailRules, buildWarnRules, continueRule, ipv4CidrPattern, MAX_RANGE_GROUPS, PRIORITY } from '../../utils/network-rules';

const entry = (text: string) => parseHostEntry(text) as HostEntry;

describe('ipv4CidrPattern', () => {
  it('matches exactly the addresses of the range (checked against the matcher on random ranges)', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.ipV4(), (network, bits, probe) => {
        const range = entry(`${network}/${bits}`);
        const regex = new RegExp(`^${ipv4CidrPattern(range.value)}$`);
        const inRange = new HostMatcher([range]).match(probe) !== undefined;
        expect(regex.test(probe)).toBe(inRange);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildBlockRules', () => {
  it('redirects top-level pages to blocked.html and cancels every other request', () => {
    const { rules, notCovered } = buildBlockRules(['evil.example', '203.0.113.9', '198.51.100.0/24', '2001:db8::1', '2001:db8::/32'].map(entry), 1000);
    const names = rules.filter((rule) => rule.condition.requestDomains);
    expect(names).toEqual([
      expect.objectContaining({ id: 1000, priority: PRIORITY.block, action: { type: 'redirect', redirect: { extensionPath: '/blocked.html' } }, condition: { requestDomains: ['evil.example', '203.0.113.9'], resourceTypes: ['main_frame'] } }),
      expect.objectContaining({ id: 1001, action: { type: 'block' }, condition: { requestDomains: ['evil.example', '203.0.113.9'], excludedResourceTypes: ['main_frame'] } }),
    ]);
    const regexes = rules.filter((rule) => rule.condition.regexFilter).map((rule) => new RegExp(rule.condition.regexFilter!));
    expect(regexes).toHaveLength(2); // the range and the IPv6 address share one pattern, for two resource groups
    expect(regexes[0].test('http://198.51.100.7:8080/panel')).toBe(true);
    expect(regexes[0].test('http://198.51.101.7/')).toBe(false);
    expect(regexes[0].test('http://user@198.51.100.250/')).toBe(true);
    expect(regexes[0].test('https://[2001:db8::1]/x')).toBe(true);
    expect(regexes[0].test('https://[2001:db8::2]/x')).toBe(false);
    expect(notCovered).toEqual(['2001:db8::/32']);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('stays within the browser limits for 100,000 entries', () => {
    const entries: HostEntry[] = [];
    for (let i = 0; i < 100_000; i++) entries.push({ kind: 'domain', value: `bot${i}.example.net` });
    for (let i = 0; i < 10_000; i++) entries.push({ kind: 'cidr', value: `10.${i % 256}.${Math.floor(i / 256)}.0/24` });
    const { rules, notCovered } = buildBlockRules(entries, 1000);
    const regexRules = rules.filter((rule) => rule.condition.regexFilter);
    expect(regexRules.length).toBeLessThanOrEqual(MAX_RANGE_GROUPS * 2);
    expect(regexRules.every((rule) => rule.condition.regexFilter!.length < 700)).toBe(true);
    expect(notCovered.length).toBeLessThan(10_000);
    expect(rules.length).toBeLessThan(5000);
  });
});

describe('buildWarnRules', () => {
  const rules = buildWarnRules({ extensionOrigin: 'chrome-extension://abc', shorteners: ['bit.ly'], abusedTlds: ['xyz'], trusted: ['gov.vn'] }, 1);
  const matching = (url: string) => rules.filter((rule) => {
    const { regexFilter, requestDomains } = rule.condition;
    const host = new URL(url).hostname;
    const domainOk = !requestDomains || requestDomains.some((d) => host === d || host.endsWith(`.${d}`));
    return domainOk && (!regexFilter || new RegExp(regexFilter).test(url));
  });
  const outcome = (url: string) => matching(url).sort((a, b) => b.priority - a.priority)[0]?.action.type ?? 'none';

  it('sends raw IPs, punycode, shorteners and abused TLDs to the warning page with the address', () => {
    for (const url of ['http://185.234.72.19/x.exe', 'https://[2001:db8::7]/', 'https://xn--pypal-4ve.com/login', 'https://bit.ly/abc', 'https://win.xyz/?q=1']) {
      expect(outcome(url), url).toBe('redirect');
    }
    expect(rules.find((rule) => rule.action.type === 'redirect')!.action.redirect!.regexSubstitution).toBe('chrome-extension://abc/warning.html?source=network&url=\\0');
  });

  it('lets trusted sites, private addresses and ordinary sites through', () => {
    expect(outcome('https://dichvucong.gov.vn/')).toBe('allow');
    expect(outcome('http://192.168.1.1/')).toBe('allow');
    expect(outcome('http://10.0.0.5:8080/')).toBe('allow');
    expect(outcome('https://www.example.org/')).toBe('none');
  });

  it('gives "Continue" a session rule above the warnings and below the blocks', () => {
    const rule = continueRule('bit.ly', 7);
    expect(rule.priority).toBeGreaterThan(PRIORITY.warn);
    expect(rule.priority).toBeLessThan(PRIORITY.block);
  });
});

describe('buildEmailRules', () => {
  const rules = buildEmailRules({ officialEmailDomains: ['quangngai.gov.vn', 'quangngai.edu.vn'], restrictedSites: ['facebook.com', 'voz.vn'] }, 500);
  const regex = new RegExp(rules[0].condition.regexFilter!, 'i'); // declarativeNetRequest matches case-insensitively

  it('stops requests made by, and sent to, restricted sites; top-level pages go to blocked.html', () => {
    expect(rules.map((rule) => [rule.id, rule.priority, rule.action.type, Object.keys(rule.condition).sort().join(' ')])).toEqual([
      [500, PRIORITY.officialEmail, 'redirect', 'initiatorDomains regexFilter resourceTypes'],
      [501, PRIORITY.officialEmail, 'block', 'excludedResourceTypes initiatorDomains regexFilter'],
      [502, PRIORITY.officialEmail, 'redirect', 'regexFilter requestDomains resourceTypes'],
      [503, PRIORITY.officialEmail, 'block', 'excludedResourceTypes regexFilter requestDomains'],
    ]);
    expect(rules[0].action.redirect).toEqual({ extensionPath: '/blocked.html?reason=officialEmail' });
    // above every allow rule (trusted sites, "Continue"), so no exception lets the address out
    expect(PRIORITY.officialEmail).toBeGreaterThan(Math.max(PRIORITY.continueAllow, PRIORITY.trustedAllow, PRIORITY.block));
  });

  it.each([
    ['https://facebook.com/r.php?email=nguyenvana%40quangngai.gov.vn', true],
    ['https://voz.vn/register?e=nguyenvana%2540quangngai.edu.vn&x=1', true],
    ['https://facebook.com/x?e=A@SGD.QuangNgai.Gov.Vn', true],
    ['https://facebook.com/pixel?e=nguyenvana@quangngai.gov.vn', true],
    ['https://facebook.com/x?e=nguyenvana@quangngai.gov.vn.evil.com', false],
    ['https://facebook.com/x?e=nguyenvana@notquangngai.gov.vn', false],
    ['https://facebook.com/x?e=nguyenvana@gmail.com', false],
    ['https://facebook.com/quangngai.gov.vn', false],
  ])('%s carries an official address: %s', (url, expected) => {
    expect(regex.test(url)).toBe(expected);
  });

  it('makes no rules without official domains or restricted sites, and keeps each pattern small', () => {
    expect(buildEmailRules({ officialEmailDomains: [], restrictedSites: ['facebook.com'] }, 1)).toEqual([]);
    expect(buildEmailRules({ officialEmailDomains: ['quangngai.gov.vn'], restrictedSites: [] }, 1)).toEqual([]);
    const many = buildEmailRules({ officialEmailDomains: Array.from({ length: 60 }, (_, i) => `tinh${i}.gov.vn`), restrictedSites: ['facebook.com'] }, 1);
    expect(Math.max(...many.map((rule) => rule.condition.regexFilter!.length))).toBeLessThan(200);
    expect(new Set(many.map((rule) => rule.id)).size).toBe(many.length);
  });
});
