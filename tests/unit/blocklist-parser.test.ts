import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeBlocklist, parseBlocklist } from '../../utils/blocklist-parser';

describe('parseBlocklist', () => {
  it('reads entries, comments, hosts-file lines and reports bad lines', () => {
    const parsed = parseBlocklist([
      '# Danh sách botnet, cập nhật 2026-11-20',
      'Botnet-C2.Example.NET',
      '203.0.113.7   # C2 server',
      '198.51.100.0/24',
      '0.0.0.0 malware.example.org',
      '// another comment style',
      '',
      '10.0.0.0/33',
      '2001:db8::/32',
      'botnet-c2.example.net',
    ].join('\r\n'));
    expect(parsed.entries).toEqual(['botnet-c2.example.net', '203.0.113.7', '198.51.100.0/24', 'malware.example.org', '2001:db8::/32']);
    expect(parsed.errors).toEqual([{ line: 8, text: '10.0.0.0/33' }]);
    expect(looksLikeBlocklist(parsed)).toBe(true);
  });

  it('refuses an HTML error page or junk as a blocklist', () => {
    expect(looksLikeBlocklist(parseBlocklist('<html><body><h1>502 Bad Gateway</h1></body></html>'))).toBe(false);
    expect(looksLikeBlocklist(parseBlocklist(''))).toBe(false);
  });

  it('never throws and only returns canonical entries, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const parsed = parseBlocklist(text);
        for (const entry of parsed.entries) expect(entry).toBe(entry.trim().toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});
