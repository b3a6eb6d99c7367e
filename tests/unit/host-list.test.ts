import { describe, expect, it } from 'vitest';
import { canonicalEntry, HostMatcher, parseHostEntry, type HostEntry } from '../../utils/host-list';

function compile(lines: string[]): HostMatcher {
  return new HostMatcher(lines.map(parseHostEntry).filter((entry): entry is HostEntry => !('error' in entry)));
}

describe('parseHostEntry', () => {
  it.each([
    ['Botnet.Example.COM', { kind: 'domain', value: 'botnet.example.com' }],
    ['203.0.113.7', { kind: 'ip', value: '203.0.113.7' }],
    ['2001:DB8::1', { kind: 'ip', value: '2001:db8::1' }],
    ['[2001:db8::2]', { kind: 'ip', value: '2001:db8::2' }],
    ['::ffff:198.51.100.1', { kind: 'ip', value: '198.51.100.1' }],
    ['198.51.100.0/24', { kind: 'cidr', value: '198.51.100.0/24' }],
    ['198.51.100.77/24', { kind: 'cidr', value: '198.51.100.0/24' }],
    ['2001:db8:abcd::/48', { kind: 'cidr', value: '2001:db8:abcd::/48' }],
  ])('%s', (input, expected) => {
    expect(parseHostEntry(input)).toEqual(expected);
  });

  it.each([
    ['10.0.0.0/33', 'badCidr'],
    ['10.0.0/8', 'badCidr'],
    ['2001:db8::/129', 'badCidr'],
    ['evil.com/24', 'badCidr'],
    ['999.1.1.1', 'badHost'],
    ['0x7f.1', 'badHost'],
    ['bad host', 'badHost'],
  ])('rejects %s (%s)', (input, error) => {
    expect(parseHostEntry(input)).toEqual({ error });
  });
});

describe('HostMatcher', () => {
  const matcher = compile(['botnet.example.com', '203.0.113.7', '198.51.100.0/24', '10.0.0.0/8', '2001:db8::/32', 'x.top']);

  it('matches exact hosts, subdomains, IPs and ranges', () => {
    expect(matcher.match('botnet.example.com')).toBe('botnet.example.com');
    expect(matcher.match('c2.botnet.example.com')).toBe('botnet.example.com');
    expect(matcher.match('203.0.113.7')).toBe('203.0.113.7');
    expect(matcher.match('198.51.100.200')).toBe('198.51.100.0/24');
    expect(matcher.match('10.255.1.2')).toBe('10.0.0.0/8');
    expect(matcher.match('[2001:db8:1::5]')).toBe('2001:db8::/32');
    expect(matcher.match('::ffff:10.1.1.1')).toBe('10.0.0.0/8');
  });

  it('does not match neighbours', () => {
    expect(matcher.match('example.com')).toBeUndefined();
    expect(matcher.match('notbotnet.example.com')).toBeUndefined();
    expect(matcher.match('203.0.113.8')).toBeUndefined();
    expect(matcher.match('198.51.101.1')).toBeUndefined();
    expect(matcher.match('11.0.0.1')).toBeUndefined();
    expect(matcher.match('2001:db9::1')).toBeUndefined();
  });

  it('counts distinct entries', () => {
    expect(compile(['a.com', 'A.com', '10.0.0.1/8', '10.0.0.0/8']).size).toBe(2);
  });
});

describe('canonicalEntry', () => {
  it('gives back what parseHostEntry made, from its text alone', () => {
    for (const text of ['Evil.Example.', '203.0.113.9', '2001:DB8::1', '198.51.100.7/24', '2001:db8::/32', 'xn--bcher-kva.example', 'bücher.example']) {
      const parsed = parseHostEntry(text) as HostEntry;
      expect(canonicalEntry(parsed.value)).toEqual(parsed);
    }
  });
});
