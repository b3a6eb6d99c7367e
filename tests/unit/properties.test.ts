// Property-based tests (fast-check): whatever a page, a link or an administrator hands the extension, the pure
// parts give a definite answer, never throw, and agree with a plain reference implementation.
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { HostMatcher, parseHostEntry, type HostEntry } from '../../utils/host-list';
import { classifyLink, compileLinkContext, decideLink } from '../../utils/link-classifier';
import { DEFAULT_SETTINGS, resolveSettings, SETTING_KEYS } from '../../utils/settings';

const blocked = ['botnet-c2.example.net', '203.0.113.66', '198.51.100.0/24', '2001:db8:bad::/48'];
const settings = resolveSettings({ blockedHosts: blocked }, undefined).settings;
const context = compileLinkContext(settings);
const LEVELS = ['trusted', 'unknown', 'suspicious', 'blocked'];

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const hostName = fc.array(label, { minLength: 1, maxLength: 4 }).chain((labels) =>
  fc.constantFrom('com', 'vn', 'com.vn', 'gov.vn', 'xyz', 'top', 'net').map((tld) => `${labels.join('.')}.${tld}`));
const anyHost = fc.oneof(hostName, fc.ipV4(), fc.ipV6().map((ip) => `[${ip}]`));
const url = fc.record({
  scheme: fc.constantFrom('http', 'https', 'HTTPS', 'ftp', 'javascript', 'data'),
  user: fc.option(fc.constantFrom('admin', 'quangngai.gov.vn', 'a:b'), { nil: undefined }),
  host: anyHost,
  port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  path: fc.webPath(),
  query: fc.option(fc.webQueryParameters(), { nil: undefined }),
}).map(({ scheme, user, host, port, path, query }) =>
  `${scheme}://${user ? `${user}@` : ''}${host}${port ? `:${port}` : ''}${path}${query ? `?${query}` : ''}`);

describe('link classifier', () => {
  it('gives one of its levels for any string, never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), url), fc.string({ maxLength: 50 }), (input, text) => {
      const verdict = classifyLink(input, context, text);
      expect(LEVELS).toContain(verdict.level);
      expect(['allow', 'warn', 'block']).toContain(decideLink(verdict, undefined, settings).action);
    }), { numRuns: 3000 });
  });

  it('does not care about the case of the host or a trailing dot', () => {
    fc.assert(fc.property(hostName, fc.webPath(), (host, path) => {
      const plain = classifyLink(`https://${host}${path}`, context);
      const shouted = classifyLink(`https://${host.toUpperCase()}.${path}`, context);
      expect(shouted.level).toBe(plain.level);
      expect(shouted.reasons.map((reason) => reason.code).sort()).toEqual(plain.reasons.map((reason) => reason.code).sort());
    }), { numRuns: 1000 });
  });

  it('blocks every subdomain of a listed host and every address of a listed range, however written', () => {
    fc.assert(fc.property(fc.array(label, { maxLength: 3 }), fc.integer({ min: 0, max: 255 }), fc.webPath(), (sub, octet, path) => {
      const host = [...sub, 'botnet-c2.example.net'].join('.');
      expect(classifyLink(`http://${host.toUpperCase()}${path}`, context).level).toBe('blocked');
      expect(classifyLink(`https://198.51.100.${octet}:8443${path}`, context).level).toBe('blocked');
      // the same address in hexadecimal and as one decimal number, as URL parsers accept
      expect(classifyLink(`http://0xc6.0x33.0x64.${octet}/`, context).level).toBe('blocked');
      expect(classifyLink(`http://${(198 * 2 ** 24 + 51 * 2 ** 16 + 100 * 2 ** 8 + octet)}/`, context).level).toBe('blocked');
    }), { numRuns: 500 });
  });
});

describe('host matcher with duplicate and overlapping ranges', () => {
  const v4Range = fc.tuple(fc.ipV4(), fc.integer({ min: 8, max: 32 })).map(([ip, bits]) => `${ip}/${bits}`);
  it('matches an address exactly when some listed range holds it (checked against ipaddr.js)', () => {
    fc.assert(fc.property(fc.array(v4Range, { minLength: 1, maxLength: 30 }), fc.ipV4(), (ranges, probe) => {
      // duplicates and ranges inside other ranges on purpose
      const listed = [...ranges, ...ranges.slice(0, 3), ...ranges.map((range) => `${range.split('/')[0]}/${Math.min(32, Number(range.split('/')[1]) + 4)}`)];
      const entries = listed.map((text) => parseHostEntry(text)).filter((entry): entry is HostEntry => !('error' in entry));
      const expected = listed.some((range) => ipaddr.parse(probe).match(ipaddr.parseCIDR(range)));
      expect(new HostMatcher(entries).match(probe) !== undefined).toBe(expected);
      expect(new HostMatcher(entries).match(ranges[0].split('/')[0])).toBeDefined();
    }), { numRuns: 1000 });
  });

  it('writes an IPv4 range as its network, as ipaddr.js does', () => {
    fc.assert(fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (ip, bits) => {
      const [network] = ipaddr.parseCIDR(`${ip}/${bits}`);
      const masked = ipaddr.IPv4.networkAddressFromCIDR(`${ip}/${bits}`).toString();
      expect(parseHostEntry(`${ip}/${bits}`)).toEqual({ kind: 'cidr', value: `${masked}/${bits}` });
      expect(network.kind()).toBe('ipv4');
    }), { numRuns: 2000 });
    expect(parseHostEntry('010.1.1.0/24')).toEqual({ error: 'badCidr' });
    expect(parseHostEntry('10.1.1.0/33')).toEqual({ error: 'badCidr' });
    expect(parseHostEntry('256.1.1.0/24')).toEqual({ error: 'badCidr' });
  });

  it('counts each distinct entry once, whatever the case, dots or duplicates', () => {
    fc.assert(fc.property(fc.array(hostName, { minLength: 1, maxLength: 40 }), (hosts) => {
      const written = hosts.flatMap((host) => [host, host.toUpperCase(), `${host}.`]);
      const entries = written.map((text) => parseHostEntry(text)).filter((entry): entry is HostEntry => !('error' in entry));
      expect(new HostMatcher(entries).size).toBe(new Set(hosts).size);
    }));
  });
});

describe('settings from an administrator who makes typos', () => {
  const junk = fc.oneof(fc.anything(), fc.string(), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.uint8Array().map((bytes) => String.fromCharCode(...bytes)));
  it('end in valid settings, with every refused value listed, whatever the policy holds', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...SETTING_KEYS, 'unknownKey', '__proto__'), junk), (policy) => {
      const state = resolveSettings(policy, undefined);
      for (const key of SETTING_KEYS) {
        expect(typeof state.settings[key]).toBe(typeof DEFAULT_SETTINGS[key]);
        if (state.sources[key] !== 'policy') expect(state.settings[key]).toEqual(DEFAULT_SETTINGS[key]);
      }
      // a value that was not taken at all is reported (lists may keep their good entries)
      for (const key of Object.keys(policy)) {
        if (!(SETTING_KEYS as readonly string[]).includes(key)) continue;
        if (state.sources[key as (typeof SETTING_KEYS)[number]] !== 'policy') {
          expect(state.rejected.some((rejection) => rejection.key.split('.')[0] === key), key).toBe(true);
        }
      }
      // and resolving the result again changes nothing
      expect(resolveSettings(state.settings, undefined).settings).toEqual(state.settings);
    }), { numRuns: 2000 });
  });
});
