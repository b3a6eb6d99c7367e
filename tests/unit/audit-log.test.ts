import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendToLog, auditLogItem, recordEvents, redactUrl } from '../../utils/audit-log';

describe('audit log', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps only scheme, host and path of URLs', () => {
    expect(redactUrl('https://bit.ly/abc?token=secret#x')).toBe('https://bit.ly/abc');
    expect(redactUrl('javascript:alert(1)')).toBe('javascript:…');
  });

  it('drops events older than the retention', () => {
    const day = 86_400_000;
    const old = { id: 'a', time: 0, type: 'linkWarning' as const };
    const recent = { id: 'b', time: 10 * day, type: 'linkWarning' as const };
    expect(appendToLog([old], [recent], 5, 11 * day)).toEqual([recent]);
  });

  it('loses nothing when many events are recorded at once', async () => {
    await Promise.all(Array.from({ length: 200 }, (_, i) => recordEvents([{ type: 'linkWarning', host: `h${i}.example` }], 180)));
    const log = await auditLogItem.getValue();
    expect(log).toHaveLength(200);
    expect(new Set(log.map((event) => event.id)).size).toBe(200);
  });
});
